import { hostIn } from '../hosts';

/** The four marketplaces; each has its own words for "offer" and "user" in paths. */
export const SITE_DOMAINS = ['allegro.pl', 'allegro.cz', 'allegro.sk', 'allegro.hu'] as const;

const OFFER_PATH = /^\/(?:oferta|nabidka|ponuka|ajanlat)\/(?:[^/]*-)?(\d{6,})\/?$/i;
/** Product pages (/produkt/<slug>-<uuid>) show one offer, named by `offerId`. */
const PRODUCT_PATH = /^\/(?:produkt|produkty|termek)\//i;
const SELLER_PATH = /^\/(?:uzytkownik|uzivatel|pouzivatel|felhasznalo)\/([^/]+)/i;
const SEARCH_PATH = /^\/(?:listing|kategoria|kategorie|kategoriak)(?:\/|$)/i;

const SELLER_WORD: Record<string, string> = {
  'allegro.pl': 'uzytkownik',
  'allegro.cz': 'uzivatel',
  'allegro.sk': 'pouzivatel',
  'allegro.hu': 'felhasznalo',
};

export function isAllegroSite(url: URL): boolean {
  return hostIn(url, SITE_DOMAINS);
}

export function offerIdOf(url: URL): string | null {
  if (!isAllegroSite(url)) return null;
  const offer = OFFER_PATH.exec(url.pathname)?.[1];
  if (offer) return offer;
  const offerId = url.searchParams.get('offerId');
  return PRODUCT_PATH.test(url.pathname) && offerId && /^\d{6,}$/.test(offerId) ? offerId : null;
}

/** A product page (/produkt/<slug>), which shows one offer even when its address does not name it. */
export function isProductPath(url: URL): boolean {
  return isAllegroSite(url) && PRODUCT_PATH.test(url.pathname);
}

export function isSellerPath(url: URL): boolean {
  return SELLER_PATH.test(url.pathname);
}

export function isSearchPath(url: URL): boolean {
  return SEARCH_PATH.test(url.pathname);
}

/** The login in a seller page address ("/uzytkownik/ZabawkowoPL" gives "ZabawkowoPL"). */
export function sellerLoginOf(url: URL): string | null {
  const login = SELLER_PATH.exec(url.pathname)?.[1];
  return login ? decodeURIComponent(login) : null;
}

/** The seller page on the marketplace the offer is on. */
export function sellerUrl(pageUrl: URL, login: string): string {
  const site = SITE_DOMAINS.find((d) => hostIn(pageUrl, [d])) ?? 'allegro.pl';
  return `https://${site}/${SELLER_WORD[site] ?? 'uzytkownik'}/${encodeURIComponent(login)}`;
}
