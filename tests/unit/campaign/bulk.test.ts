import { describe, expect, it } from 'vitest';
import { DEFAULT_DELAY_MS, MIN_DELAY_MS, newJob, pauseJob, recordResult, resumeJob } from '../../../src/core/campaign/bulk';

const URLS = ['https://a.example/1', 'https://a.example/2'];
const ok = (url: string) => ({ url, snapshotId: `s-${url}`, error: null });

describe('bulk capture jobs', () => {
  it('capture one page at a time, waiting the delay between pages, and finish', () => {
    let job = newJob('c', URLS, DEFAULT_DELAY_MS, 1000);
    expect(job).toMatchObject({ state: 'running', next: 0, nextAt: 1000 });
    job = recordResult(job, ok(URLS[0]!), 2000);
    expect(job).toMatchObject({ state: 'running', next: 1, nextAt: 2000 + DEFAULT_DELAY_MS });
    job = recordResult(job, { url: URLS[1]!, snapshotId: null, error: 'timeout' }, 9000);
    expect(job.state).toBe('done');
    expect(job.results.filter((r) => r.error)).toHaveLength(1);
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
