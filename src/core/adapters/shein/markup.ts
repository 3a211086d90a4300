/**
 * Shein's product markup, read when the embedded state lacks a part (or is broken), and the
 * `goodsDetailSchema` JSON-LD as a last resort for title, price and identifiers.
 * Every reader returns null when its section is not on the page.
 */
import type { Price } from '../../model';
import { textOf, textOrNull } from '../dom';
import { jsonScriptById, pickNumber, pickString } from '../embedded-json';
import { safetyIn, traderContactIn, type SafetyRead, type StoreRef, type TraderContact } from '../labelled-blocks';
import { parsePrice } from '../price';
import { specsFromDom, type Spec } from '../specs';

const SEL = {
  title: '.product-intro__head-name',
  price: '.product-intro__head-mainprice',
  crumbs: '.bread-crumb a.bread-crumb__item-link',
  store: '.product-intro__store',
  storeName: '.product-intro__store-name',
  sellerInfo: '.product-intro__seller-info',
  safety: '.product-intro__gpsr',
  specItem: '.product-intro__description-table-item',
  description: '.product-intro__description-text',
} as const;

export function markupTitle(doc: Document): string | null {
  return textOrNull(doc.querySelector(SEL.title));
}

export function markupPrice(doc: Document): Price | null {
  return parsePrice(textOrNull(doc.querySelector(SEL.price)));
}

/** Breadcrumb links, without the leading home link. */
export function markupCategory(doc: Document): string[] | null {
  const crumbs = Array.from(doc.querySelectorAll(SEL.crumbs)).map(textOf).filter(Boolean);
  return crumbs.length > 0 ? crumbs.slice(1) : null;
}

export function markupStore(doc: Document, pageUrl: URL): StoreRef | null {
  const box = doc.querySelector(SEL.store);
  if (!box) return null;
  const href = box.querySelector('a[href*="store_code="]')?.getAttribute('href');
  const storeUrl = href ? new URL(href, pageUrl) : null;
  return {
    name: textOrNull(box.querySelector(SEL.storeName)),
    storeId: storeUrl?.searchParams.get('store_code') ?? null,
    storeUrl: storeUrl?.href ?? null,
  };
}

export function markupSellerContact(doc: Document): TraderContact | null {
  const box = doc.querySelector(SEL.sellerInfo);
  return box ? traderContactIn(box) : null;
}

export function sellerText(doc: Document): string {
  return [SEL.store, SEL.sellerInfo].map((s) => textOf(doc.querySelector(s))).join('\n');
}

/** The "product safety" block: manufacturer and EU responsible person, each under its heading. */
export function markupSafety(doc: Document): SafetyRead | null {
  const box = doc.querySelector(SEL.safety);
  return box ? safetyIn(box) : null;
}

export function markupSpecs(doc: Document): Spec[] | null {
  const items = Array.from(doc.querySelectorAll(SEL.specItem));
  return items.length > 0 ? specsFromDom(items, '.key', '.val') : null;
}

export function descriptionRoot(doc: Document): Element | null {
  return doc.querySelector(SEL.description);
}

export function safetyRoot(doc: Document): Element | null {
  return doc.querySelector(SEL.safety);
}

/** The product's JSON-LD (`<script type="application/ld+json" id="goodsDetailSchema">`). */
export interface ProductSchema {
  title: string | null;
  price: Price | null;
  brand: string | null;
  model: string | null;
  gtin: string[];
}

export function productSchema(doc: Document): ProductSchema | null {
  const schema = jsonScriptById(doc, 'goodsDetailSchema');
  if (!schema || typeof schema !== 'object') return null;
  const amount = pickNumber(schema, 'offers.price');
  const currency = pickString(schema, 'offers.priceCurrency');
  const gtin = pickString(schema, 'gtin13') ?? pickString(schema, 'gtin');
  return {
    title: pickString(schema, 'name'),
    price: amount !== null && currency ? { amount, currency } : null,
    brand: pickString(schema, 'brand.name'),
    model: pickString(schema, 'mpn'),
    gtin: gtin ? [gtin] : [],
  };
}
