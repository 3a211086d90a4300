import browser, { type WebRequest } from 'webextension-polyfill';
import {
  beginPage,
  givenUp,
  loadFailure,
  newJob,
  pauseJob,
  recordResult,
  resumeJob,
  withCaptureTab,
  type BulkJob,
  type BulkResult,
  type InFlight,
} from '../../core/campaign/bulk';
import { saveTabSnapshot } from '../library/save';
import { listSnapshots } from '../library/store';
import { tabAnalysis } from '../tab-state';
import { joinedCampaigns } from './store';

const KEY = 'bulkCapture';
const ALARM = 'flagpost-bulk-capture';
const LOAD_TIMEOUT_MS = 30_000;
/** How long the main request's webRequest event may trail the page's analysis. */
const STATUS_WAIT_MS = 2_000;
const POLL_MS = 200;

const loadJob = async () => ((await browser.storage.local.get(KEY))[KEY] as BulkJob | undefined) ?? null;
const saveJob = (job: BulkJob) => browser.storage.local.set({ [KEY]: job });
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Load = { status: number } | { error: string };

/**
 * How each tab's main request ended, from webRequest: a 404 page is analysed and serialized like
 * any page, so only the status tells that it is not the listing. Seen only on sites Flagpost has
 * access to; elsewhere nothing is known and the page counts as loaded.
 */
function watchMainFrames(): { of: (tabId: number) => Load | undefined; stop: () => void } {
  const loads = new Map<number, Load>();
  const filter: WebRequest.RequestFilter = { urls: ['<all_urls>'], types: ['main_frame'] };
  const onCompleted = (d: WebRequest.OnCompletedDetailsType) => void loads.set(d.tabId, { status: d.statusCode });
  const onError = (d: WebRequest.OnErrorOccurredDetailsType) => void loads.set(d.tabId, { error: d.error });
  browser.webRequest.onCompleted.addListener(onCompleted, filter);
  browser.webRequest.onErrorOccurred.addListener(onError, filter);
  return {
    of: (tabId) => loads.get(tabId),
    stop: () => {
      browser.webRequest.onCompleted.removeListener(onCompleted);
      browser.webRequest.onErrorOccurred.removeListener(onError);
    },
  };
}

/** Until the page failed to load, or Flagpost analysed it (so the snapshot carries its findings), or the time is up. */
async function settled(tabId: number, loadOf: (tabId: number) => Load | undefined): Promise<Load | null> {
  const until = Date.now() + LOAD_TIMEOUT_MS;
  let analysedAt: number | null = null;
  while (Date.now() < until) {
    const load = loadOf(tabId);
    if (load && loadFailure(load)) return load;
    analysedAt ??= (await tabAnalysis(tabId)) ? Date.now() : null;
    if (analysedAt !== null && (load || Date.now() - analysedAt > STATUS_WAIT_MS)) return load ?? null;
    await sleep(POLL_MS);
  }
  return loadOf(tabId) ?? null;
}

/** Opens the page in a background tab, saves a snapshot of it, and closes the tab; `opened` is told the tab first. */
async function captureOne(url: string, opened: (tabId: number) => Promise<void>): Promise<BulkResult> {
  const watch = watchMainFrames();
  let tabId = -1;
  try {
    tabId = (await browser.tabs.create({ url, active: false })).id ?? -1;
    await opened(tabId);
    const failure = loadFailure(await settled(tabId, watch.of));
    if (failure) return { url, snapshotId: null, failure };
    return { url, snapshotId: (await saveTabSnapshot(tabId)).id, failure: null };
  } catch (error) {
    return {
      url,
      snapshotId: null,
      failure: { kind: 'error', detail: error instanceof Error ? error.message : String(error) },
    };
  } finally {
    watch.stop();
    await browser.tabs.remove(tabId).catch(() => undefined);
  }
}

/**
 * A page whose capture was cut short (the browser closed, or the worker was stopped): its tab, if
 * the browser kept or restored it, is closed; and a snapshot saved just before the cut is taken as
 * its result rather than capturing it twice. Null when it has to be captured again.
 */
async function afterInterruption(page: InFlight): Promise<BulkResult | null> {
  if (page.tabId !== null) {
    // Tab ids start again in a new session: close it only if it still shows this listing, in the background.
    const tab = await browser.tabs.get(page.tabId).catch(() => null);
    if (tab && !tab.active && (tab.url === page.url || tab.pendingUrl === page.url))
      await browser.tabs.remove(page.tabId);
  }
  const saved = (await listSnapshots()).find(
    (s) => s.metadata.url === page.url && Date.parse(s.metadata.capturedAt) >= page.startedAt,
  );
  return saved ? { url: page.url, snapshotId: saved.id, failure: null } : null;
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

/** Records a page's result on the latest saved job: paused meanwhile, the job keeps what the user decided. */
async function record(fallback: BulkJob, result: BulkResult): Promise<BulkJob> {
  const job = recordResult((await loadJob()) ?? fallback, result, Date.now());
  await saveJob(job);
  return job;
}

/** The next page if it is due. Every step is saved before it is taken, so a restart goes on from there. */
async function step(job: BulkJob): Promise<BulkJob> {
  // Only this function sets `current`, and never two at once in one worker: one left over was cut short.
  if (job.current) {
    const recovered = await afterInterruption(job.current);
    if (recovered) return record(job, recovered);
    if (givenUp(job)) {
      return record(job, {
        url: job.current.url,
        snapshotId: null,
        failure: { kind: 'interrupted', attempts: job.current.attempts },
      });
    }
  }
  const begun = beginPage(job, Date.now());
  await saveJob(begun);
  const result = await captureOne(begun.current?.url ?? '', async (tabId) => {
    const latest = (await loadJob()) ?? begun;
    await saveJob(withCaptureTab(latest, tabId));
  });
  return record(begun, result);
}

function runBulk(): Promise<void> {
  running ??= (async () => {
    let job = await loadJob();
    if (job?.state === 'running' && job.nextAt <= Date.now()) job = await step(job);
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

/**
 * At worker start (called at its top level) a job that was running goes on. The browser's start
 * wakes the worker through runtime.onStartup, registered here in that same first turn, so a job
 * goes on after a restart without waiting for its alarm (which a browser may drop on restart).
 */
export function resumeBulkAfterRestart(): void {
  browser.runtime.onStartup.addListener(() => void runBulk());
  void runBulk();
}

export function onBulkAlarm(alarm: browser.Alarms.Alarm): void {
  if (alarm.name === ALARM) void runBulk();
}
