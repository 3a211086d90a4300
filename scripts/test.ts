// `npm test`: typecheck, build, web-ext lint, unit tests, and the end-to-end suites in real
// Chromium and Firefox. Every step runs even when an earlier one failed (unless it needs the
// build), and the run ends with one line that counts every test:
//   flagpost: N passed, N failed, N skipped
// A step that is not a test runner (typecheck, build, lint) counts as one check; a vitest suite
// counts its tests one by one from its JSON report. Skipped tests and steps are named above it.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';

interface StepResult {
  name: string;
  passed: number;
  failed: number;
  skipped: number;
  seconds: number;
  /** What was skipped, one line each (a whole file, a describe block, or one test). */
  skippedNames: string[];
  /** Why the whole step did not run. */
  note?: string;
}

const REPORTS = '.cache/test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function done(result: StepResult): StepResult {
  const counts = `${result.passed} passed, ${result.failed} failed, ${result.skipped} skipped`;
  console.log(`◀ ${result.name}: ${counts} in ${result.seconds.toFixed(1)} s`);
  return result;
}

/** A step that is one check (typecheck, build, lint). */
function check(name: string, command: string, args: string[]): StepResult {
  console.log(`\n▶ ${name}`);
  const start = performance.now();
  const ok = run(command, args);
  const seconds = (performance.now() - start) / 1000;
  return done({ name, passed: ok ? 1 : 0, failed: ok ? 0 : 1, skipped: 0, seconds, skippedNames: [] });
}

/** The parts of vitest's JSON report (Jest's format) this reads. */
interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { ancestorTitles: string[]; title: string; fullName: string; status: string }[];
  }[];
}

const SKIPPED_STATUSES = new Set(['skipped', 'pending', 'todo', 'disabled']);

/**
 * The skipped tests of one report, named as briefly as is still exact: a file whose tests were all
 * skipped is one line, a describe block whose tests were all skipped is one line, otherwise each test.
 */
function skippedNames(report: VitestReport): string[] {
  const names: string[] = [];
  for (const file of report.testResults) {
    const path = relative(process.cwd(), file.name);
    const tests = file.assertionResults;
    const skipped = tests.filter((t) => SKIPPED_STATUSES.has(t.status));
    if (skipped.length === 0) continue;
    if (skipped.length === tests.length) {
      names.push(`${path} (all ${tests.length} tests)`);
      continue;
    }
    const blocks = new Map<string, { all: number; skipped: typeof skipped }>();
    for (const test of tests) {
      const key = test.ancestorTitles.join(' > ');
      const block = blocks.get(key) ?? { all: 0, skipped: [] };
      block.all += 1;
      if (SKIPPED_STATUSES.has(test.status)) block.skipped.push(test);
      blocks.set(key, block);
    }
    for (const [block, { all, skipped: inBlock }] of blocks) {
      if (inBlock.length === 0) continue;
      if (inBlock.length === all && block !== '') names.push(`${path} > ${block} (all ${all} tests)`);
      else for (const test of inBlock) names.push(`${path} > ${test.fullName}`);
    }
  }
  return names;
}

/** A vitest suite, counted test by test from its JSON report. */
function suite(name: string, config: string): StepResult {
  console.log(`\n▶ ${name}`);
  const report = `${REPORTS}/${name}.json`;
  const start = performance.now();
  const ok = run('npx', [
    'vitest',
    'run',
    '-c',
    config,
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ]);
  const seconds = (performance.now() - start) / 1000;
  let json: VitestReport;
  try {
    json = JSON.parse(readFileSync(report, 'utf8')) as VitestReport;
  } catch {
    return done({
      name,
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds,
      skippedNames: [],
      note: 'no report: vitest crashed',
    });
  }
  // A test file that failed before any of its tests ran (an import error, a failing beforeAll with
  // no tests reported) counts as one failure; so does a run that failed with no failure counted.
  const brokenFiles = json.testResults.filter(
    (f) => f.status === 'failed' && !f.assertionResults.some((t) => t.status === 'failed'),
  ).length;
  let failed = json.numFailedTests + brokenFiles;
  if (!ok && failed === 0) failed = 1;
  return done({
    name,
    passed: json.numPassedTests,
    failed,
    skipped: json.numPendingTests + json.numTodoTests,
    seconds,
    skippedNames: skippedNames(json),
  });
}

/** A step that could not run; it counts as one skipped check, and says why. */
const notRun = (name: string, why: string): StepResult => ({
  name,
  passed: 0,
  failed: 0,
  skipped: 1,
  seconds: 0,
  skippedNames: [`${name} (not run: ${why})`],
  note: `not run: ${why}`,
});

const results: StepResult[] = [];
results.push(check('typecheck', 'npx', ['tsc', '-p', '.']));
const build = check('build', 'npm', ['run', '--silent', 'build']);
results.push(build);
results.push(suite('unit', 'vitest.config.ts'));
if (build.failed === 0) {
  const firefoxBuild = `${process.env.FLAGPOST_OUT ?? 'dist'}/firefox`;
  results.push(check('web-ext', 'npx', ['web-ext', 'lint', '--source-dir', firefoxBuild, '--warnings-as-errors']));
  results.push(suite('e2e', 'vitest.e2e.config.ts'));
} else {
  results.push(notRun('web-ext', 'the build failed'), notRun('e2e', 'the build failed'));
}

console.log('\nstep        passed  failed  skipped  seconds');
for (const r of results) {
  const note = r.note ? `  (${r.note})` : '';
  console.log(
    `${r.name.padEnd(10)}  ${String(r.passed).padStart(6)}  ${String(r.failed).padStart(6)}  ${String(r.skipped).padStart(7)}  ${r.seconds.toFixed(1).padStart(7)}${note}`,
  );
}
const total = results.reduce((n, r) => n + r.seconds, 0);
console.log(
  `${'total'.padEnd(10)}  ${' '.repeat(6)}  ${' '.repeat(6)}  ${' '.repeat(7)}  ${total.toFixed(1).padStart(7)}`,
);

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
const named = results.flatMap((r) => r.skippedNames.map((s) => `  ${r.name}: ${s}`));
if (named.length > 0) console.log(`\nSkipped:\n${named.join('\n')}`);
console.log(failed === 0 ? '\nAll checks passed.' : '\nSome checks FAILED.');
console.log(`flagpost: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed === 0 ? 0 : 1);
