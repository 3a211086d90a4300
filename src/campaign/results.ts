import type { Decision, NoticeState, OutboxRecord } from '../background/outbox/types';
import type { Review } from './reviews';

export interface CampaignFigures {
  listings: number;
  reviewed: number;
  dismissed: number;
  byState: Partial<Record<NoticeState, number>>;
  byOutcome: Partial<Record<Decision['outcome'], number>>;
  medianDaysToDecision: number | null;
}

const DAY_MS = 86_400_000;
const daysToDecision = (r: OutboxRecord) =>
  r.decision ? (Date.parse(r.decision.decidedAt) - Date.parse(r.notice.createdAt)) / DAY_MS : null;

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function countBy<K extends string>(keys: K[]): Partial<Record<K, number>> {
  const counts: Partial<Record<K, number>> = {};
  for (const key of keys) counts[key] = (counts[key] ?? 0) + 1;
  return counts;
}

/** The campaign's notices: those filed with its id, from the review queue or the popup. */
export const campaignNotices = (campaign: string, records: readonly OutboxRecord[]) =>
  records.filter((r) => r.notice.campaign === campaign);

export function campaignFigures(
  listings: number,
  reviews: readonly Review[],
  notices: readonly OutboxRecord[],
): CampaignFigures {
  return {
    listings,
    reviewed: reviews.length,
    dismissed: reviews.filter((r) => r.decision === 'dismissed').length,
    byState: countBy(notices.map((r) => r.state)),
    byOutcome: countBy(notices.flatMap((r) => (r.decision ? [r.decision.outcome] : []))),
    medianDaysToDecision: median(notices.flatMap((r) => daysToDecision(r) ?? [])),
  };
}

/** One row per notice, for the organiser: what was filed where, its state and the platform's decision. */
export interface ResultRow {
  campaign: string;
  noticeId: string;
  url: string;
  createdAt: string;
  state: NoticeState;
  receiptId: string | null;
  outcome: string | null;
  decidedAt: string | null;
  daysToDecision: number | null;
}

export const resultRows = (campaign: string, notices: readonly OutboxRecord[]): ResultRow[] =>
  notices.map((r) => ({
    campaign,
    noticeId: r.id,
    url: r.notice.locations[0]?.url ?? '',
    createdAt: r.notice.createdAt,
    state: r.state,
    receiptId: r.receipt?.id ?? null,
    outcome: r.decision?.outcome ?? null,
    decidedAt: r.decision?.decidedAt ?? null,
    daysToDecision: daysToDecision(r),
  }));

const COLUMNS: (keyof ResultRow)[] = [
  'campaign',
  'noticeId',
  'url',
  'createdAt',
  'state',
  'receiptId',
  'outcome',
  'decidedAt',
  'daysToDecision',
];

/** RFC 4180: every field quoted, quotes doubled; a leading = + - @ is neutralised so spreadsheets run no formula. */
const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return `"${(/^[=+\-@]/.test(text) ? `'${text}` : text).replace(/"/g, '""')}"`;
};

export const toCsv = (rows: readonly ResultRow[]) =>
  [COLUMNS, ...rows.map((row) => COLUMNS.map((c) => row[c]))].map((line) => line.map(csvField).join(',')).join('\r\n') +
  '\r\n';

export const toJsonl = (rows: readonly ResultRow[]) =>
  rows.map((row) => JSON.stringify(row)).join('\n') + (rows.length ? '\n' : '');
