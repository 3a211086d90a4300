// `npm test`: typecheck, build, web-ext lint, unit tests, and the end-to-end suites in real
// Chromium and Firefox. Every step runs even when an earlier one failed (unless it needs the
// build), and the run ends with one line that says how it went.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  seconds: number;
  skipped?: boolean;
}

const REPORTS = '.cache/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

/** A step that is one check (typecheck, build, lint). */
function check(name: string, command: string, args: string[]): StepResult {
  console.log(`\n▶ ${name}`);
  const start = performance.now();
  const ok = run(command, args);
  return { name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, seconds: (performance.now() - start) / 1000 };
}

/** A vitest suite, counted test by test from its JSON report. */
function suite(name: string, config: string): StepResult {
  console.log(`\n▶ ${name}`);
  const report = `${REPORTS}/${name}.json`;
  const start = performance.now();
  const ok = run('npx', ['vitest', 'run', '-c', config, '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  const seconds = (performance.now() - start) / 1000;
  try {
    const json = JSON.parse(readFileSync(report, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    // A suite that crashed before its tests ran still counts as a failure.
    return { name, passed: json.numPassedTests, failed: json.numFailedTests + (ok || json.numFailedTests > 0 ? 0 : 1), seconds };
  } catch {
    return { name, passed: 0, failed: 1, seconds };
  }
}

const skip = (name: string): StepResult => ({ name, passed: 0, failed: 1, seconds: 0, skipped: true });

const results: StepResult[] = [];
results.push(check('typecheck', 'npx', ['tsc', '-p', '.']));
const build = check('build', 'npm', ['run', '--silent', 'build']);
results.push(build);
results.push(suite('unit', 'vitest.config.ts'));
if (build.failed === 0) {
  results.push(check('lint', 'npx', ['web-ext', 'lint', '--source-dir', 'dist/firefox', '--warnings-as-errors']));
  results.push(suite('e2e', 'vitest.e2e.config.ts'));
} else {
  results.push(skip('lint'), skip('e2e'));
}

console.log('\nstep        passed  failed  seconds');
for (const r of results) {
  const note = r.skipped ? '  (skipped: the build failed)' : '';
  console.log(`${r.name.padEnd(10)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${r.seconds.toFixed(1).padStart(7)}${note}`);
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(failed === 0 ? '\nAll checks passed.' : '\nSome checks FAILED.');
console.log(`flagpost: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
