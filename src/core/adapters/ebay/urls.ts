import { hostIn } from '../hosts';

/** eBay's EU sites (befr./benl.ebay.be are subdomains of ebay.be), plus .ch, .co.uk and .com, which share the layout. */
export const SITE_DOMAINS = [
  'ebay.de',
  'ebay.fr',
  'ebay.it',
  'ebay.es',
  'ebay.nl',
  'ebay.pl',
  'ebay.at',
  'ebay.ie',
  'ebay.be',
  'ebay.ch',
  'ebay.co.uk',
  'ebay.com',
] as const;

const ITEM_PATH = /^\/itm\/(?:[^/]+\/)?(\d{9,15})\/?$/;
const STORE_PATH = /^\/(str|usr)\/([^/?#]+)/;
const SEARCH_PATH = /^\/(?:sch|b)\//;

export function isEbaySite(url: URL): boolean {
  return hostIn(url, SITE_DOMAINS);
}

export function itemIdOf(url: URL): string | null {
  if (!isEbaySite(url)) return null;
  return ITEM_PATH.exec(url.pathname)?.[1] ?? null;
}

/** A store (/str/<name>) or member page (/usr/<name>): its name and clean address, else null. */
export function storeOf(url: URL): { id: string; url: string } | null {
  if (!isEbaySite(url)) return null;
  const match = STORE_PATH.exec(url.pathname);
  if (!match?.[1] || !match[2]) return null;
  const id = decodeURIComponent(match[2]);
  return { id, url: `${url.origin}/${match[1]}/${match[2]}` };
}

/** A seller's "other items" search (/sch/<user>/m.html, /sch/i.html?_ssn=<user>). */
const SELLER_ITEMS_PATH = /^\/sch\/([^/?#]+)\/m\.html$/;

/**
 * The seller a seller-card link names: a store or member page as is, a seller's items search as their
 * member page (/usr/<user>), where eBay keeps the seller's profile.
 */
export function sellerOfLink(url: URL): { id: string; url: string } | null {
  const store = storeOf(url);
  if (store || !isEbaySite(url)) return store;
  const match = SELLER_ITEMS_PATH.exec(url.pathname)?.[1];
  const user = match ? decodeURIComponent(match) : url.pathname === '/sch/i.html' ? url.searchParams.get('_ssn') : null;
  return user ? { id: user, url: `${url.origin}/usr/${encodeURIComponent(user)}` } : null;
}

export function isSearchPath(url: URL): boolean {
  return SEARCH_PATH.test(url.pathname);
}

/** Currencies of the sites that do not sell in euros. */
export const SITE_CURRENCY: Readonly<Record<string, string>> = {
  'ebay.pl': 'PLN',
  'ebay.ch': 'CHF',
  'ebay.co.uk': 'GBP',
  'ebay.com': 'USD',
};
