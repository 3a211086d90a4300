/**
 * Allegro's offer page is built from "opbox" boxes: each `<div data-box-name data-box-id
 * data-prototype-id="allegro.showoffer.*">` has its props serialised in
 * `<script type="application/json" data-serialize-box-id="<box id>">`. The boxes are told apart by
 * their content: `offer` (header: id, name, price, category path, seller), `sellerInfo` (the trader's
 * declared data), `productSafety` (GPSR block), `groups` (the "Parametry" table), `images` (the gallery).
 */
import type { Price, TraderStatus } from '../../model';
import { resolveUrl } from '../dom';
import { pick, pickNumber, pickString } from '../embedded-json';
import { cleanOrNull } from '../../text/normalize';
import type { Spec } from '../specs';
import { partyFromJson, type SafetyRead, type StoreRef, type TraderContact } from '../labelled-blocks';
import { sellerLoginOf, sellerUrl } from './urls';

const MAX_BOX_CHARS = 2_000_000;

/** Every serialised box that parses, in page order; a broken box is skipped, never fatal. */
export function readBoxes(doc: Document): Record<string, unknown>[] {
  const boxes: Record<string, unknown>[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[data-serialize-box-id]'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_BOX_CHARS) continue;
    try {
      const value: unknown = JSON.parse(text);
      if (value && typeof value === 'object' && !Array.isArray(value)) boxes.push(value as Record<string, unknown>);
    } catch {
      // A box that does not parse counts as absent: the markup is read instead.
    }
  }
  return boxes;
}

function boxWith(boxes: readonly Record<string, unknown>[], key: string): Record<string, unknown> | null {
  const box = boxes.find((b) => b[key] && typeof b[key] === 'object');
  return box ? (box[key] as Record<string, unknown>) : null;
}

export interface OfferHeader {
  id: string | null;
  title: string | null;
  price: Price | null;
  category: string[] | null;
  store: StoreRef | null;
}

export function boxOffer(boxes: readonly Record<string, unknown>[], pageUrl: URL): OfferHeader | null {
  const offer = boxWith(boxes, 'offer');
  if (!offer) return null;
  const amount = pickNumber(offer, 'price.amount');
  const currency = pickString(offer, 'price.currency');
  const path = pick(offer, 'category.path');
  const login = pickString(offer, 'seller.login');
  return {
    id: pickString(offer, 'id'),
    title: pickString(offer, 'name'),
    price: amount !== null && currency ? { amount, currency } : null,
    category: Array.isArray(path) ? path.map((c) => pickString(c, 'name')).filter((n): n is string => !!n) : null,
    store: login ? { name: login, storeId: login, storeUrl: sellerUrl(pageUrl, login) } : null,
  };
}

/**
 * The seller's declared data. A private account shows no company: its fields are null, not unknown.
 * The trade register is KRS for companies; sole traders only have REGON.
 */
export function boxSellerContact(boxes: readonly Record<string, unknown>[]): TraderContact | null {
  const seller = boxWith(boxes, 'sellerInfo');
  if (!seller) return null;
  const type = pickString(seller, 'accountType');
  const company = pick(seller, 'company');
  const read = (key: string): string | null => pickString(company, key);
  return {
    legalName: read('name'),
    address: read('address'),
    country: read('countryCode')?.toUpperCase() ?? null,
    email: read('email'),
    phone: read('phone'),
    registrationNumber: read('krs') ?? read('regon'),
    vatNumber: read('taxId'),
    status: type === 'COMPANY' ? 'trader' : type === 'PERSONAL' ? 'private' : 'unknown',
  };
}

export function boxSafety(boxes: readonly Record<string, unknown>[]): SafetyRead | null {
  const safety = boxWith(boxes, 'productSafety');
  if (!safety) return null;
  const manufacturer = partyFromJson(safety.manufacturer);
  const euResponsiblePerson = partyFromJson(safety.responsiblePerson);
  const info = pickString(safety, 'safetyInformation.text');
  const warnings = (info ?? '')
    .split('\n')
    .map((line) => cleanOrNull(line))
    .filter((line): line is string => line !== null);
  const text = [...Object.values(manufacturer), ...Object.values(euResponsiblePerson), ...warnings]
    .filter((t): t is string => !!t)
    .join('\n');
  return { manufacturer, euResponsiblePerson, warnings, text };
}

/** "Parametry": groups of single- and multi-value parameters, as name/value pairs. */
export function boxParameters(boxes: readonly Record<string, unknown>[]): Spec[] | null {
  const box = boxes.find((b) => Array.isArray(b.groups));
  if (!box) return null;
  const pairs: Spec[] = [];
  for (const group of box.groups as unknown[]) {
    for (const param of arrayAt(group, 'singleValueParams')) {
      const name = pickString(param, 'name');
      const value = pickString(param, 'value.name');
      if (name && value) pairs.push({ name, value });
    }
    for (const param of arrayAt(group, 'multiValueParams')) {
      const name = pickString(param, 'name');
      const values = arrayAt(param, 'values')
        .map((v) => pickString(v, 'name'))
        .filter((v): v is string => !!v);
      if (name && values.length > 0) pairs.push({ name, value: values.join(', ') });
    }
  }
  return pairs;
}

/**
 * The gallery's images as the boxes write them: the gallery box's `images: [{ original, thumbnail }]`,
 * else the offer's own `images`; each entry's `original`, else `url`, else `thumbnail` (made full size
 * by the caller). Only a box's top-level `images` count: "similar offers" keep theirs per item.
 */
export function boxGallery(boxes: readonly Record<string, unknown>[]): string[] {
  const gallery = boxes.find((b) => Array.isArray(b.images))?.images ?? boxWith(boxes, 'offer')?.images;
  if (!Array.isArray(gallery)) return [];
  return gallery
    .map((image) => pickString(image, 'original') ?? pickString(image, 'url') ?? pickString(image, 'thumbnail'))
    .filter((address): address is string => !!address);
}

function arrayAt(value: unknown, key: string): unknown[] {
  const found = pick(value, key);
  return Array.isArray(found) ? found : [];
}

/**
 * The boxes of the offer pages as Allegro serves them since 2024, told apart by their keys like the
 * ones above: the product header (`offerId`, `offerName`), the summary (`schema`: price, currency,
 * GTIN, brand), the breadcrumb (`breadcrumbs`) and the seller header (`sellerName`, `sellerListingUrl`).
 */
function boxWithKeys(boxes: readonly Record<string, unknown>[], ...keys: string[]): Record<string, unknown> | null {
  return boxes.find((b) => keys.every((key) => b[key] !== undefined && b[key] !== null)) ?? null;
}

export interface HeaderOffer {
  id: string | null;
  title: string | null;
  price: Price | null;
  brand: string | null;
  gtin: string | null;
}

export function boxHeaderOffer(boxes: readonly Record<string, unknown>[]): HeaderOffer | null {
  const header = boxWithKeys(boxes, 'offerId', 'offerName');
  const schema = boxWithKeys(boxes, 'schema', 'price')?.schema;
  if (!header && !schema) return null;
  const amount = pickNumber(schema, 'price');
  const currency = pickString(schema, 'priceCurrency');
  return {
    id: pickString(header, 'offerId') ?? pickString(schema, 'sku'),
    title: pickString(header, 'offerName') ?? pickString(schema, 'name'),
    price: amount !== null && amount > 0 && currency ? { amount, currency } : null,
    brand: pickString(schema, 'brand') ?? pickString(header, 'brand.name'),
    gtin: pickString(schema, 'gtin'),
  };
}

/** The breadcrumb's departments and categories, without "Allegro" (the home page) and the product itself. */
export function boxBreadcrumbs(boxes: readonly Record<string, unknown>[]): string[] | null {
  const crumbs = boxWithKeys(boxes, 'breadcrumbs')?.breadcrumbs;
  if (!Array.isArray(crumbs)) return null;
  return crumbs
    .filter((crumb) => pickString(crumb, 'type') !== null && !isHomeAddress(pickString(crumb, 'url')))
    .map((crumb) => pickString(crumb, 'name'))
    .filter((name): name is string => name !== null);
}

function isHomeAddress(address: string | null): boolean {
  try {
    return address !== null && new URL(address).pathname === '/';
  } catch {
    return false;
  }
}

export interface SellerHeader {
  store: StoreRef;
  /** "Firma" (a company account) or a private account, as the header says. */
  status: TraderStatus;
}

export function boxSellerHeader(boxes: readonly Record<string, unknown>[], pageUrl: URL): SellerHeader | null {
  const header = boxWithKeys(boxes, 'sellerName', 'sellerListingUrl');
  const name = pickString(header, 'sellerName');
  if (!header || !name) return null;
  const listing = pickString(header, 'sellerListingUrl');
  const target = resolveUrl(listing, pageUrl);
  const login = (target && sellerLoginOf(target)) ?? name;
  const isPrivate = pick(header, 'isPrivateSeller');
  return {
    store: { name, storeId: login, storeUrl: sellerUrl(pageUrl, login) },
    status: isPrivate === true ? 'private' : isPrivate === false ? 'trader' : 'unknown',
  };
}
