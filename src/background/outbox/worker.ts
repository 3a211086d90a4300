import browser from 'webextension-polyfill';
import type { Channel } from '../../core/notice/channel';
import type { Notice } from '../../core/notice/types';
import { endpointAccessPattern } from '../../core/net/endpoint';
import { indexedDbStore } from './idb-store';
import { Outbox } from './outbox';
import { applyReminders } from './reminder';
import type { OutboxRecord } from './types';

const ALARM = 'flagpost-outbox';
const REMINDER_ALARM = 'flagpost-complaint-reminder';
/** Below this the worker also keeps a timer, since it is alive anyway; the alarm still wakes a stopped one. */
const TIMER_MS = 60_000;

const store = indexedDbStore();
let timer: ReturnType<typeof setTimeout> | undefined;

async function wakeAt(when: number | null): Promise<void> {
  clearTimeout(timer);
  if (when === null) {
    await browser.alarms.clear(ALARM);
    return;
  }
  await browser.alarms.create(ALARM, { when: Math.max(when, Date.now() + 1) });
  const delay = when - Date.now();
  if (delay < TIMER_MS) timer = setTimeout(() => void outbox.run(), Math.max(0, delay));
}

/** Host access to the endpoint (asked for when it is saved in the options). */
async function mayContact(endpoint: string): Promise<boolean> {
  const pattern = endpointAccessPattern(endpoint);
  return pattern !== null && browser.permissions.contains({ origins: [pattern] });
}

const outbox = new Outbox({ store, fetch: (input, init) => fetch(input, init), now: Date.now, wakeAt, mayContact });

/** Art. 20 reminder: a "!" on the toolbar button while a complaint deadline is under two weeks away. */
async function refreshReminders(): Promise<void> {
  await applyReminders(await store.all(), {
    now: Date.now,
    showDue: async (count) => {
      await browser.action.setBadgeText({ text: count > 0 ? '!' : '' });
      if (count > 0) await browser.action.setBadgeBackgroundColor({ color: '#b3261e' });
    },
    wakeAt: async (when) => {
      if (when === null) await browser.alarms.clear(REMINDER_ALARM);
      else await browser.alarms.create(REMINDER_ALARM, { when });
    },
  });
}

/** At every worker start: whatever was queued or in flight when the last one stopped goes on. */
export function resumeOutbox(): void {
  void outbox.resume().then(refreshReminders);
}

/** Access to a site was granted (the options page saved an endpoint): the notices waiting for it go now. */
export function onAccessGranted(): void {
  void outbox.retryHeld().then(refreshReminders);
}

export function onOutboxAlarm(alarm: browser.Alarms.Alarm): void {
  // A pass may bring decisions, and with them new deadlines to remind of.
  if (alarm.name === ALARM) void outbox.run().then(refreshReminders);
  if (alarm.name === REMINDER_ALARM) void refreshReminders();
}

export function submitNotice(notice: Notice, channel: Channel): Promise<OutboxRecord> {
  return outbox.submit(notice, channel);
}

/** Every notice, newest first; with `refresh`, receipts are polled for decisions (the view lists again to see the answers). */
export async function listNotices(refresh: boolean): Promise<OutboxRecord[]> {
  if (refresh) void outbox.pollNow().then(refreshReminders);
  return (await store.all()).sort((a, b) => b.notice.createdAt.localeCompare(a.notice.createdAt));
}

export async function deleteAllNotices(): Promise<null> {
  await store.clear();
  await browser.alarms.clear(ALARM);
  return null;
}
