// `npm run bench`: how fast Flagpost's analysis is, over every fixture page.
// Targets (issue 3): < 10 ms median per product page, ≥ 200 pages/s per core in the CLI.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../src/core/analyze';
import { listFixtures, readFixtureHtml } from '../tests/support/fixtures';

const RUNS_PER_PAGE = 20;
const CLI_COPIES = 10;

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
  // Every fixture page ten times over, so start-up and JIT warm-up do not dominate the figure.
  const corpus = mkdtempSync(join(tmpdir(), 'flagpost-bench-'));
  for (let copy = 0; copy < CLI_COPIES; copy++) cpSync('tests/fixtures/pages', join(corpus, String(copy)), { recursive: true });
  const t0 = performance.now();
  const cli = spawnSync('node', ['dist/cli/flagpost.mjs', 'analyze', corpus, '--format', 'jsonl'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wall = (performance.now() - t0) / 1000;
  rmSync(corpus, { recursive: true, force: true });
  const summary = cli.stderr.split('\n').find((line) => line.includes('pages analysed')) ?? cli.stderr.trim();
  console.log(`CLI over the fixtures x${CLI_COPIES}: ${summary.replace(/^flagpost: /, '')} (wall ${wall.toFixed(2)} s with start-up)`);
} else {
  console.log('CLI: not built (npm run build), skipped');
}

// ---------------------------------------------------------------------------------------------
// Capture (issue 5): evidence snapshot of a typical demo listing — serialize + redact the DOM,
// hash the parts, write the WACZ. Resources are the demo's placeholder image (no network);
// the screenshot is excluded (browser-only). Target: < 1 s.
{
  const { readFileSync } = await import('node:fs');
  const { serializePage } = await import('../src/capture/serialize');
  const { assembleSnapshot, snapshotSize } = await import('../src/capture/assemble');
  const { sha256Hex } = await import('../src/capture/hash');
  const { buildWacz } = await import('../src/capture/wacz/wacz');
  const fixture = fixtures.find((f) => f.name === 'amazon/de-complete') ?? fixtures[0];
  if (fixture) {
    const image = new Uint8Array(readFileSync(new URL('../icons/icon-128.png', import.meta.url)));
    const html = readFixtureHtml(fixture);
    const times: number[] = [];
    let snapshotBytes = 0;
    let waczBytes = 0;
    for (let run = 0; run < 11; run++) {
      const doc = parseHTML(html).document as unknown as Document;
      const analysis = analyzeDocument(doc, fixture.url); // done before capture in the extension
      const t0 = performance.now();
      const page = serializePage(doc, fixture.url, { width: 1280, height: 800, devicePixelRatio: 1 });
      const parts = await Promise.all(page.resources.map(async (url, i) => ({ name: `resources/${i}`, mime: 'image/png', url, bytes: image, sha256: await sha256Hex(image) })));
      const snapshot = await assembleSnapshot({
        page,
        analysis,
        resources: { parts, failed: [] },
        screenshot: { error: 'not taken in the benchmark' },
        capturedAt: new Date(),
        browser: { name: 'bench', version: '0' },
        extension: { name: 'Flagpost', version: 'bench' },
      });
      const wacz = await buildWacz([snapshot], 'Flagpost bench');
      const t1 = performance.now();
      if (run > 0) times.push(t1 - t0);
      snapshotBytes = snapshotSize(snapshot);
      waczBytes = wacz.byteLength;
    }
    times.sort((a, b) => a - b);
    console.log(
      `capture of ${fixture.name} (serialize + redact + hash + WACZ, no screenshot): median ${percentile(times, 0.5).toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms; ` +
        `snapshot ${(snapshotBytes / 1024).toFixed(1)} KiB, WACZ ${(waczBytes / 1024).toFixed(1)} KiB (target < 1000 ms)`,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Safety Gate (issue 8): parse a report of 20,000 fictitious alerts, build the index once, then match
// every fixture listing against it. Target: lookup well under 1 ms per listing.
{
  const { fictitiousAlerts, reportXml } = await import('../tests/fixtures/safety-gate/generate');
  const { buildSafetyGateIndex, parseSafetyGateReport } = await import('../src/core/safety-gate/index');
  const { extractPage } = await import('../src/core/extract');
  const xml = reportXml('13/11/2026', 'Report-bench', fictitiousAlerts(20_000, 42));
  const p0 = performance.now();
  const { alerts } = parseSafetyGateReport(xml);
  const p1 = performance.now();
  const index = buildSafetyGateIndex(alerts);
  const p2 = performance.now();
  const listings = fixtures.map((f) => extractPage(parseHTML(readFixtureHtml(f)).document as unknown as Document, f.url).safety.identifiers);
  // Listings that hit: each alert's own GTIN and brand + model, so the figure covers the found case too.
  const hits = alerts.slice(0, 200).map((a) => ({ brand: a.brand, model: a.model, gtin: a.barcode ? [a.barcode] : [] }));
  const queries = [...listings, ...hits];
  const times: number[] = [];
  let matched = 0;
  for (let round = 0; round < 50; round++) {
    for (const query of queries) {
      const t0 = performance.now();
      const found = index.match(query);
      if (round > 0) times.push(performance.now() - t0); // round 0 warms the JIT
      if (round === 0 && found.length > 0) matched++;
    }
  }
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;
  console.log(
    `Safety Gate: report of ${alerts.length} alerts (${(xml.length / 1048576).toFixed(1)} MiB) parsed in ${(p1 - p0).toFixed(0)} ms, index built in ${(p2 - p1).toFixed(0)} ms; ` +
      `lookup per listing over ${queries.length} listings x49: mean ${(mean * 1000).toFixed(1)} µs, p99 ${(percentile(times, 0.99) * 1000).toFixed(1)} µs, max ${((times.at(-1) ?? 0) * 1000).toFixed(1)} µs ` +
      `(${matched} matched; target well under 1 ms)`,
  );
}

// Image codes (issue 8): zxing-wasm decode time per listing image, over the generated test images
// (QR codes plain, rotated, small, noisy, on busy backgrounds; EAN-13; images without codes).
{
  const { readdirSync } = await import('node:fs');
  const { prepareDecoderForNode, fixtureImage } = await import('../tests/unit/image-codes/zxing-node');
  const { decodeImage } = await import('../src/background/image-codes/decode');
  await prepareDecoderForNode();
  const files = readdirSync(new URL('../tests/fixtures/images/', import.meta.url)).filter((f) => /\.(png|jpe?g)$/.test(f)).sort();
  const times: number[] = [];
  const perFile: string[] = [];
  for (const file of files) {
    const bytes = fixtureImage(file);
    await decodeImage(bytes); // warm-up
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const t0 = performance.now();
      await decodeImage(bytes);
      runs.push(performance.now() - t0);
    }
    runs.sort((a, b) => a - b);
    times.push(...runs);
    perFile.push(`${file} ${percentile(runs, 0.5).toFixed(0)} ms`);
  }
  times.sort((a, b) => a - b);
  console.log(
    `image decode (zxing-wasm, Node) over ${files.length} test images x5: median ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms, max ${times.at(-1)?.toFixed(1)} ms per image`,
  );
  console.log(`  ${perFile.join('; ')}`);
}
