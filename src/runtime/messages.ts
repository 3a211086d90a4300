import browser from 'webextension-polyfill';
import type { PageFacts } from '../core/facts';
import type { Analysis } from '../core/model';
import type { SnapshotSummary } from '../background/library/store';
import type { Channel } from '../core/notice/channel';
import type { Notice } from '../core/notice/types';
import type { OutboxRecord } from '../background/outbox/types';
import type { ResolvedLink } from '../background/resolver/index';

/** Every message between the extension's parts, with its answer type. */
export interface Requests {
  /** Content script → service worker: judge these facts for the sender's tab. */
  'page-facts': { request: { facts: PageFacts }; response: Analysis };
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
  /** Options → service worker: delete every notice. */
  'notice-delete-all': { request: object; response: null };
  /** Popup → service worker: follow a link's redirects ("Where does this lead?"). */
  'resolve-link': { request: { href: string; pageUrl: string }; response: ResolvedLink };
  /** Content script → service worker: UI strings in the user's chosen language (content scripts can't read the catalogues). */
  'ui-strings': { request: { keys: string[] }; response: Record<string, string> };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['request'];

export function send<T extends RequestType>(message: Message<T>): Promise<Requests[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<Requests[T]['response']>;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
