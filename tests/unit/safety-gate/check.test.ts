import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../../src/core/extract';
import { judgePage } from '../../../src/core/judge';
import { draftExplanation } from '../../../src/core/notice/draft';
import { translatorFor } from '../../../src/locales/index';
import type { PageFacts } from '../../../src/core/facts';
import { buildSafetyGateIndex, parseSafetyGateReport } from '../../../src/core/safety-gate/index';
import { listFixtures, readFixtureHtml } from '../../support/fixtures';

const index = buildSafetyGateIndex(
  parseSafetyGateReport(readFileSync(new URL('../../fixtures/safety-gate/report.xml', import.meta.url), 'utf8')).alerts,
);
const fixtures = listFixtures();

function factsOf(name: string): PageFacts {
  const fixture = fixtures.find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  return extractPage(parseHTML(readFixtureHtml(fixture)).document as unknown as Document, fixture.url);
}

const gateFinding = (facts: PageFacts) =>
  judgePage(facts, { safetyGate: index }).findings.find((f) => f.id === 'product.safety-gate-match');

describe('product.safety-gate-match over the fixture pages and the fixture report', () => {
  it('matches a listing by its GTIN, with the alert as evidence', () => {
    const finding = gateFinding(factsOf('aliexpress/de-complete'));
    expect(finding?.severity).toBe('high');
    expect(finding?.evidence).toEqual([
      'Safety Gate A12/09001/26 — Lumora Audio SP08 — risk: Fire — measures: Recall of the product from end users — https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10090001',
    ]);
  });

  it('matches a listing by brand and model written another way', () => {
    expect(gateFinding(factsOf('temu/de-partial'))?.evidence[0]).toMatch(/^Safety Gate A12\/09002\/26 — Voltaris/);
  });

  it('matches a barcode decoded from an image', () => {
    const facts = {
      ...factsOf('ebay/de-complete'),
      imageCodes: [{ image: 'https://i.ebayimg.com/a.jpg', format: 'EAN-13', text: '4068215937425' }],
    };
    expect(gateFinding(facts)?.evidence[0]).toMatch(/^Safety Gate A12\/09001\/26/);
  });

  it('gives nothing on near-misses (same brand, other model; product name alone) nor on the other fixtures', () => {
    const matched = fixtures
      .filter((f) => f.expected.pageType !== 'other' && gateFinding(factsOf(f.name)))
      .map((f) => f.name);
    expect(matched.sort()).toEqual(['aliexpress/de-complete', 'spa/aliexpress-navigation', 'temu/de-partial']);
  });

  it('gives a notice draft that cites the alert and links to it', () => {
    const t = translatorFor('de');
    const analysis = judgePage(factsOf('aliexpress/de-complete'), { safetyGate: index, translate: t });
    const text = draftExplanation(
      analysis,
      analysis.findings.filter((f) => f.id === 'product.safety-gate-match'),
      t,
    );
    expect(text).toContain('Safety Gate A12/09001/26');
    expect(text).toContain('https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10090001');
    expect(text).toContain(t('finding_product_safety_gate_match_title'));
  });

  it('does not run without an imported index', () => {
    expect(judgePage(factsOf('aliexpress/de-complete')).findings.map((f) => f.id)).not.toContain(
      'product.safety-gate-match',
    );
  });
});
