import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alertLink, parseSafetyGateReport } from '../../../src/core/safety-gate/index';

const FIXTURE = readFileSync(new URL('../../fixtures/safety-gate/report.xml', import.meta.url), 'utf8');

describe('parseSafetyGateReport', () => {
  it('reads every alert of the fixture report with its fields', () => {
    const report = parseSafetyGateReport(FIXTURE);
    expect(report.reportDate).toBe('13/11/2026');
    expect(report.alerts).toHaveLength(304);
    const voltaris = report.alerts.find((a) => a.caseNumber === 'A12/09002/26');
    expect(voltaris).toMatchObject({
      brand: 'Voltaris',
      model: 'VT 65 G3; VT-65G2',
      barcode: null,
      riskType: 'Electric shock',
      measures: 'Withdrawal of the product from the market',
      category: 'Electrical appliances and equipment',
    });
    expect(voltaris && alertLink(voltaris)).toBe(
      'https://ec.europa.eu/safety-gate-alerts/screen/webReport/alertDetail/10090002',
    );
  });

  it('reads plain text, entities, CDATA, empty and nil fields, and skips blocks without a case number', () => {
    const xml = `<?xml version="1.0"?><root xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><report_date>06/01/2026</report_date>
      <notifications><caseNumber>A12/00007/26</caseNumber><reference>SR/01234/26</reference><brand>Smith &amp; Söhne</brand>
        <type_numberOfModel>XJ-200 B</type_numberOfModel><barcode><![CDATA[4012345678901 <ean>]]></barcode><batchNumber/>
        <riskType xsi:nil="true"/><danger>  Sharp
         edges &#233; &#99999999;</danger><pictures><picture>https://x.example/1.jpg</picture></pictures><countryOfOrigin>China</countryOfOrigin></notifications>
      <notifications><brand>No case</brand></notifications></root>`;
    const { reportDate, alerts } = parseSafetyGateReport(xml);
    expect(reportDate).toBe('06/01/2026');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      caseNumber: 'A12/00007/26',
      brand: 'Smith & Söhne',
      model: 'XJ-200 B',
      barcode: '4012345678901 <ean>',
      batch: null,
      riskType: null,
      danger: 'Sharp edges é &#99999999;',
      countryOfOrigin: 'China',
    });
    expect(alerts[0] && alertLink(alerts[0])).toBeNull();
  });

  // Completes: the parser is one pass (src/core/safety-gate/parse.ts); its speed is `npm run bench`'s.
  it('completes on unclosed tags (a hostile or broken file)', () => {
    for (const xml of [
      '<notifications>'.repeat(40_000),
      `<notifications><caseNumber>A</caseNumber>${'<a x="1">'.repeat(40_000)}</notifications>`,
    ])
      expect(Array.isArray(parseSafetyGateReport(xml).alerts)).toBe(true);
  });

  it('gives no alerts for a file that is not a report', () => {
    expect(parseSafetyGateReport('<html><body>hello</body></html>').alerts).toEqual([]);
    expect(parseSafetyGateReport('').alerts).toEqual([]);
  });

  it("reads the Commission's shape (root Safety-Gate, typed notifications) and the older weeklyReport root alike", () => {
    const body = `<report_date>13/11/2026</report_date>
      <notifications xsi:type="consumerNotification"><caseNumber>SR/02362/26</caseNumber><brand>MICA</brand></notifications>`;
    for (const root of ['Safety-Gate', 'weeklyReport']) {
      const xml = `<${root} xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${body}</${root}>`;
      expect(parseSafetyGateReport(xml)).toMatchObject({
        reportDate: '13/11/2026',
        alerts: [{ caseNumber: 'SR/02362/26', brand: 'MICA' }],
      });
    }
  });
});
