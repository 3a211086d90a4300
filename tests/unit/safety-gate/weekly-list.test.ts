import { describe, expect, it } from 'vitest';
import { parseReportList, reportsToFetch, type WeeklyReportEntry } from '../../../src/core/safety-gate/weekly-list';
import { reportListXml, reportUrl } from '../../fixtures/safety-gate/generate';

const entry = (week: number): WeeklyReportEntry => ({
  reference: `Report-2026-${week}`,
  publicationDate: null,
  url: reportUrl(10_000_000 + week),
  week: 202600 + week,
});

describe('parseReportList', () => {
  it("reads the Commission's list (root Safety-Gate), newest first whatever the order written", () => {
    const xml = reportListXml([
      { reference: 'Report-2026-45', date: '06/11/2026', id: 10000899 },
      { reference: 'Report-2026-46', date: '13/11/2026', id: 10000900 },
      { reference: 'Report-2025-52', date: '26/12/2025', id: 10000850 },
    ]);
    expect(parseReportList(xml)).toEqual([
      { reference: 'Report-2026-46', publicationDate: '13/11/2026', url: reportUrl(10000900), week: 202646 },
      { reference: 'Report-2026-45', publicationDate: '06/11/2026', url: reportUrl(10000899), week: 202645 },
      { reference: 'Report-2025-52', publicationDate: '26/12/2025', url: reportUrl(10000850), week: 202552 },
    ]);
  });

  it('takes the week from the reference when year and week are missing, and strips a trailing comma from the address', () => {
    const xml = `<Safety-Gate><weeklyReport><reference>Report-2026-9</reference>
      <URL>https://ec.europa.eu/safety-gate-alerts/api/download/weeklyReport/detail/xml/10000800?language=en,</URL></weeklyReport></Safety-Gate>`;
    expect(parseReportList(xml)).toEqual([
      {
        reference: 'Report-2026-9',
        publicationDate: null,
        url: 'https://ec.europa.eu/safety-gate-alerts/api/download/weeklyReport/detail/xml/10000800?language=en',
        week: 202609,
      },
    ]);
  });

  it('skips entries pointing elsewhere than the Commission, or without a reference or week', () => {
    const xml = `<Safety-Gate>
      <weeklyReport><reference>Report-2026-40</reference><URL>https://example.com/report/12</URL></weeklyReport>
      <weeklyReport><reference>Report-2026-41</reference><URL>http://ec.europa.eu/safety-gate-alerts/x</URL></weeklyReport>
      <weeklyReport><URL>${reportUrl(1)}</URL></weeklyReport>
      <weeklyReport><reference>Special edition</reference><URL>${reportUrl(2)}</URL></weeklyReport>
      <weeklyReport/>
    </Safety-Gate>`;
    expect(parseReportList(xml)).toEqual([]);
  });

  it('finds nothing in an error page or a report', () => {
    expect(parseReportList('<!doctype html><html><body>Maintenance</body></html>')).toEqual([]);
    expect(
      parseReportList('<Safety-Gate><notifications><caseNumber>A</caseNumber></notifications></Safety-Gate>'),
    ).toEqual([]);
  });
});

describe('reportsToFetch', () => {
  const list = [entry(30), entry(46), entry(45), entry(44), entry(43), entry(42)];

  it('on the first check: the four latest weeks, oldest first', () => {
    expect(reportsToFetch(list, []).map((e) => e.reference)).toEqual([
      'Report-2026-43',
      'Report-2026-44',
      'Report-2026-45',
      'Report-2026-46',
    ]);
  });

  it('afterwards: only the weeks not imported yet', () => {
    const imported = ['Report-2026-43', 'Report-2026-44', 'Report-2026-45'];
    expect(reportsToFetch(list, imported).map((e) => e.reference)).toEqual(['Report-2026-46']);
    expect(reportsToFetch(list, [...imported, 'Report-2026-46'])).toEqual([]);
  });

  it('never reaches back past the latest weeks for a gap', () => {
    expect(reportsToFetch(list, ['Report-2026-46'], 1)).toEqual([]);
  });
});
