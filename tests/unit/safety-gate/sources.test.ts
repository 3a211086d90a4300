import { describe, expect, it } from 'vitest';
import {
  campaignSource,
  REPORT_SOURCE,
  withoutSource,
  withSource,
  type IndexedAlert,
} from '../../../src/core/safety-gate/sources';
import { DEMO_ALERTS } from '../../fixtures/safety-gate/generate';

const alert = DEMO_ALERTS[0]!;
const pack = campaignSource('magnet-toys-2026');

describe('alert sources', () => {
  it('tags a new alert with its source, and adds a second source without repeating one', () => {
    const fromPack = withSource(undefined, alert, pack);
    expect(fromPack.sources).toEqual([pack]);
    const alsoReport = withSource(fromPack, { ...alert, measures: 'Recall' }, REPORT_SOURCE);
    expect(alsoReport).toMatchObject({ measures: 'Recall', sources: [pack, REPORT_SOURCE] });
    expect(withSource(alsoReport, alert, pack).sources).toEqual([pack, REPORT_SOURCE]);
  });

  it('keeps an alert another source still holds, and drops it when none does', () => {
    const both = withSource(withSource(undefined, alert, REPORT_SOURCE), alert, pack);
    expect(withoutSource(both, pack)?.sources).toEqual([REPORT_SOURCE]);
    expect(withoutSource(withSource(undefined, alert, pack), pack)).toBeNull();
  });

  it('treats a record stored before sources were kept as a report import', () => {
    const legacy: IndexedAlert = { ...alert };
    expect(withoutSource(legacy, pack)).toEqual({ ...legacy, sources: [REPORT_SOURCE] });
    expect(withoutSource(legacy, REPORT_SOURCE)).toBeNull();
    expect(withSource(legacy, alert, pack).sources).toEqual([REPORT_SOURCE, pack]);
  });
});
