import browser from 'webextension-polyfill';

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
