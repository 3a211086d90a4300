import { parse } from 'tldts';

// Private suffixes count (two shops on myshopify.com or blogspot.com are two sites).
const TLD_OPTIONS = { allowPrivateDomains: true } as const;

/** Registrable domain (eTLD+1) of a host; the host itself for IP addresses; null when there is none. */
export function registrableDomain(host: string): string | null {
  const result = parse(host, TLD_OPTIONS);
  if (result.isIp) return host;
  return result.domain;
}

/** The registrable domain without its public suffix ("amazon" for "www.amazon.co.uk"). */
export function domainLabel(host: string): string | null {
  return parse(host, TLD_OPTIONS).domainWithoutSuffix;
}

export function isIpHost(host: string): boolean {
  return parse(host, TLD_OPTIONS).isIp === true;
}

/** Whether `host` is one of `entries` or a subdomain of one. */
export function hostIn(host: string, entries: readonly string[]): string | null {
  for (const entry of entries) {
    if (host === entry || host.endsWith(`.${entry}`)) return entry;
  }
  return null;
}

export interface ParsedHref {
  /** Lower-case scheme without the colon ("https", "javascript", "weixin"). */
  scheme: string;
  /** Null when the browser would not parse it either. */
  url: URL | null;
}

const SCHEME = /^([a-z][a-z0-9+.-]{0,31}):/i;

/**
 * Parses an href the way a browser reads it: leading control characters and spaces dropped,
 * tabs and newlines removed anywhere ("java\tscript:" is javascript:), relative targets resolved.
 * Returns null for an empty href; never throws.
 */
export function parseHref(href: string, base: URL): ParsedHref | null {
  const cleaned = href.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+/, '');
  if (cleaned === '') return null;
  const scheme = SCHEME.exec(cleaned)?.[1]?.toLowerCase();
  const url = tryUrl(cleaned, scheme ? undefined : base);
  if (scheme) return { scheme, url };
  return url ? { scheme: url.protocol.slice(0, -1), url } : null;
}

export function tryUrl(value: string, base?: URL): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** Host in lower case without a trailing dot ("Example.COM." → "example.com"). */
export function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/\.$/, '');
}
