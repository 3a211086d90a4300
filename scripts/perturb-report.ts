/**
 * The perturbation harness over every fixture page (and the blind pages when present), as figures:
 *
 *   npx tsx scripts/perturb-report.ts [--out /tmp/perturb-violations.json] [--seed SALT] [--only OPERATOR] [--page NAME]
 *
 * Prints the number of mutants, the share that keep every fact exactly, the share that keep each fact
 * or report it unreadable, and the violations by operator, by platform and by field; writes every
 * violation (page, operator, field, original and mutant value) to the --out file. The control
 * operator (a parse/serialise round trip) is reported on its own line and left out of the shares.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyzeDocument } from '../src/core/analyze';
import { documentFrom } from '../tests/support/dom';
import {
  listPerturbPages,
  mutantSeed,
  OPERATORS,
  readPageHtml,
  runMutant,
  violationKey,
  type Violation,
} from '../tests/support/perturb';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: '/tmp/perturb-violations.json' },
    seed: { type: 'string', default: '' },
    only: { type: 'string' },
    page: { type: 'string' },
    known: { type: 'string' },
  },
});
const CONTROL = 'control-roundtrip';

interface Row extends Violation {
  page: string;
  platform: string;
  operator: string;
  seed: string;
}

const operators = OPERATORS.filter((op) => !values.only || op.name === values.only || op.name === CONTROL);
const pages = listPerturbPages().filter((p) => !values.page || p.name.includes(values.page));
const rows: Row[] = [];
const tally = { mutants: 0, exact: 0, sameOrUnreadable: 0, violating: 0, notApplicable: 0 };
const control = { mutants: 0, violating: 0 };
const mutantsBy = { operator: new Map<string, number>(), platform: new Map<string, number>() };
const violatingBy = { operator: new Map<string, number>(), platform: new Map<string, number>() };
const bump = (map: Map<string, number>, key: string, by = 1) => map.set(key, (map.get(key) ?? 0) + by);

for (const page of pages) {
  const html = readPageHtml(page);
  const original = analyzeDocument(documentFrom(html), page.url);
  for (const operator of operators) {
    const result = runMutant(page, html, original, operator, values.seed);
    if (result.status === 'not applicable') {
      if (operator.name !== CONTROL) tally.notApplicable += 1;
      continue;
    }
    const { violations } = result.comparison;
    const seed = mutantSeed(page, operator, values.seed);
    rows.push(
      ...violations.map((v) => ({ page: page.name, platform: page.platform, operator: operator.name, seed, ...v })),
    );
    if (operator.name === CONTROL) {
      control.mutants += 1;
      if (violations.length > 0) control.violating += 1;
      continue;
    }
    tally.mutants += 1;
    bump(mutantsBy.operator, operator.name);
    bump(mutantsBy.platform, page.platform);
    if (violations.length > 0) {
      tally.violating += 1;
      bump(violatingBy.operator, operator.name);
      bump(violatingBy.platform, page.platform);
    } else if (result.exact) tally.exact += 1;
    else tally.sameOrUnreadable += 1;
  }
}

const share = (n: number) => `${((100 * n) / Math.max(1, tally.mutants)).toFixed(1)}%`;
const counted = (key: (r: Row) => string, list: readonly Row[] = rows.filter((r) => r.operator !== CONTROL)) => {
  const counts = new Map<string, number>();
  for (const row of list) bump(counts, key(row));
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
};
const table = (
  title: string,
  entries: Array<[string, number]>,
  mutants?: Map<string, number>,
  violating?: Map<string, number>,
) => {
  console.log(`\n${title}`);
  for (const [key, n] of entries) {
    const extra = mutants ? `  (${violating?.get(key) ?? 0}/${mutants.get(key) ?? 0} mutants)` : '';
    console.log(`  ${String(n).padStart(5)}  ${key}${extra}`);
  }
};

console.log(
  `Pages: ${pages.length} (${pages.filter((p) => p.name.startsWith('blind/')).length} blind); operators: ${operators.length - 1} + control`,
);
console.log(`Mutants: ${tally.mutants} (${tally.notApplicable} page × operator pairs not applicable)`);
console.log(`  keep every fact exactly:        ${tally.exact} (${share(tally.exact)})`);
console.log(`  same or unreadable (not exact): ${tally.sameOrUnreadable} (${share(tally.sameOrUnreadable)})`);
console.log(`  with violations:                ${tally.violating} (${share(tally.violating)})`);
console.log(`Control round trip: ${control.violating}/${control.mutants} pages differ after a plain reparse`);
const violations = rows.filter((r) => r.operator !== CONTROL);
console.log(`Violations: ${violations.length}`);
table(
  'By operator (violations, then violating/all mutants):',
  counted((r) => r.operator),
  mutantsBy.operator,
  violatingBy.operator,
);
table(
  'By platform:',
  counted((r) => r.platform),
  mutantsBy.platform,
  violatingBy.platform,
);
table(
  'By kind and field:',
  counted(
    (r) =>
      `${r.kind} · ${r.kind === 'new accusation' ? String(r.mutant) : r.field.replace(/^links\[.*\]$/, 'links[…]')}`,
  ),
);
writeFileSync(values.out, `${JSON.stringify(rows, null, 2)}\n`);
if (values.known) {
  const keys = [...new Set(violations.map((r) => violationKey(r.page, r.operator, r)))].sort();
  writeFileSync(values.known, `${JSON.stringify(keys, null, 1)}\n`);
  console.log(`Open violations list (${keys.length}): ${values.known}`);
}
console.log(`\nAll ${rows.length} violations: ${values.out}`);
