import browser, { type WebRequest } from 'webextension-polyfill';
import { HOP_TIMEOUT_MS, type HopAnswer } from './chain';

/**
 * One request of a redirect chain, not followed.
 *
 * `fetch(url, { redirect: 'manual' })` answers a redirect with an opaque-redirect response (status
 * 0, no headers) in both Chromium and Firefox, even with host permission, so the Location header
 * cannot be read from the response. The webRequest API can: it reports the status and the response
 * headers of requests to hosts Flagpost has permission for, its own requests included. So the resolver sends the request with fetch and reads the answer there.
 */
/** How long a redirect's webRequest event may trail the response. */
const EVENT_WAIT_MS = 2000;
/** How long the connected address may trail them. */
const CONNECTED_WAIT_MS = 250;

export async function fetchHop(url: string): Promise<HopAnswer> {
  const seen: HopAnswer = { status: 0, location: null };
  const ours = (details: { url: string; tabId: number }) => details.tabId === -1 && details.url === url;
  // The event may reach the worker after fetch has already answered: wait for it.
  let headersSeen: () => void = () => undefined;
  const headers = new Promise<void>((resolve) => (headersSeen = resolve));
  const onHeaders = (details: WebRequest.OnHeadersReceivedDetailsType) => {
    if (!ours(details)) return;
    seen.status = details.statusCode;
    seen.location = details.responseHeaders?.find((h) => h.name.toLowerCase() === 'location')?.value ?? null;
    headersSeen();
  };
  const filter: WebRequest.RequestFilter = { urls: ['<all_urls>'], types: ['xmlhttprequest'] };
  browser.webRequest.onHeadersReceived.addListener(onHeaders, filter, ['responseHeaders']);
  // The address actually connected to, checked by the chain (connected.ts): given on a redirect or a response.
  let connectedSeen: () => void = () => undefined;
  const connected = new Promise<void>((resolve) => (connectedSeen = resolve));
  const onConnected = (details: { url: string; tabId: number; ip?: string; proxyInfo?: { type?: string } | null }) => {
    if (!ours(details) || !details.ip) return;
    // Firefox says whether a proxy was used; Chromium has no proxyInfo at all.
    const proxied = 'proxyInfo' in details ? Boolean(details.proxyInfo && details.proxyInfo.type !== 'direct') : null;
    seen.connected = { ip: details.ip, proxied };
    connectedSeen();
  };
  browser.webRequest.onBeforeRedirect.addListener(onConnected, filter);
  browser.webRequest.onResponseStarted.addListener(onConnected, filter);

  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), HOP_TIMEOUT_MS);
  try {
    const response = await fetch(url, {
      method: 'GET',
      redirect: 'manual',
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
      signal: abort.signal,
    });
    // The destination's body is never needed.
    await response.body?.cancel();
    if (response.type === 'opaqueredirect') await Promise.race([headers, new Promise((resolve) => setTimeout(resolve, EVENT_WAIT_MS))]);
    // The address comes with the response or the redirect, so only shortly after them, if at all.
    await Promise.race([connected, new Promise((resolve) => setTimeout(resolve, CONNECTED_WAIT_MS))]);
    if (response.type !== 'opaqueredirect') return { status: response.status, location: null, connected: seen.connected };
    return seen;
  } finally {
    clearTimeout(timer);
    browser.webRequest.onHeadersReceived.removeListener(onHeaders);
    browser.webRequest.onBeforeRedirect.removeListener(onConnected);
    browser.webRequest.onResponseStarted.removeListener(onConnected);
  }
}
