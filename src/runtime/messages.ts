import browser from 'webextension-polyfill';
import type { PageFacts } from '../core/facts';
import type { Analysis } from '../core/model';

/** Every message between the extension's parts, with its answer type. */
export interface Requests {
  /** Content script → service worker: judge these facts for the sender's tab. */
  'page-facts': { request: { facts: PageFacts }; response: Analysis };
  /** Content script → service worker: the tab left the product page. */
  'page-cleared': { request: object; response: null };
  /** Popup → service worker: the latest analysis of a tab. */
  'tab-analysis': { request: { tabId: number }; response: Analysis | null };
  /** Health check, used by the end-to-end tests and the popup. */
  ping: { request: object; response: { version: string } };
}

export type RequestType = keyof Requests;
export type Message<T extends RequestType = RequestType> = { type: T } & Requests[T]['request'];

export function send<T extends RequestType>(message: Message<T>): Promise<Requests[T]['response']> {
  return browser.runtime.sendMessage(message) as Promise<Requests[T]['response']>;
}

export function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}
