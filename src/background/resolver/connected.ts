import { isPrivateAddress } from './address-guard';

/** The address a request actually went to, as webRequest reports it (`ip`), and whether a proxy stood between. */
export interface Connected {
  ip: string;
  /** true: a proxy (so `ip` is the proxy's); false: direct; null: the browser does not say (Chromium). */
  proxied: boolean | null;
}

/**
 * Whether the chain must stop because the address the browser connected to is private: a public name can
 * resolve to one (DNS rebinding, or 127.0.0.1.nip.io). Behind a proxy the address is the proxy's and says
 * nothing of the server. Chromium does not tell whether a proxy was used, so there a loopback address is
 * taken for a local proxy (the usual case, and the demo marketplace's) and only other private addresses stop
 * the chain; Firefox says (`proxyInfo`), so there every private address does.
 */
export function connectedIsPrivate(connected: Connected | null | undefined): boolean {
  if (!connected || connected.proxied === true) return false;
  if (!isPrivateAddress(connected.ip)) return false;
  if (connected.proxied === null && isLoopback(connected.ip)) return false;
  return true;
}

function isLoopback(ip: string): boolean {
  const address = ip.replace(/^\[|\]$/g, '');
  return /^127\./.test(address) || address === '::1' || /^::ffff:127\./i.test(address);
}
