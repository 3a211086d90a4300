import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { documentFrom } from '../support/dom';
import { listPerturbPages, OPERATORS, readPageHtml, runMutant } from '../support/perturb';

/**
 * The analysis generalises: markup changes that keep what a person sees (tests/support/perturb.ts)
 * leave every fact the same or make it unreadable, and raise no new accusing finding. One test per
 * page × operator, over the fixture pages and the blind pages; a test is skipped when its operator
 * has nothing to change on the page. Replay one: `npx tsx scripts/perturb-report.ts --page NAME --only OPERATOR`.
 */
describe.each(listPerturbPages().map((p) => [p.name, p] as const))('%s perturbed', (_name, page) => {
  const html = readPageHtml(page);
  let original: Analysis | undefined;
  // Analysed once per page, lazily, so collecting the tests stays quick.
  const originalAnalysis = (): Analysis => (original ??= analyzeDocument(documentFrom(html), page.url));

  for (const operator of OPERATORS) {
    it(`${operator.name}: every fact the same or unreadable, no new accusation`, (ctx) => {
      const result = runMutant(page, html, originalAnalysis(), operator);
      if (result.status === 'not applicable') return ctx.skip(`${operator.name} has nothing to change here`);
      expect(result.comparison.violations).toEqual([]);
    });
  }
});
