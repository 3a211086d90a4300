/**
 * Bulk capture of a campaign's listings for researchers, as a plain state machine the service worker
 * persists after every step: one page at a time, `delayMs` between pages, and a restart resumes at
 * the page that was not finished (it is captured again, never skipped).
 */
export const DEFAULT_DELAY_MS = 5_000;
export const MIN_DELAY_MS = 1_000;
/** A page whose capture was cut short this often (the browser closed, or crashed on it) is given up. */
export const MAX_ATTEMPTS = 3;

/** Why a page has no snapshot, for the researcher's failure summary. */
export type BulkFailure =
  | { kind: 'http'; status: number }
  | { kind: 'network'; detail: string }
  | { kind: 'interrupted'; attempts: number }
  | { kind: 'error'; detail: string };

export interface BulkResult {
  url: string;
  snapshotId: string | null;
  failure: BulkFailure | null;
}

/** The page being captured now: saved before its tab opens, so a restart knows it was cut short. */
export interface InFlight {
  url: string;
  /** The capture tab, once opened (null before). */
  tabId: number | null;
  startedAt: number;
  attempts: number;
}

export interface BulkJob {
  campaign: string;
  urls: string[];
  delayMs: number;
  state: 'running' | 'paused' | 'done';
  /** Index of the next page to capture. */
  next: number;
  /** Epoch ms before which the next page is not opened. */
  nextAt: number;
  current: InFlight | null;
  results: BulkResult[];
}

export const newJob = (campaign: string, urls: readonly string[], delayMs: number, now: number): BulkJob => ({
  campaign,
  urls: [...urls],
  delayMs: Math.max(MIN_DELAY_MS, delayMs),
  state: urls.length > 0 ? 'running' : 'done',
  next: 0,
  nextAt: now,
  current: null,
  results: [],
});

/**
 * Marks the next page as being captured from `now`. The delay already counts from here, so a page
 * retried after a restart is not opened sooner than the delay after its first opening.
 */
export function beginPage(job: BulkJob, now: number): BulkJob {
  const url = job.urls[job.next] ?? '';
  const attempts = job.current?.url === url ? job.current.attempts + 1 : 1;
  return { ...job, nextAt: now + job.delayMs, current: { url, tabId: null, startedAt: now, attempts } };
}

export const withCaptureTab = (job: BulkJob, tabId: number): BulkJob =>
  job.current ? { ...job, current: { ...job.current, tabId } } : job;

/** The in-flight page was cut short too often to try it again. */
export const givenUp = (job: BulkJob): boolean => (job.current?.attempts ?? 0) >= MAX_ATTEMPTS;

export function recordResult(job: BulkJob, result: BulkResult, now: number): BulkJob {
  const next = job.next + 1;
  return {
    ...job,
    next,
    nextAt: now + job.delayMs,
    current: null,
    results: [...job.results, result],
    state: next >= job.urls.length ? 'done' : job.state,
  };
}

/** What the page's main request came to: an error answer or no answer is a failure; null when it loaded or was not seen. */
export function loadFailure(load: { status: number } | { error: string } | null): BulkFailure | null {
  if (!load) return null;
  if ('error' in load) return { kind: 'network', detail: load.error };
  return load.status >= 400 ? { kind: 'http', status: load.status } : null;
}

export const pauseJob = (job: BulkJob): BulkJob => (job.state === 'running' ? { ...job, state: 'paused' } : job);

export const resumeJob = (job: BulkJob, now: number): BulkJob =>
  job.state === 'paused' ? { ...job, state: 'running', nextAt: Math.max(job.nextAt, now) } : job;
