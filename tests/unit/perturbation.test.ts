import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { documentFrom } from '../support/dom';
import { listPerturbPages, OPERATORS, readPageHtml, runMutant, violationKey } from '../support/perturb';

/**
 * The analysis generalises: markup changes that keep what a person sees (tests/support/perturb.ts)
 * leave every fact the same or make it unreadable, and raise no new accusing finding. One test per page
 * runs every operator that has something to change on it, over the fixture pages and the blind pages.
 *
 * tests/unit/perturbation-known.json lists the violations still open (`page|operator|kind|field`): a
 * violation not on it fails, and so does an entry that no longer happens, so the list only shrinks.
 * Regenerate it with `npx tsx scripts/perturb-report.ts --known tests/unit/perturbation-known.json`;
 * replay one with `--page NAME --only OPERATOR`.
 */
const KNOWN: ReadonlySet<string> = new Set(
  JSON.parse(readFileSync(new URL('./perturbation-known.json', import.meta.url), 'utf8')) as string[],
);

const seen = new Set<string>();

describe.each(listPerturbPages().map((p) => [p.name, p] as const))('%s perturbed', (name, page) => {
  it('keeps every fact or makes it unreadable, and raises no new accusation', () => {
    const html = readPageHtml(page);
    const original = analyzeDocument(documentFrom(html), page.url);
    const unexpected: string[] = [];
    for (const operator of OPERATORS) {
      const result = runMutant(page, html, original, operator);
      if (result.status === 'not applicable') continue;
      for (const violation of result.comparison.violations) {
        const key = violationKey(name, operator.name, violation);
        seen.add(key);
        if (!KNOWN.has(key)) unexpected.push(`${key}: ${JSON.stringify(violation.original)} → ${JSON.stringify(violation.mutant)}`);
      }
    }
    expect(unexpected).toEqual([]);
  });
});

describe('the list of open violations', () => {
  it('holds only violations that still happen', () => {
    expect([...KNOWN].filter((key) => !seen.has(key))).toEqual([]);
  });
});
