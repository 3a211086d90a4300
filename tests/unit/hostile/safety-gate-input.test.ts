import { describe, expect, it } from 'vitest';
import { parseSafetyGateReport } from '../../../src/core/safety-gate/parse';
import { laughsXml, unclosedGateXml } from '../../support/adversarial';

// Vitest's time-out is only a safety net here: these inputs were quadratic (36 s for 1 MB) and are now one pass.
const NET = { timeout: 60_000 };
const ALERT = '<notifications><caseNumber>A1</caseNumber><brand>Kinpopo</brand></notifications>';

describe('Safety Gate reader on hostile input', () => {
  it('reads the alert before a megabyte of <notification openings that never close', NET, () => {
    expect(parseSafetyGateReport(unclosedGateXml(1 << 20)).alerts.map((a) => a.caseNumber)).toEqual(['A12/00001/26']);
  });

  it('reads unclosed CDATA sections as plain text, once', NET, () => {
    const xml = `${ALERT}<notifications><caseNumber>A2</caseNumber><brand>${'<![CDATA[x'.repeat(100_000)}</brand></notifications>`;
    const { alerts } = parseSafetyGateReport(xml);
    expect(alerts.map((a) => a.caseNumber)).toEqual(['A1', 'A2']);
    expect(alerts[1]?.brand?.length).toBe('<![CDATA[x'.length * 100_000);
  });

  it('reads closed CDATA and entities as before', () => {
    const xml = '<notifications><caseNumber><![CDATA[A&amp;1]]></caseNumber><brand>B &amp; <![CDATA[<C>]]> &#x44;</brand></notifications>';
    expect(parseSafetyGateReport(xml).alerts[0]).toMatchObject({ caseNumber: 'A&amp;1', brand: 'B & <C> D' });
  });

  it('never expands entities a document declares (billion laughs)', () => {
    const { alerts } = parseSafetyGateReport(laughsXml());
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.brand).toBe('&lol9;');
  });

  it('survives thousands of leaf openings without their end tags', NET, () => {
    const xml = `<notifications>${'<caseNumber x="1"'.repeat(50_000)}${'<brand>'.repeat(50_000)}</notifications>${ALERT}`;
    expect(parseSafetyGateReport(xml).alerts.map((a) => a.caseNumber)).toEqual(['A1']);
  });
});
