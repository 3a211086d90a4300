import { describe, expect, it } from 'vitest';
import {
  beginPage,
  DEFAULT_DELAY_MS,
  givenUp,
  loadFailure,
  MAX_ATTEMPTS,
  MIN_DELAY_MS,
  newJob,
  pauseJob,
  recordResult,
  resumeJob,
  withCaptureTab,
} from '../../../src/core/campaign/bulk';

const URLS = ['https://a.example/1', 'https://a.example/2'];
const ok = (url: string) => ({ url, snapshotId: `s-${url}`, failure: null });

describe('bulk capture jobs', () => {
  it('capture one page at a time, waiting the delay between pages, and finish', () => {
    let job = newJob('c', URLS, DEFAULT_DELAY_MS, 1000);
    expect(job).toMatchObject({ state: 'running', next: 0, nextAt: 1000, current: null });
    job = recordResult(job, ok(URLS[0]!), 2000);
    expect(job).toMatchObject({ state: 'running', next: 1, nextAt: 2000 + DEFAULT_DELAY_MS });
    job = recordResult(job, { url: URLS[1]!, snapshotId: null, failure: { kind: 'http', status: 404 } }, 9000);
    expect(job.state).toBe('done');
    expect(job.results.filter((r) => r.failure)).toHaveLength(1);
  });

  it('never go faster than the minimum delay', () => {
    expect(newJob('c', URLS, 0, 0).delayMs).toBe(MIN_DELAY_MS);
  });

  it('pause and resume; a page finished while paused is kept, the job stays paused', () => {
    const paused = pauseJob(newJob('c', URLS, 5000, 0));
    expect(paused.state).toBe('paused');
    const after = recordResult(paused, ok(URLS[0]!), 100);
    expect(after).toMatchObject({ state: 'paused', next: 1 });
    expect(resumeJob(after, 50_000)).toMatchObject({ state: 'running', nextAt: 50_000 });
    expect(resumeJob(newJob('c', [], 5000, 0), 1).state).toBe('done');
  });
});

describe('a page cut short by a restart', () => {
  it('is marked in flight before its tab opens, with its tab once known, and cleared by its result', () => {
    const begun = withCaptureTab(beginPage(newJob('c', URLS, 5000, 0), 1000), 42);
    expect(begun.current).toEqual({ url: URLS[0], tabId: 42, startedAt: 1000, attempts: 1 });
    expect(recordResult(begun, ok(URLS[0]!), 2000).current).toBeNull();
  });

  it('waits the delay from its first opening before it is opened again', () => {
    const begun = beginPage(newJob('c', URLS, 5000, 0), 1000);
    expect(begun.nextAt).toBe(6000);
  });

  it('is tried again, counting attempts, and given up after too many', () => {
    let job = beginPage(newJob('c', URLS, 5000, 0), 0);
    expect(givenUp(job)).toBe(false);
    for (let i = 1; i < MAX_ATTEMPTS; i += 1) job = beginPage(job, i * 10_000);
    expect(job.current?.attempts).toBe(MAX_ATTEMPTS);
    expect(givenUp(job)).toBe(true);
    // The next page starts counting afresh.
    const next = beginPage(recordResult(job, ok(URLS[0]!), 50_000), 60_000);
    expect(next.current).toMatchObject({ url: URLS[1], attempts: 1 });
  });
});

describe('how a page loaded', () => {
  it('an error status or no answer is a failure with its reason; a page that loaded or was not seen is not', () => {
    expect(loadFailure({ status: 404 })).toEqual({ kind: 'http', status: 404 });
    expect(loadFailure({ status: 503 })).toEqual({ kind: 'http', status: 503 });
    expect(loadFailure({ error: 'net::ERR_CONNECTION_RESET' })).toEqual({
      kind: 'network',
      detail: 'net::ERR_CONNECTION_RESET',
    });
    expect(loadFailure({ status: 200 })).toBeNull();
    expect(loadFailure({ status: 304 })).toBeNull();
    expect(loadFailure(null)).toBeNull();
  });
});
