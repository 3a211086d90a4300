// `npm run bench`: how fast Flagpost's analysis is, over every fixture page.
// Targets (issue 3): < 10 ms median per product page, ≥ 200 pages/s per core in the CLI.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { listFixtures, readFixtureHtml } from '../tests/support/fixtures';

const RUNS_PER_PAGE = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? NaN;
}

const fixtures = listFixtures();
const analysisTimes: number[] = [];
const parseTimes: number[] = [];
for (const fixture of fixtures) {
  const html = readFixtureHtml(fixture);
  for (let run = 0; run < RUNS_PER_PAGE; run++) {
    const t0 = performance.now();
    const doc = parseHTML(html).document as unknown as Document;
    const t1 = performance.now();
    analyzeDocument(doc, fixture.url);
    const t2 = performance.now();
    if (run > 0) {
      // the first run of each page warms the JIT
      parseTimes.push(t1 - t0);
      analysisTimes.push(t2 - t1);
    }
  }
}
analysisTimes.sort((a, b) => a - b);
parseTimes.sort((a, b) => a - b);
const perPage = (analysisTimes.reduce((a, b) => a + b, 0) + parseTimes.reduce((a, b) => a + b, 0)) / analysisTimes.length;

console.log(`fixture pages: ${fixtures.length}, runs per page: ${RUNS_PER_PAGE - 1} (after one warm-up)`);
console.log(`analysis per page (core, DOM already parsed): median ${percentile(analysisTimes, 0.5).toFixed(2)} ms, p95 ${percentile(analysisTimes, 0.95).toFixed(2)} ms, max ${analysisTimes.at(-1)?.toFixed(2)} ms`);
console.log(`HTML parsing per page (linkedom):            median ${percentile(parseTimes, 0.5).toFixed(2)} ms, p95 ${percentile(parseTimes, 0.95).toFixed(2)} ms`);
console.log(`parse + analyse, in process, one core:       ${(1000 / perPage).toFixed(0)} pages/s`);

if (existsSync('dist/cli/flagpost.mjs')) {
  const t0 = performance.now();
  const cli = spawnSync('node', ['dist/cli/flagpost.mjs', 'analyze', 'tests/fixtures/pages', '--format', 'jsonl'], { encoding: 'utf8', maxBuffer: 1 << 28 });
  const wall = (performance.now() - t0) / 1000;
  const summary = cli.stderr.split('\n').find((line) => line.includes('pages analysed')) ?? cli.stderr.trim();
  console.log(`CLI over tests/fixtures/pages: ${summary.replace(/^flagpost: /, '')} (wall ${wall.toFixed(2)} s with start-up)`);
} else {
  console.log('CLI: not built (npm run build), skipped');
}
