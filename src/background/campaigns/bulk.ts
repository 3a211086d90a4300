import browser from 'webextension-polyfill';
import { newJob, pauseJob, recordResult, resumeJob, type BulkJob } from '../../core/campaign/bulk';
import { saveTabSnapshot } from '../library/save';
import { tabAnalysis } from '../tab-state';
import { joinedCampaigns } from './store';

const KEY = 'bulkCapture';
const ALARM = 'flagpost-bulk-capture';
const LOAD_TIMEOUT_MS = 30_000;
const POLL_MS = 200;

const loadJob = async () => ((await browser.storage.local.get(KEY))[KEY] as BulkJob | undefined) ?? null;
const saveJob = (job: BulkJob) => browser.storage.local.set({ [KEY]: job });

/** Until Flagpost has analysed the page (so the snapshot carries its findings), or the time is up. */
async function analysed(tabId: number): Promise<void> {
  const until = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < until && !(await tabAnalysis(tabId))) await new Promise((r) => setTimeout(r, POLL_MS));
}

async function captureOne(url: string): Promise<{ snapshotId: string | null; error: string | null }> {
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id ?? -1;
  try {
    await analysed(tabId);
    const summary = await saveTabSnapshot(tabId);
    return { snapshotId: summary.id, error: null };
  } catch (error) {
    return { snapshotId: null, error: error instanceof Error ? error.message : String(error) };
  } finally {
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}

let running: Promise<void> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;

/** Wakes at the job's next time: a timer while this worker lives, an alarm in case it is stopped. */
async function schedule(job: BulkJob | null): Promise<void> {
  clearTimeout(timer);
  if (!job || job.state !== 'running') return void (await browser.alarms.clear(ALARM));
  await browser.alarms.create(ALARM, { when: Math.max(job.nextAt, Date.now() + 1) });
  timer = setTimeout(() => void runBulk(), Math.max(0, job.nextAt - Date.now()));
}

/** Captures the next page if it is due; the job is saved after each page, so a restart goes on from there. */
function runBulk(): Promise<void> {
  running ??= (async () => {
    let job = await loadJob();
    if (job?.state === 'running' && job.nextAt <= Date.now()) {
      const url = job.urls[job.next] ?? '';
      const result = await captureOne(url);
      // Paused or restarted meanwhile: keep what the user decided, add this page's result.
      const latest = (await loadJob()) ?? job;
      job = recordResult(latest, { url, ...result }, Date.now());
      await saveJob(job);
    }
    await schedule(job);
  })().finally(() => {
    running = null;
  });
  return running;
}

export async function startBulk(campaign: string, delayMs: number): Promise<BulkJob> {
  const pack = (await joinedCampaigns())[campaign]?.pack;
  const job = newJob(campaign, pack?.listings ?? [], delayMs, Date.now());
  await saveJob(job);
  void runBulk();
  return job;
}

export async function pauseBulk(): Promise<BulkJob | null> {
  const job = await loadJob();
  if (job) await saveJob(pauseJob(job));
  await schedule(null);
  return loadJob();
}

export async function resumeBulk(): Promise<BulkJob | null> {
  const job = await loadJob();
  if (job) await saveJob(resumeJob(job, Date.now()));
  void runBulk();
  return loadJob();
}

export const bulkStatus = () => loadJob();

/** At worker start and on the alarm: a job that was running goes on. */
export function resumeBulkAfterRestart(): void {
  void runBulk();
}

export function onBulkAlarm(alarm: browser.Alarms.Alarm): void {
  if (alarm.name === ALARM) void runBulk();
}
