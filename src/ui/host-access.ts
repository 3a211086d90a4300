import browser from 'webextension-polyfill';
import { endpointAccessPattern } from '../core/net/endpoint';

/**
 * Asks for host access to the https site of `address`, on the user's click (the prompt needs the
 * gesture). Plain http is allowed only on loopback, whose servers send CORS: nothing to ask there.
 * A refusal is not an error here: the request that needs the access then fails and says so.
 */
export async function requestSiteAccess(address: string): Promise<void> {
  const url = URL.canParse(address) ? new URL(address) : null;
  if (url?.protocol !== 'https:') return;
  await browser.permissions.request({ origins: [`${url.origin}/*`] }).catch(() => false);
}

/**
 * Asks, on the user's click, for host access to exactly the site of a notice endpoint (https, or
 * http on this computer), so the service worker's requests to it are not subject to CORS: a server
 * that sends no CORS headers still receives the notices. Resolves to whether access is held.
 */
export async function requestEndpointAccess(endpoint: string): Promise<boolean> {
  const pattern = endpointAccessPattern(endpoint);
  if (pattern === null) return false;
  // The request must be the click handler's first await: the prompt needs the gesture.
  return browser.permissions.request({ origins: [pattern] }).catch(() => false);
}
