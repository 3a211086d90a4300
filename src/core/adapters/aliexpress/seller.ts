/**
 * Who sells an AliExpress listing, as the page shows it.
 *
 * - The "Sold by" box (`store-detail--wrap--<hash>`, an <a> to `/store/<num>`) names the store and
 *   badges business sellers "(Trader)"; next to it a "Seller info" link opens the store's credential
 *   page (`shoprenderview.aliexpress.com/credential/showcredential.htm?storeNum=N`), where the legal
 *   identity is. The hover card (`store-detail--storeInfo`) adds "Store no." and "Location".
 * - Aggregation listings pool the reviews of several merchants under a shell store. The real seller
 *   is named only in the supplier disclosure ("Information of the Seller … The seller of this item is
 *   <a href=…showcredential.htm?storeNum=N>Name</a>"), in `COMPLIANCE_PC` or rendered under
 *   "Explanation of the Supplier". Only a credential link there, to a store other than the shown
 *   one, makes a listing an aggregation: the same link elsewhere names the shown store itself.
 */
import type { RawLink } from '../../facts';
import labels from '../../terms/labels-aliexpress.json';
import { countryAtEnd, countryOfName } from '../../validate/country';
import { blockText, classStem, first, labelledValue, linksIn, stripLabel, textOf, textOrNull } from '../dom';
import { anyLanguage, anyLanguageSet } from '../labelled-fields';
import type { ComplianceEntry } from './state';

const STORE_BOX = ['[data-pl="store-info"]', classStem('store-detail--wrap'), '.store-info'];
const STORE_NAME = ['[data-pl="store-name"]', classStem('store-detail--storeName'), '.shop-name'];
const BUSINESS_LINKS = classStem('store-detail--businessInfoWrap');
const HOVER_CARD = classStem('store-detail--storeInfo');
const CREDENTIAL_LINK = 'a[href*="showcredential.htm"]';
const STORE_LINK = 'a[href*="/store/"]';
const HEADINGS = 'h1, h2, h3, h4, h5, h6, strong, b, dt, summary';

const TRADER_BADGES = anyLanguageSet(labels.traderBadge);
const SUPPLIER_HEADINGS = anyLanguage(labels.supplierSection);

/** A store as one place on the page shows it. */
export interface ShownStore {
  name: string | null;
  storeId: string | null;
  storeUrl: string | null;
}

/** The "Sold by" box, or null when the page shows none. */
export function storeBox(doc: Document): Element | null {
  return first(doc, STORE_BOX);
}

/** Name, number and page of the store in the "Sold by" box (or the store card's name link). */
export function shownStore(doc: Document, box: Element | null, base: URL): ShownStore | null {
  const nameLink = doc.querySelector('a[data-pl="store-name"][href]');
  if (!box && !nameLink) return null;
  const link = (box?.matches(STORE_LINK) ? box : box?.querySelector(STORE_LINK)) ?? nameLink;
  const storeUrl = absolute(link?.getAttribute('href'), base);
  return {
    name: textOrNull(box ? first(box, STORE_NAME) : null) ?? textOrNull(nameLink) ?? (box ? labelledValue(box, anyLanguage(labels.partyName)) : null),
    storeId: (box ? labelledValue(box, anyLanguage(labels.storeNumber)) : null) ?? storeNumberOf(storeUrl),
    storeUrl,
  };
}

/** Whether the box badges its store a trader ("Xia Yang Store (Trader)"). */
export function badgedTrader(box: Element | null): boolean {
  if (!box) return false;
  return Array.from(box.querySelectorAll('span, em, i, small')).some((el) => TRADER_BADGES.has(stripLabel(textOf(el).replace(/^\(|\)$/g, ''))));
}

/**
 * The country of the hover card's "Location" ("Hong Kong,China" is HK), when the card shows the
 * same store as the box (the card is rendered apart from the box, at the end of the page).
 */
export function hoverCardCountry(doc: Document, storeName: string | null): string | null {
  const card = doc.querySelector(HOVER_CARD);
  if (!card || !storeName || labelledValue(card, anyLanguage(labels.partyName)) !== storeName) return null;
  const location = labelledValue(card, anyLanguage(labels.location, labels.country));
  if (!location) return null;
  return countryOfName(location) ?? countryOfName(location.split(/[,，]/)[0]) ?? countryAtEnd(location);
}

/** The seller box's own links: the store page (the box itself is often the link) and the credential page. */
export function sellerBoxLinks(box: Element | null, base: URL): RawLink[] {
  if (!box) return [];
  const href = box.matches('a[href]') ? absolute(box.getAttribute('href'), base) : null;
  const own: RawLink[] = href ? [{ href, text: textOf(box), source: 'seller' }] : [];
  const business = box.parentElement?.querySelector(BUSINESS_LINKS) ?? null;
  // Only the seller's identity pages: the box's message and follow buttons are the site's interface.
  return [...own, ...linksIn(box, 'seller', base), ...linksIn(business, 'seller', base)].filter(
    (link) => storeNumberOf(link.href) !== null || credentialStoreNumber(link.href) !== null,
  );
}

/** The seller the supplier disclosure names: the store behind its credential link. */
export interface DisclosedSeller extends ShownStore {
  /** The disclosure as shown, for the seller text. */
  text: string;
  links: RawLink[];
}

/** The seller named in the `COMPLIANCE_PC` entries (their HTML parsed inert, never rendered). */
export function disclosedInState(doc: Document, entries: readonly ComplianceEntry[] | null, base: URL): DisclosedSeller | null {
  for (const entry of entries ?? []) {
    const fragment = inertHtml(doc, entry.content);
    const seller = credentialSeller(fragment, base) ?? credentialInText(entry.content, base);
    if (seller) return seller;
  }
  return null;
}

/** The seller named under the rendered "Information of the Seller" / "Explanation of the Supplier". */
export function disclosedInMarkup(doc: Document, base: URL): DisclosedSeller | null {
  for (const heading of Array.from(doc.querySelectorAll(HEADINGS))) {
    const text = textOf(heading);
    if (text.length > 80 || !SUPPLIER_HEADINGS.some((label) => stripLabel(label) === stripLabel(text))) continue;
    const block = ancestorHolding(heading, CREDENTIAL_LINK);
    const seller = block ? credentialSeller(block, base) : null;
    if (seller) return seller;
  }
  return null;
}

/**
 * Parses seller-written HTML without rendering it: a document from DOMParser runs no script and loads
 * no image (and no innerHTML, which store reviews refuse). linkedom's window has DOMParser too.
 */
export function inertHtml(doc: Document, html: string): ParentNode & Node {
  const Parser = doc.defaultView?.DOMParser;
  if (!Parser) return doc.createDocumentFragment();
  return new Parser().parseFromString(`<!doctype html><html><head></head><body>${html}</body></html>`, 'text/html').body;
}

function credentialSeller(root: ParentNode, base: URL): DisclosedSeller | null {
  const link = root.querySelector(CREDENTIAL_LINK);
  const href = absolute(link?.getAttribute('href'), base);
  const storeId = credentialStoreNumber(href);
  if (!link || !href || !storeId) return null;
  return { name: textOrNull(link), storeId, storeUrl: storePageOf(storeId, base), text: blockText(root as Node), links: linksIn(root, 'seller', base) };
}

/** "The seller is https://shoprenderview…showcredential.htm?storeNum=N": a number, no name. */
function credentialInText(text: string, base: URL): DisclosedSeller | null {
  const storeId = /showcredential\.htm\?(?:[^"'\s<>]*&)?storeNum=(\d+)/.exec(text)?.[1];
  return storeId ? { name: null, storeId, storeUrl: storePageOf(storeId, base), text: '', links: [] } : null;
}

/** The nearest ancestor (at most four levels up) holding an element matching `selector`. */
function ancestorHolding(el: Element, selector: string): Element | null {
  let node = el.parentElement;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) {
    if (node.querySelector(selector)) return node;
  }
  return null;
}

/** The `storeNum` of a credential page address. */
export function credentialStoreNumber(href: string | null): string | null {
  if (!href || !href.includes('showcredential.htm')) return null;
  try {
    const id = new URL(href).searchParams.get('storeNum');
    return id && /^\d+$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

const STORE_PATH = /^\/store\/(?:[^/]+\/)*(\d{4,})(?:\.html)?\/?$/;

/** The store number of a `/store/<num>` address. */
export function storeNumberOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return STORE_PATH.exec(new URL(href).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

export function isStorePath(url: URL): boolean {
  return STORE_PATH.test(url.pathname);
}

/** The store page of a store number, on the listing's own site (the credential pages live on another host). */
function storePageOf(storeId: string, base: URL): string {
  const onItemSite = /(^|\.)aliexpress\.(com|us)$/.test(base.hostname) && !base.hostname.startsWith('shoprenderview.');
  return new URL(`/store/${storeId}`, onItemSite ? base.origin : 'https://www.aliexpress.com').href;
}

function absolute(href: string | null | undefined, base: URL): string | null {
  if (!href) return null;
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}
