// `npm run bench` (issue 13): each case of the adversarial corpus through the built CLI, as a child process,
// with its wall time, peak memory (the child's VmHWM, polled from /proc, and its own maxRSS at exit) and how it
// ended. Target: every case under 5 s and 512 MiB, ending with a result or one error line per bad input.
// `tsx scripts/bench-hostile.ts [--only NAME] [--kill-after SECONDS]` (default 60: a case still running is killed).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { HOSTILE_CASES } from '../tests/support/adversarial';

const CLI = 'dist/cli/flagpost.mjs';
const TARGET_SECONDS = 5;
const TARGET_MIB = 512;

const { values } = parseArgs({ options: { only: { type: 'string' }, 'kill-after': { type: 'string', default: '60' } } });
const killAfterMs = Number(values['kill-after']) * 1000;

/** VmHWM (peak resident set) of a live process in KiB, or 0 once it is gone. */
function peakKib(pid: number): number {
  try {
    return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

interface Run {
  seconds: number;
  peakMib: number;
  code: number | null;
  killed: boolean;
  errorLines: string[];
  outLines: number;
}

/** The probe the child loads first: it writes the process's own maxRSS (KiB) when it exits. */
function probeFile(dir: string): string {
  const probe = join(dir, 'rss-probe.mjs');
  writeFileSync(
    probe,
    "import { writeFileSync } from 'node:fs';\nprocess.on('exit', () => { try { writeFileSync(process.env.FLAGPOST_RSS_FILE, String(process.resourceUsage().maxRSS)); } catch {} });\n",
  );
  return probe;
}

function runCli(args: string[], probe: string, rssFile: string, closeStdoutEarly = false): Promise<Run> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, ['--import', probe, CLI, 'analyze', ...args], {
      env: { ...process.env, FLAGPOST_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let peak = 0;
    let outLines = 0;
    let stderr = '';
    let killed = false;
    const poll = setInterval(() => (peak = Math.max(peak, peakKib(child.pid ?? 0))), 20);
    const killer = setTimeout(() => {
      killed = true;
      child.kill('SIGKILL');
    }, killAfterMs);
    child.stdout.on('data', (chunk: Buffer) => {
      // `| head -1`: the reader goes away after the first line.
      if (closeStdoutEarly) child.stdout.destroy();
      outLines += chunk.toString().split('\n').length - 1;
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-20_000)));
    child.on('close', (code) => {
      clearInterval(poll);
      clearTimeout(killer);
      const seconds = (performance.now() - t0) / 1000;
      let atExit = 0;
      try {
        atExit = Number(readFileSync(rssFile, 'utf8'));
      } catch {
        // killed or crashed before its exit handler ran: the polled figure stands
      }
      const errorLines = stderr.split('\n').filter((line) => line.trim() !== '' && !/pages analysed|findings by id|^\s+\S+: \d+$/.test(line));
      resolve({ seconds, peakMib: Math.max(peak, atExit) / 1024, code, killed, errorLines, outLines });
    });
  });
}

if (!existsSync(CLI)) {
  console.log('hostile inputs: CLI not built (npm run build), skipped');
} else {
  const root = mkdtempSync(join(tmpdir(), 'flagpost-hostile-'));
  const probe = probeFile(root);
  const cases = HOSTILE_CASES.filter((c) => !values.only || c.name === values.only);
  console.log(`hostile inputs through the CLI (target: < ${TARGET_SECONDS} s, < ${TARGET_MIB} MiB, a result or one error line each):`);
  console.log('| case | input | time | peak memory | exit | outcome |');
  console.log('|---|---|---|---|---|---|');
  const row = (name: string, what: string, run: Run) => {
    const within = !run.killed && run.seconds < TARGET_SECONDS && run.peakMib < TARGET_MIB;
    const outcome = run.killed
      ? `killed after ${killAfterMs / 1000} s`
      : run.code !== null && run.code > 1
        ? `crashed: ${run.errorLines.find((l) => /Error|error/.test(l)) ?? run.errorLines[0] ?? '?'}`
        : `${run.outLines} result lines, ${run.errorLines.length} error lines${run.errorLines[0] ? `: ${run.errorLines[0].slice(0, 110)}` : ''}`;
    console.log(`| ${name} | ${what} | ${run.seconds.toFixed(2)} s | ${run.peakMib.toFixed(0)} MiB | ${run.code ?? 'signal'} | ${within ? '' : 'OVER TARGET: '}${outcome} |`);
  };
  for (const hostile of cases) {
    const dir = join(root, hostile.name);
    const { mkdirSync } = await import('node:fs');
    mkdirSync(dir);
    const args = hostile.make(dir);
    row(hostile.name, hostile.what, await runCli(args, probe, join(dir, 'rss')));
    rmSync(dir, { recursive: true, force: true });
  }
  if (!values.only || values.only === 'epipe') {
    // Piping into `head`: the reader closes after the first line; the CLI must end quietly.
    const dir = join(root, 'epipe');
    const { cpSync } = await import('node:fs');
    cpSync('tests/fixtures/pages', dir, { recursive: true });
    row('epipe', 'output piped into a reader that closes after one line', await runCli([dir, '--format', 'jsonl'], probe, join(root, 'epipe.rss'), true));
  }
  rmSync(root, { recursive: true, force: true });
}
