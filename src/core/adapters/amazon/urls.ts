import { hostIn } from '../hosts';

/** The marketplaces the adapter serves (EU sites, plus .com and .co.uk, whose pages look the same). */
export const SITE_DOMAINS = [
  'amazon.de',
  'amazon.fr',
  'amazon.it',
  'amazon.es',
  'amazon.nl',
  'amazon.pl',
  'amazon.se',
  'amazon.com.be',
  'amazon.com',
  'amazon.co.uk',
] as const;

const ASIN_PATH = /\/(?:dp|gp\/product|gp\/aw\/d|exec\/obidos\/ASIN)\/([A-Z0-9]{10})(?=[/?#]|$)/i;
const SELLER_PATHS = /^\/(?:sp|gp\/help\/seller\/at-a-glance\.html)(?:\/|$)/i;
const SEARCH_PATH = /^\/s(?:\/|$)/;

export function isAmazonSite(url: URL): boolean {
  return hostIn(url, SITE_DOMAINS);
}

export function asinOf(url: URL): string | null {
  if (!isAmazonSite(url)) return null;
  return ASIN_PATH.exec(url.pathname)?.[1]?.toUpperCase() ?? null;
}

/** The seller id of a seller profile address (/sp?seller=…, or the older at-a-glance page). */
export function sellerIdOf(url: URL): string | null {
  if (!isAmazonSite(url)) return null;
  const id = url.searchParams.get('seller');
  return id && /^[A-Z0-9]{6,20}$/i.test(id) ? id : null;
}

export function isSellerPath(url: URL): boolean {
  return SELLER_PATHS.test(url.pathname) && sellerIdOf(url) !== null;
}

export function isSearchPath(url: URL): boolean {
  return SEARCH_PATH.test(url.pathname) && url.searchParams.has('k');
}

/** The stable address of a seller's profile on the site the page came from. */
export function sellerProfileUrl(pageUrl: URL, sellerId: string): string {
  return `${pageUrl.origin}/sp?seller=${encodeURIComponent(sellerId)}`;
}

/** Currencies of the sites that do not sell in euros. */
export const SITE_CURRENCY: Readonly<Record<string, string>> = {
  'amazon.pl': 'PLN',
  'amazon.se': 'SEK',
  'amazon.co.uk': 'GBP',
  'amazon.com': 'USD',
};
