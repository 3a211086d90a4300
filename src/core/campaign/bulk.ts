/**
 * Bulk capture of a campaign's listings for researchers, as a plain state machine the service worker
 * persists after every step: one page at a time, `delayMs` between pages, and a restart resumes at
 * the page that was not finished (it is captured again, never skipped).
 */
export const DEFAULT_DELAY_MS = 5_000;
export const MIN_DELAY_MS = 1_000;

export interface BulkResult {
  url: string;
  snapshotId: string | null;
  error: string | null;
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
  results: BulkResult[];
}

export const newJob = (campaign: string, urls: readonly string[], delayMs: number, now: number): BulkJob => ({
  campaign,
  urls: [...urls],
  delayMs: Math.max(MIN_DELAY_MS, delayMs),
  state: urls.length > 0 ? 'running' : 'done',
  next: 0,
  nextAt: now,
  results: [],
});

export function recordResult(job: BulkJob, result: BulkResult, now: number): BulkJob {
  const next = job.next + 1;
  return {
    ...job,
    next,
    nextAt: now + job.delayMs,
    results: [...job.results, result],
    state: next >= job.urls.length ? 'done' : job.state,
  };
}

export const pauseJob = (job: BulkJob): BulkJob => (job.state === 'running' ? { ...job, state: 'paused' } : job);

export const resumeJob = (job: BulkJob, now: number): BulkJob =>
  job.state === 'paused' ? { ...job, state: 'running', nextAt: Math.max(job.nextAt, now) } : job;
