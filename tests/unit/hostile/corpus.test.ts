import { execFile, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../../support/adversarial';
import { PAGES_DIR } from '../../support/fixtures';

// Each case of the adversarial corpus through the CLI as it runs for real (built, as a child process, inputs
// in worker threads within their budget). The limits asserted are counts (lines, pages, exit codes); the time
// budget is set high so a busy machine cannot fail a case: the bench (scripts/bench-hostile.ts) measures time.
let cliFile = '';

function cli(argv: string[]): Promise<{ code: number; out: string; errors: string[]; summary: RegExpExecArray | null }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [cliFile, ...argv], { maxBuffer: 256 << 20 }, (error, out, err) => {
      const errors = err.split('\n').filter((line) => line !== '' && !/pages analysed|^findings by id:|^ {2}\S+: \d+$/.test(line));
      const code = error ? Number(error.code ?? -1) : 0;
      resolve({ code, out, errors, summary: /(\d+) pages analysed, (\d+) errors/.exec(err) });
    });
  });
}

const SCALE = 0.05;
const NET = 120_000;

describe('the adversarial corpus through the CLI', () => {
  const root = mkdtempSync(join(tmpdir(), 'flagpost-corpus-'));
  // Built inside the repository, where its packages (node_modules) resolve.
  mkdirSync('.out', { recursive: true });
  const built = mkdtempSync(join('.out', 'corpus-cli-'));
  beforeAll(async () => {
    await build({ configFile: 'vite.cli.config.ts', logLevel: 'silent', build: { outDir: built } });
    cliFile = join(built, 'flagpost.mjs');
  }, NET);
  afterAll(() => {
    rmSync(root, { recursive: true, force: true });
    rmSync(built, { recursive: true, force: true });
  });

  for (const hostile of HOSTILE_CASES) {
    it(`${hostile.name}: ${hostile.what}`, { timeout: NET }, async () => {
      const dir = join(root, hostile.name);
      mkdirSync(dir);
      const args = hostile.make(dir, SCALE);
      const result = await cli(['analyze', ...args, '--page-timeout', '60']);
      expect([0, 1]).toContain(result.code);
      // Every message is one line naming its file; nothing else reaches stderr (no stack trace).
      for (const line of result.errors) expect(line).toMatch(/^flagpost: \S+: \S.*$/);
      const pages = Number(result.summary?.[1]);
      const errors = Number(result.summary?.[2]);
      if (hostile.expect === 'result') expect([pages, errors]).toEqual([1, 0]);
      if (hostile.expect === 'error') expect([pages, errors]).toEqual([0, 1]);
      // A bad file among good ones: the good one is still analysed.
      if (hostile.expect === 'either') {
        expect(pages).toBe(1);
        expect(errors).toBeGreaterThanOrEqual(1);
      }
    });
  }

  it('stops an input past its time budget with one line, and goes on with the next', { timeout: NET }, async () => {
    const dir = join(root, 'budget');
    mkdirSync(dir);
    const [slow] = HOSTILE_CASES.find((c) => c.name === 'links-1m')?.make(dir, 0.2) ?? [];
    const [fine] = HOSTILE_CASES.find((c) => c.name === 'gate-laughs')?.make(join(dir), 1) ?? [];
    const result = await cli(['analyze', slow as string, fine as string, '--page-timeout', '0.001']);
    expect(result.code).toBe(1);
    expect(result.errors).toHaveLength(2);
    expect(result.errors[0]).toMatch(/links\.html: stopped after 0\.001 s: analysing it takes longer than the time budget/);
  });

  it('ends quietly when the reader of its output goes away (piped into head)', { timeout: NET }, async () => {
    const result = await new Promise<{ code: number | null; err: string }>((resolve) => {
      const child = spawn(process.execPath, [cliFile, 'analyze', PAGES_DIR, '--format', 'jsonl'], { stdio: ['ignore', 'pipe', 'pipe'] });
      let err = '';
      child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
      child.stdout.once('data', () => child.stdout.destroy());
      child.on('close', (code) => resolve({ code, err }));
    });
    expect(result.code).toBe(0);
    expect(result.err).not.toMatch(/EPIPE|Error|at /);
  });

  it('stops an input past its memory budget with one line', { timeout: NET }, async () => {
    const dir = join(root, 'memory');
    mkdirSync(dir);
    const [big] = HOSTILE_CASES.find((c) => c.name === 'links-1m')?.make(dir, 0.2) ?? [];
    const result = await cli(['analyze', big as string, '--page-memory', '16', '--page-timeout', '60']);
    expect(result.code).toBe(1);
    expect(result.errors).toEqual([expect.stringMatching(/links\.html: stopped: analysing it needs more than 16 MiB of memory/)]);
  });
});
