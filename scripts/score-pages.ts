// Prints how much of what a person reads the analysis reads on pages the project did not write: the blind
// fixtures and the real saved pages in ../shared/real-pages. `--detail` lists every fact that was not
// read right; `--json FILE` writes the per-page scores.
import { writeFileSync } from 'node:fs';
import { analyzeDocument } from '../src/core/analyze';
import { documentFrom } from '../tests/support/dom';
import { formatTotals, scorePage, totals, type PageScore } from '../tests/support/score';
import { blindPages, readPageHtml, realPages, realPagesPresent, type UnseenPage } from '../tests/support/unseen-pages';

const args = process.argv.slice(2);
const detail = args.includes('--detail');
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;

function score(page: UnseenPage): PageScore {
  const analysis = analyzeDocument(documentFrom(readPageHtml(page)), page.url, { onError: () => {} });
  return scorePage(page.name, analysis, page);
}

function platformOf(name: string): string {
  const [, rest = ''] = name.split('/');
  return name.startsWith('blind/') ? rest : rest.split('-')[0] ?? rest;
}

function report(label: string, pages: UnseenPage[]): PageScore[] {
  const scores = pages.map(score);
  console.log(formatTotals(label, totals(scores)));
  for (const platform of [...new Set(scores.map((s) => platformOf(s.name)))].sort()) {
    console.log(formatTotals(`  ${platform}`, totals(scores.filter((s) => platformOf(s.name) === platform))));
  }
  if (detail) {
    for (const s of scores) {
      const off = s.fields.filter((f) => f.outcome !== 'match');
      const links = s.links.filter((l) => l.actual !== l.kind);
      const { falsePositive, falseNegative } = s.findings;
      if (off.length + links.length + falsePositive.length + falseNegative.length === 0) continue;
      console.log(`\n${s.name}`);
      for (const f of off) console.log(`  ${f.outcome.padEnd(10)} ${f.path}: expected ${JSON.stringify(f.expected)}, got ${JSON.stringify(f.actual)}`);
      for (const l of links) console.log(`  link       ${l.href.slice(0, 90)}: expected ${l.kind}, got ${l.actual}`);
      if (falsePositive.length) console.log(`  extra      ${falsePositive.join(', ')}`);
      if (falseNegative.length) console.log(`  not found  ${falseNegative.join(', ')}`);
    }
    console.log('');
  }
  return scores;
}

const all = [...report('blind', blindPages())];
if (realPagesPresent) all.push(...report('real', realPages()));
else console.log('real pages: ../shared/real-pages is not beside this checkout; skipped');
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(all, null, 1));
