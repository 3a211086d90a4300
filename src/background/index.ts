import browser from 'webextension-polyfill';
import { judgePage } from '../core/judge';
import type { Analysis } from '../core/model';
import type { Translate } from '../core/i18n/translate';
import { loadTranslator, resolveLanguage } from '../runtime/i18n';
import { isMessage, type Message, type Requests, type RequestType } from '../runtime/messages';
import { loadSettings } from '../runtime/settings';
import { showOnActionBadge } from './action-badge';
import { saveTabSnapshot, snapshotsAsWacz } from './library/save';
import { deleteAllNotices, listNotices, onOutboxAlarm, resumeOutbox, submitNotice } from './outbox/worker';
import { resolveLink } from './resolver/index';
import { uiStrings } from './ui-strings';
import { clearTab, saveTabAnalysis, tabAnalysis } from './tab-state';

async function analyse(message: Message<'page-facts'>, tabId: number | undefined): Promise<Analysis> {
  const settings = await loadSettings();
  const translate: Translate = await loadTranslator(resolveLanguage(settings.language));
  const disabled = new Set(settings.disabledChecks);
  const analysis = judgePage(message.facts, {
    translate,
    isCheckEnabled: (check) => !disabled.has(check.id),
    onError: (where, error) => console.error(`Flagpost: ${where} failed`, error),
  });
  if (tabId !== undefined) {
    await saveTabAnalysis(tabId, analysis);
    await showOnActionBadge(tabId, analysis);
  }
  return analysis;
}

async function clear(tabId: number | undefined): Promise<null> {
  if (tabId !== undefined) {
    await clearTab(tabId);
    await showOnActionBadge(tabId, null);
  }
  return null;
}

type Handler<T extends RequestType> = (
  message: Message<T>,
  sender: browser.Runtime.MessageSender,
) => Promise<Requests[T]['response']>;

const handlers: { [T in RequestType]: Handler<T> } = {
  'page-facts': (message, sender) => analyse(message, sender.tab?.id),
  'page-cleared': (_message, sender) => clear(sender.tab?.id),
  'tab-analysis': (message) => tabAnalysis(message.tabId),
  'snapshot-save': (message) => saveTabSnapshot(message.tabId),
  'snapshot-wacz': (message) => snapshotsAsWacz(message.ids),
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  'notice-submit': (message) => submitNotice(message.notice, message.channel),
  'notice-list': (message) => listNotices(message.refresh),
  'notice-delete-all': () => deleteAllNotices(),
  'resolve-link': (message) => resolveLink(message.href, message.pageUrl),
  'ui-strings': (message) => uiStrings(message.keys),
};

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (!isMessage(message) || !(message.type in handlers)) return undefined;
  const handler = handlers[message.type] as Handler<RequestType>;
  return handler(message, sender);
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTab(tabId);
});

// Registered at top level so an alarm wakes a stopped worker, which then resumes the outbox.
browser.alarms.onAlarm.addListener(onOutboxAlarm);
resumeOutbox();
