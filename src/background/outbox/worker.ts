import browser from 'webextension-polyfill';
import type { Channel } from '../../core/notice/channel';
import type { Notice } from '../../core/notice/types';
import { indexedDbStore } from './idb-store';
import { Outbox } from './outbox';
import type { OutboxRecord } from './types';

const ALARM = 'flagpost-outbox';
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

const outbox = new Outbox({ store, fetch: (input, init) => fetch(input, init), now: Date.now, wakeAt });

/** At every worker start: whatever was queued or in flight when the last one stopped goes on. */
export function resumeOutbox(): void {
  void outbox.resume();
}

export function onOutboxAlarm(alarm: browser.Alarms.Alarm): void {
  if (alarm.name === ALARM) void outbox.run();
}

export function submitNotice(notice: Notice, channel: Channel): Promise<OutboxRecord> {
  return outbox.submit(notice, channel);
}

/** Every notice, newest first; with `refresh`, receipts are polled for decisions (the view lists again to see the answers). */
export async function listNotices(refresh: boolean): Promise<OutboxRecord[]> {
  if (refresh) void outbox.pollNow();
  return (await store.all()).sort((a, b) => b.notice.createdAt.localeCompare(a.notice.createdAt));
}

export async function deleteAllNotices(): Promise<null> {
  await store.clear();
  await browser.alarms.clear(ALARM);
  return null;
}
