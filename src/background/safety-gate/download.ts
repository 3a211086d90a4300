import browser from 'webextension-polyfill';
import { downloadXml, MAX_LIST_BYTES, MAX_REPORT_BYTES, type DownloadProblem } from '../../core/safety-gate/download';
import { parseSafetyGateReport } from '../../core/safety-gate/parse';
import { REPORT_SOURCE } from '../../core/safety-gate/sources';
import type { SafetyGateAlert } from '../../core/safety-gate/types';
import {
  parseReportList,
  REPORT_LIST_URL,
  reportsToFetch,
  SAFETY_GATE_HOST_ACCESS,
} from '../../core/safety-gate/weekly-list';
import { countAlerts } from './store';
import { indexAlerts } from './index';

const ALARM = 'safety-gate-weekly';
const WEEK_MINUTES = 7 * 24 * 60;
const STATE = 'safetyGateDownload';
/** Enough to know every report of the weeks a check looks at, small enough for storage.local. */
const REMEMBERED_REPORTS = 60;

/** The weekly download's settings and last outcome (storage.local). */
interface DownloadState {
  enabled: boolean;
  /** ISO time of the last check, successful or not. */
  lastCheck: string | null;
  /** Reference of the newest report imported ("Report-2026-46"). */
  lastReport: string | null;
  /** Alerts the last successful check imported. */
  lastAlerts: number | null;
  lastError: { problem: DownloadProblem; detail: string } | null;
  /** References of the reports already imported. */
  imported: string[];
}

/** What the options page shows. */
export type SafetyGateDownloadStatus = Omit<DownloadState, 'imported'> & { total: number };

const INITIAL: DownloadState = {
  enabled: false,
  lastCheck: null,
  lastReport: null,
  lastAlerts: null,
  lastError: null,
  imported: [],
};

async function loadState(): Promise<DownloadState> {
  const stored = (await browser.storage.local.get(STATE))[STATE] as Partial<DownloadState> | undefined;
  return { ...INITIAL, ...stored };
}

async function saveState(state: DownloadState): Promise<void> {
  await browser.storage.local.set({ [STATE]: state });
}

async function status(state: DownloadState): Promise<SafetyGateDownloadStatus> {
  const { imported: _imported, ...shown } = state;
  return { ...shown, total: await countAlerts() };
}

export async function safetyGateDownloadStatus(): Promise<SafetyGateDownloadStatus> {
  return status(await loadState());
}

/** Switches the weekly download on (host access was asked for on the user's click) or off. */
export async function setWeeklyDownload(enabled: boolean): Promise<SafetyGateDownloadStatus> {
  const state = { ...(await loadState()), enabled };
  if (enabled) await browser.alarms.create(ALARM, { delayInMinutes: WEEK_MINUTES, periodInMinutes: WEEK_MINUTES });
  else await browser.alarms.clear(ALARM);
  await saveState(state);
  return status(state);
}

type Fetched =
  | { ok: true; alerts: SafetyGateAlert[]; references: string[] }
  | { ok: false; problem: DownloadProblem; detail: string };

/** Downloads the list and every new report; all or nothing, so a failure halfway imports nothing. */
async function fetchNewReports(imported: readonly string[]): Promise<Fetched> {
  if (!(await browser.permissions.contains(SAFETY_GATE_HOST_ACCESS))) {
    return { ok: false, problem: 'permission', detail: SAFETY_GATE_HOST_ACCESS.origins.join(', ') };
  }
  const list = await downloadXml(REPORT_LIST_URL, fetch, MAX_LIST_BYTES);
  if (!list.ok) return list;
  const entries = parseReportList(list.text);
  if (entries.length === 0) return { ok: false, problem: 'not-xml', detail: REPORT_LIST_URL };
  const alerts: SafetyGateAlert[] = [];
  const references: string[] = [];
  for (const entry of reportsToFetch(entries, imported)) {
    const report = await downloadXml(entry.url, fetch, MAX_REPORT_BYTES);
    if (!report.ok) return report;
    const parsed = parseSafetyGateReport(report.text).alerts;
    if (parsed.length === 0) return { ok: false, problem: 'not-xml', detail: entry.url };
    alerts.push(...parsed);
    references.push(entry.reference);
  }
  return { ok: true, alerts, references };
}

async function check(): Promise<SafetyGateDownloadStatus> {
  const state = await loadState();
  const fetched = await fetchNewReports(state.imported);
  const lastCheck = new Date().toISOString();
  if (!fetched.ok) {
    const failed = { ...state, lastCheck, lastError: { problem: fetched.problem, detail: fetched.detail } };
    await saveState(failed);
    return status(failed);
  }
  if (fetched.alerts.length > 0) await indexAlerts(fetched.alerts, REPORT_SOURCE);
  const done: DownloadState = {
    ...(await loadState()),
    lastCheck,
    lastError: null,
    lastReport: fetched.references.at(-1) ?? state.lastReport,
    lastAlerts: fetched.alerts.length,
    imported: [...state.imported, ...fetched.references].slice(-REMEMBERED_REPORTS),
  };
  await saveState(done);
  return status(done);
}

// One check at a time: "Check now" during the alarm's check waits for that one instead of importing twice.
let running: Promise<SafetyGateDownloadStatus> | null = null;

/** Downloads the reports not imported yet ("Check now", and the weekly alarm). */
export function checkSafetyGateNow(): Promise<SafetyGateDownloadStatus> {
  running ??= check().finally(() => (running = null));
  return running;
}

export function onSafetyGateAlarm(alarm: browser.Alarms.Alarm): void {
  if (alarm.name === ALARM) void checkSafetyGateNow();
}

/** Browsers may drop alarms on restart or update: put the weekly one back while the download is on. */
export async function resumeWeeklyDownload(): Promise<void> {
  const { enabled } = await loadState();
  if (enabled && !(await browser.alarms.get(ALARM))) {
    await browser.alarms.create(ALARM, { delayInMinutes: 1, periodInMinutes: WEEK_MINUTES });
  }
}
