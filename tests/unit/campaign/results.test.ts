import { describe, expect, it } from 'vitest';
import type { OutboxRecord } from '../../../src/background/outbox/types';
import { campaignFigures, campaignNotices, resultRows, toCsv, toJsonl } from '../../../src/campaign/results';
import type { Review } from '../../../src/campaign/reviews';

function record(id: string, state: OutboxRecord['state'], createdAt: string, decidedAt?: string): OutboxRecord {
  return {
    id,
    notice: { id, createdAt, campaign: 'magnet-toys-2026', locations: [{ url: `https://x.example/${id}` }] },
    state,
    receipt: state === 'decided' || state === 'received' ? { id: `R-${id}`, receivedAt: createdAt } : null,
    decision: decidedAt
      ? { outcome: 'removed', decidedAt, statementOfReasons: '', automated: false, redress: '' }
      : null,
  } as unknown as OutboxRecord;
}

const reviews: Review[] = [
  { url: 'a', decision: 'filed', noticeId: 'n1', at: '2026-11-01T00:00:00Z' },
  { url: 'b', decision: 'dismissed', noticeId: null, at: '2026-11-01T00:00:00Z' },
  { url: 'c', decision: 'filed', noticeId: 'n2', at: '2026-11-01T00:00:00Z' },
];
const notices = [
  record('n1', 'decided', '2026-11-01T00:00:00Z', '2026-11-03T00:00:00Z'),
  record('n2', 'decided', '2026-11-01T00:00:00Z', '2026-11-08T00:00:00Z'),
  record('n3', 'received', '2026-11-02T00:00:00Z'),
];

describe('campaign results', () => {
  it('count reviews, notices by state and outcome, and the median days to decision', () => {
    expect(campaignFigures(10, reviews, notices)).toEqual({
      listings: 10,
      reviewed: 3,
      dismissed: 1,
      byState: { decided: 2, received: 1 },
      byOutcome: { removed: 2 },
      medianDaysToDecision: 4.5,
    });
    expect(campaignFigures(0, [], []).medianDaysToDecision).toBeNull();
  });

  it('keep only the campaign’s notices', () => {
    const other = { ...notices[0]!, notice: { ...notices[0]!.notice, campaign: null } } as OutboxRecord;
    expect(campaignNotices('magnet-toys-2026', [...notices, other])).toHaveLength(3);
  });

  it('export CSV (quoted, formulas neutralised) and JSONL, one row per notice', () => {
    const rows = resultRows('magnet-toys-2026', notices);
    const csv = toCsv([...rows, { ...rows[2]!, url: '=HYPERLINK("x")' }]);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '"campaign","noticeId","url","createdAt","state","receiptId","outcome","decidedAt","daysToDecision"',
    );
    expect(lines[1]).toBe(
      '"magnet-toys-2026","n1","https://x.example/n1","2026-11-01T00:00:00Z","decided","R-n1","removed","2026-11-03T00:00:00Z","2"',
    );
    expect(lines[4]).toContain('"\'=HYPERLINK(""x"")"');
    const jsonl = toJsonl(rows)
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { noticeId: string });
    expect(jsonl.map((r) => r.noticeId)).toEqual(['n1', 'n2', 'n3']);
    expect(toJsonl([])).toBe('');
  });
});
