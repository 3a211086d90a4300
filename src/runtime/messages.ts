import browser from 'webextension-polyfill';
import type { PageFacts } from '../core/facts';
import type { FrameContent } from '../core/frames';
import type { Analysis } from '../core/model';
import type { LanguageMessages } from '../core/i18n/translate';
import type { SnapshotSummary } from '../background/library/store';
import type { Channel } from '../core/notice/channel';
import type { Notice } from '../core/notice/types';
import type { NoticeConfig } from '../core/notice/config';
import type { OutboxRecord } from '../background/outbox/types';
import type { ResolvedLink } from '../background/resolver/index';
import type { CampaignDownload, CampaignImport } from '../background/campaigns/campaigns';
import type { JoinedCampaign } from '../background/campaigns/store';
import type { BulkJob } from '../core/campaign/bulk';
import type { SafetyGateStatus } from '../background/safety-gate/index';
import type { SafetyGateDownloadStatus } from '../background/safety-gate/download';

/** Every message between the extension's parts, with its answer type. */
export interface Requests {
  /** Content script → service worker: judge these facts for the sender's tab. */
  'page-facts': { request: { facts: PageFacts }; response: Analysis };
  /** Content script in a listing's description frame (eBay's ebaydesc.com) → service worker: what the frame holds. */
  'frame-facts': { request: { content: FrameContent }; response: null };
  /** Content script → service worker: the settings the page's badge follows (content scripts cannot read storage.local). */
  'page-settings': { request: object; response: { showBadge: boolean } };
  /** Content script → service worker: the tab left the product page. */
  'page-cleared': { request: object; response: null };
  /** Popup → service worker: the latest analysis of a tab. */
  'tab-analysis': { request: { tabId: number }; response: Analysis | null };
  /** Popup → service worker: save an evidence snapshot of the tab in the library. */
  'snapshot-save': { request: { tabId: number }; response: SnapshotSummary };
  /** Extension pages → service worker: snapshots as one WACZ, base64 (to attach to a notice, or export). */
  'snapshot-wacz': { request: { ids: string[] }; response: { base64: string; bytes: number } };
  /** Health check, used by the end-to-end tests and the popup. */
  ping: { request: object; response: { version: string } };
  /** Popup → service worker: store this notice in the outbox and send it through the channel. */
  'notice-submit': { request: { notice: Notice; channel: Channel }; response: OutboxRecord };
  /** Popup, options → service worker: every notice in the outbox; `refresh` polls receipts for decisions. */
  'notice-list': { request: { refresh: boolean }; response: OutboxRecord[] };
  /** Popup → service worker: open the platform's notice form in a new tab and pre-fill it (`form` channel). */
  'notice-form-open': { request: { notice: Notice; url: string }; response: { tabId: number; filled: string[] } };
  /** Options → service worker: delete every notice. */
  'notice-delete-all': { request: object; response: null };
  /** Options, popup, campaign page → service worker: the notifier and the channels (kept in the worker's vault). */
  'notice-config': { request: object; response: NoticeConfig };
  /** Options → service worker: keep these notice settings (checked; endpoints https, or http on loopback). */
  'notice-config-save': { request: { config: NoticeConfig }; response: NoticeConfig };
  /** Popup → service worker: follow a link's redirects ("Where does this lead?"). */
  'resolve-link': { request: { href: string; pageUrl: string }; response: ResolvedLink };
  /** Content script → service worker: UI strings in the user's chosen language (content scripts can't read the catalogues). */
  'ui-strings': { request: { keys: string[] }; response: LanguageMessages };
  /** Options → service worker: check a campaign pack file and say what joining does; stores nothing. */
  'campaign-preview': { request: { text: string }; response: CampaignImport };
  /** Options → service worker: fetch a pack from an address (no credentials), check it and say what joining does. */
  'campaign-preview-url': { request: { url: string }; response: CampaignDownload };
  /** Options → service worker: check the pack file again and join (or update) the campaign. */
  'campaign-join': { request: { text: string }; response: CampaignImport };
  /** Options, campaign page → service worker: leave a campaign. */
  'campaign-leave': { request: { id: string }; response: null };
  /** Options, campaign page → service worker: the joined campaigns. */
  'campaign-list': { request: object; response: JoinedCampaign[] };
  /** Campaign page → service worker: capture snapshots of every listing of the campaign, one page at a time. */
  'bulk-start': { request: { campaign: string; delayMs: number }; response: BulkJob };
  /** Campaign page → service worker: pause, resume, or read the bulk capture. */
  'bulk-pause': { request: object; response: BulkJob | null };
  'bulk-resume': { request: object; response: BulkJob | null };
  'bulk-status': { request: object; response: BulkJob | null };
  /** Options → service worker: import a Safety Gate weekly report (XML text). */
  'safety-gate-import': { request: { text: string }; response: SafetyGateStatus };
  /** Options → service worker: how many Safety Gate alerts are imported. */
  'safety-gate-status': { request: object; response: SafetyGateStatus };
  /** Options → service worker: remove every imported Safety Gate alert. */
  'safety-gate-clear': { request: object; response: SafetyGateStatus };
  /** Options → service worker: the weekly download's setting and last outcome. */
  'safety-gate-download-status': { request: object; response: SafetyGateDownloadStatus };
  /** Options → service worker: switch the weekly download on (host access already granted) or off. */
  'safety-gate-download-set': { request: { enabled: boolean }; response: SafetyGateDownloadStatus };
  /** Options → service worker: download the reports not imported yet, now. */
  'safety-gate-download-check': { request: object; response: SafetyGateDownloadStatus };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['request'];

export function send<T extends RequestType>(message: Message<T>): Promise<Requests[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<Requests[T]['response']>;
}

/**
 * Service worker → content script (tabs.sendMessage): the tab's analysis changed after its first answer
 * (codes were found in the listing's images, or its description frame reported), so an open panel shows the new findings.
 */
export interface AnalysisUpdate {
  type: 'analysis-updated';
  analysis: Analysis;
}

/** Service worker → content script: the settings changed, so the page is judged and shown anew. */
export interface SettingsChanged {
  type: 'settings-changed';
}

export function isSettingsChanged(value: unknown): value is SettingsChanged {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'settings-changed';
}

export function isAnalysisUpdate(value: unknown): value is AnalysisUpdate {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'analysis-updated';
}
