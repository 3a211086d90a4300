import type { SafetyGateAlert } from './types';

/**
 * Where an indexed alert came from: a weekly report (a file the user picked, or the weekly download) or a
 * campaign pack. An alert stays in the index while any source still holds it, so leaving a campaign never
 * removes an alert a report also brought.
 */
export const REPORT_SOURCE = 'report';
export const campaignSource = (campaignId: string) => `campaign:${campaignId}`;

export interface IndexedAlert extends SafetyGateAlert {
  /** Absent on records stored before sources were kept: those came from a report file. */
  sources?: string[];
}

export const sourcesOf = (record: IndexedAlert): string[] => record.sources ?? [REPORT_SOURCE];

/** The record to store for `alert` from `source`: the newest fields, and every source that holds it. */
export function withSource(existing: IndexedAlert | undefined, alert: SafetyGateAlert, source: string): IndexedAlert {
  const sources = existing ? sourcesOf(existing) : [];
  return { ...alert, sources: sources.includes(source) ? sources : [...sources, source] };
}

/** The record without `source`, or null when no source holds it any more (it leaves the index). */
export function withoutSource(record: IndexedAlert, source: string): IndexedAlert | null {
  const sources = sourcesOf(record).filter((s) => s !== source);
  return sources.length > 0 ? { ...record, sources } : null;
}
