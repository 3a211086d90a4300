import browser from 'webextension-polyfill';
import { judgePage } from '../core/judge';
import type { Analysis } from '../core/model';
import type { Translate } from '../core/i18n/translate';
import { loadTranslator, resolveLanguage } from '../runtime/i18n';
import type { Message } from '../runtime/messages';
import { loadSettings } from '../runtime/settings';
import { showOnActionBadge } from './action-badge';
import { saveTabSnapshot, snapshotsAsWacz } from './library/save';
import { deleteAllNotices, listNotices, onAccessGranted, onOutboxAlarm, resumeOutbox, submitNotice } from './outbox/worker';
import { openNoticeForm } from './outbox/form';
import { noticeConfig, saveNoticeConfig } from './notice-config';
import { resolveLink } from './resolver/index';
import { uiStrings } from './ui-strings';
import { campaignJudging, joinCampaign, leaveCampaign, listCampaigns, previewCampaign, previewCampaignUrl, withCampaigns } from './campaigns/campaigns';
import { rememberReported } from './campaigns/reported';
import { bulkStatus, onBulkAlarm, pauseBulk, resumeBulk, resumeBulkAfterRestart, startBulk } from './campaigns/bulk';
import { clearTab, saveTabAnalysis, tabAnalysis } from './tab-state';
import { clearSafetyGate, importSafetyGateReport, safetyGateLookup, safetyGateStatus } from './safety-gate/index';
import {
  checkSafetyGateNow,
  onSafetyGateAlarm,
  resumeWeeklyDownload,
  safetyGateDownloadStatus,
  setWeeklyDownload,
} from './safety-gate/download';
import { cancelImageScan, scanListingImages } from './image-codes/index';
import { inTabOrder, onFrameFacts, withTabFrame } from './frames';
import { keepStorageFromPages, tellTabsWhenSettingsChange } from './storage-access';
import { createRouter, type Handlers } from './router/route';

async function analyse(message: Message<'page-facts'>, tabId: number | undefined): Promise<Analysis> {
  // The listing's description frame, once it reported, is part of the page.
  const facts = await withTabFrame(tabId, message.facts);
  const settings = await loadSettings();
  const translate: Translate = await loadTranslator(resolveLanguage(settings.language));
  const disabled = new Set(settings.disabledChecks);
  const campaigns = await campaignJudging(facts);
  const judged = judgePage(facts, {
    translate,
    isCheckEnabled: (check) => !disabled.has(check.id) || campaigns.forced.has(check.id),
    knownTraders: campaigns.knownTraders,
    safetyGate: await safetyGateLookup(),
    onError: (where, error) => console.error(`Flagpost: ${where} failed`, error),
  });
  const analysis = withCampaigns(judged, campaigns);
  if (tabId !== undefined) {
    await saveTabAnalysis(tabId, analysis);
    await showOnActionBadge(tabId, analysis);
    scanListingImages(tabId, facts, (scanned) =>
      inTabOrder(tabId, () => analyse({ ...message, facts: scanned }, tabId)),
    );
  }
  return analysis;
}

async function clear(tabId: number | undefined): Promise<null> {
  if (tabId !== undefined) {
    cancelImageScan(tabId);
    await clearTab(tabId);
    await showOnActionBadge(tabId, null);
  }
  return null;
}

const handlers: Handlers = {
  'page-facts': (message, sender) => inTabOrder(sender.tab?.id, () => analyse(message, sender.tab?.id)),
  'frame-facts': (message, sender) =>
    onFrameFacts(message.content, sender, (facts) => analyse({ type: 'page-facts', facts }, sender.tab?.id)),
  'page-settings': async () => ({ showBadge: (await loadSettings()).showBadge }),
  'page-cleared': (_message, sender) => inTabOrder(sender.tab?.id, () => clear(sender.tab?.id)),
  'tab-analysis': (message) => tabAnalysis(message.tabId),
  'snapshot-save': (message) => saveTabSnapshot(message.tabId),
  'snapshot-wacz': (message) => snapshotsAsWacz(message.ids),
  ping: async () => ({ version: browser.runtime.getManifest().version }),
  'notice-submit': async (message) => {
    const record = await submitNotice(message.notice, message.channel);
    await rememberReported(message.notice);
    return record;
  },
  'notice-list': (message) => listNotices(message.refresh),
  'notice-delete-all': () => deleteAllNotices(),
  'notice-form-open': (message) => openNoticeForm(message.notice, message.url),
  'notice-config': () => noticeConfig(),
  'notice-config-save': (message) => saveNoticeConfig(message.config),
  'resolve-link': (message) => resolveLink(message.href, message.pageUrl),
  'ui-strings': (message) => uiStrings(message.keys),
  'campaign-preview': (message) => previewCampaign(message.text),
  'campaign-preview-url': (message) => previewCampaignUrl(message.url),
  'campaign-join': (message) => joinCampaign(message.text),
  'campaign-leave': (message) => leaveCampaign(message.id),
  'campaign-list': () => listCampaigns(),
  'bulk-start': (message) => startBulk(message.campaign, message.delayMs),
  'bulk-pause': () => pauseBulk(),
  'bulk-resume': () => resumeBulk(),
  'bulk-status': () => bulkStatus(),
  'safety-gate-import': (message) => importSafetyGateReport(message.text),
  'safety-gate-status': () => safetyGateStatus(),
  'safety-gate-clear': () => clearSafetyGate(),
  'safety-gate-download-status': () => safetyGateDownloadStatus(),
  'safety-gate-download-set': (message) => setWeeklyDownload(message.enabled),
  'safety-gate-download-check': () => checkSafetyGateNow(),
};

// Only what a message's declared senders may ask, with the payload its type declares (router/policy.ts).
browser.runtime.onMessage.addListener(
  createRouter(handlers, { extensionBase: browser.runtime.getURL(''), extensionId: browser.runtime.id }),
);

browser.tabs.onRemoved.addListener((tabId) => {
  cancelImageScan(tabId);
  void clearTab(tabId);
});

// Registered at top level so an alarm wakes a stopped worker, which then resumes the outbox.
browser.alarms.onAlarm.addListener(onOutboxAlarm);
// Host access granted in the options: the notices waiting for it are sent.
browser.permissions.onAdded.addListener(onAccessGranted);
resumeOutbox();
browser.alarms.onAlarm.addListener(onBulkAlarm);
resumeBulkAfterRestart();
browser.alarms.onAlarm.addListener(onSafetyGateAlarm);
void resumeWeeklyDownload();
// Content scripts get what they need by message: storage.local is for the extension's own contexts.
void keepStorageFromPages();
tellTabsWhenSettingsChange();
