/**
 * Allegro's offer markup, read where the serialised boxes lack a part. Boxes are found by their
 * `data-prototype-id`, which Allegro keeps stable across its generated class names.
 */
import type { Price } from '../../model';
import siteLabels from '../../terms/labels-allegro.json';
import { cleanOrNull } from '../../text/normalize';
import { textOf, textOrNull } from '../dom';
import { safetyIn, traderContactIn, type SafetyRead, type StoreRef, type TraderContact } from '../labelled-blocks';
import type { SiteLabels } from '../labelled-fields';
import { parsePrice } from '../price';
import { specsFromDom, type Spec } from '../specs';
import { sellerLoginOf, sellerUrl } from './urls';

export const ALLEGRO_LABELS: SiteLabels = siteLabels;

const box = (prototype: string): string => `[data-prototype-id="${prototype}"]`;
const SEL = {
  header: box('allegro.showoffer.productHeader'),
  crumbs: `${box('allegro.breadcrumbs')} a`,
  seller: box('allegro.showoffer.sellerInfo'),
  // "od <login> | Firma | Sklep sprzedawcy": the seller's name and store link above the price.
  sellerHeader: box('allegro.showoffer.sellerInfoHeader'),
  sellerLink: 'a[href*="/uzytkownik/"], a[href*="/uzivatel/"], a[href*="/pouzivatel/"], a[href*="/felhasznalo/"]',
  sellerData: '[data-role="seller-company-data"]',
  safety: box('allegro.showoffer.productSafety'),
  parameters: box('allegro.showoffer.parameters'),
  description: box('allegro.showoffer.description'),
} as const;

export function markupTitle(doc: Document): string | null {
  return textOrNull(doc.querySelector(`${SEL.header} h1`)) ?? textOrNull(doc.querySelector('h1'));
}

/** Price microdata in the header (carousel offers carry their own, so the header only), else the shown price. */
export function markupPrice(doc: Document): Price | null {
  const header = doc.querySelector(SEL.header);
  if (!header) return null;
  const amount = Number(header.querySelector('meta[itemprop="price"]')?.getAttribute('content'));
  const currency = cleanOrNull(header.querySelector('meta[itemprop="priceCurrency"]')?.getAttribute('content'));
  if (Number.isFinite(amount) && amount > 0 && currency) return { amount, currency };
  return parsePrice(textOrNull(header.querySelector('[aria-label*="cena"]')));
}

/** Breadcrumbs without the leading "Allegro" link. */
export function markupCategory(doc: Document): string[] | null {
  const crumbs = Array.from(doc.querySelectorAll(SEL.crumbs)).map(textOf).filter(Boolean);
  return crumbs.length > 0 ? crumbs.slice(1) : null;
}

export function markupStore(doc: Document, pageUrl: URL): StoreRef | null {
  const href = doc.querySelector(SEL.seller)?.querySelector(SEL.sellerLink)?.getAttribute('href');
  const login = href ? sellerLoginOf(new URL(href, pageUrl)) : null;
  return login ? { name: login, storeId: login, storeUrl: sellerUrl(pageUrl, login) } : null;
}

/** The seller box; a private seller's box has no company data, so its fields are null. */
export function markupSellerContact(doc: Document): TraderContact | null {
  const seller = doc.querySelector(SEL.seller);
  if (!seller) return null;
  return traderContactIn(seller.querySelector(SEL.sellerData) ?? seller, ALLEGRO_LABELS);
}

export function sellerText(doc: Document): string {
  return textOf(doc.querySelector(SEL.seller));
}

export function markupSafety(doc: Document): SafetyRead | null {
  const safety = doc.querySelector(SEL.safety);
  return safety ? safetyIn(safety, ALLEGRO_LABELS) : null;
}

/** The "Parametry" table: one row per parameter, name then value. */
export function markupParameters(doc: Document): Spec[] | null {
  const table = doc.querySelector(SEL.parameters);
  return table ? specsFromDom(table.querySelectorAll('tr'), 'th, td', 'th + td, td + td') : null;
}

export function descriptionRoot(doc: Document): Element | null {
  return doc.querySelector(SEL.description);
}

export function sellerHeaderRoot(doc: Document): Element | null {
  return doc.querySelector(SEL.sellerHeader);
}

export function safetyRoot(doc: Document): Element | null {
  return doc.querySelector(SEL.safety);
}
