/**
 * The schema.org data a page declares about itself: JSON-LD (single objects, arrays, @graph,
 * @id references), microdata (itemscope/itemprop) and OpenGraph product tags, read into one shape.
 * Bounded in size and depth: a hostile page cannot make it recurse or allocate without limit.
 */
import { emptyTrader } from '../facts';
import type { Price, Trader } from '../model';
import { cleanOrNull } from '../text/normalize';
import { countryAtEnd, countryOfName } from '../validate/country';
import { metaContent } from './dom';

/** A party the page declares (seller, manufacturer, shop operator): a trader's identity fields and its site. */
export type StructuredParty = Pick<
  Trader,
  'name' | 'legalName' | 'address' | 'country' | 'email' | 'phone' | 'vatNumber' | 'registrationNumber'
> & { url: string | null };

export interface StructuredOffer {
  price: Price | null;
  seller: StructuredParty | null;
}

export type StructuredSource = 'json-ld' | 'microdata' | 'opengraph';

export interface StructuredProduct {
  source: StructuredSource;
  name: string | null;
  description: string | null;
  sku: string | null;
  mpn: string | null;
  model: string | null;
  brand: string | null;
  /** Digits only, each 8, 12, 13 or 14 long, without duplicates. */
  gtin: string[];
  category: string[];
  offers: StructuredOffer[];
  manufacturer: StructuredParty | null;
}

export interface StructuredData {
  /** JSON-LD first, then microdata, then OpenGraph. */
  products: StructuredProduct[];
  /** Organisations the page declares at top level (the shop operator, typically); not the ones nested in a product. */
  organizations: StructuredParty[];
  /** Names of the page's BreadcrumbList, home link left out. */
  breadcrumbs: string[];
}

type JsonObject = Record<string, unknown>;

const MAX_BLOCK_CHARS = 2_000_000;
const MAX_NODES = 10_000;
const MAX_DEPTH = 24;
const MAX_MICRODATA_ITEMS = 200;

const PRODUCT_TYPES = new Set(['Product', 'IndividualProduct', 'ProductModel', 'ProductGroup', 'SomeProducts']);
const ORGANIZATION_TYPES = new Set(['Organization', 'Corporation', 'OnlineStore', 'OnlineBusiness', 'LocalBusiness', 'Store']);
const PAGE_TYPES = new Set(['WebPage', 'ItemPage', 'ProductPage']);
const OG_PRODUCT_TYPES = new Set(['product', 'og:product', 'product.item', 'product.group']);
// schema.org has no dedicated trade-register property: sites put it in `identifier` with a propertyID.
const REGISTER_ID = /regist|kvk|handelsregister|hrb|hra|rcs|siren|siret|krs|kbo|bce|company\s*number/i;

export function readStructuredData(doc: Document): StructuredData {
  const jsonLd = jsonLdTopNodes(doc);
  const resolve = referenceResolver(jsonLd.all);
  const microdata = microdataTopItems(doc);
  const products: StructuredProduct[] = [];
  const organizations: StructuredParty[] = [];
  let breadcrumbs: string[] = [];
  const visit = (nodes: JsonObject[], source: StructuredSource) => {
    for (const node of nodes) {
      if (hasType(node, PRODUCT_TYPES)) products.push(readProduct(node, source, resolve));
      else if (isOrganization(node)) organizations.push(readParty(node, resolve));
      else if (hasType(node, new Set(['BreadcrumbList'])) && breadcrumbs.length === 0) breadcrumbs = readBreadcrumbs(node, resolve);
    }
  };
  visit(jsonLd.top, 'json-ld');
  visit(microdata, 'microdata');
  const og = openGraphProduct(doc);
  if (og) products.push(og);
  return { products, organizations, breadcrumbs };
}

// ---------------------------------------------------------------- JSON-LD

function jsonLdBlocks(doc: Document): unknown[] {
  const blocks: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script[type]'))) {
    if (!/^\s*application\/ld\+json\s*(;|$)/i.test(script.getAttribute('type') ?? '')) continue;
    const text = script.textContent ?? '';
    if (text.length > MAX_BLOCK_CHARS) continue;
    // Some CMSs wrap the block in an HTML comment or CDATA section.
    const body = text.trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)/, '').replace(/(?:-->|\/\/\s*\]\]>)$/, '');
    try {
      blocks.push(JSON.parse(body));
    } catch {
      // A malformed block says nothing; its neighbours still count.
    }
  }
  return blocks;
}

/**
 * Top-level nodes (block roots, array members, @graph members, a page's mainEntity) and every
 * object in the blocks (for @id references). Products inside lists (category pages) are not top level.
 */
function jsonLdTopNodes(doc: Document): { top: JsonObject[]; all: JsonObject[] } {
  const top: JsonObject[] = [];
  const all: JsonObject[] = [];
  const collectAll = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH || all.length >= MAX_NODES) return;
    if (Array.isArray(value)) for (const item of value) collectAll(item, depth + 1);
    else if (isObject(value)) {
      all.push(value);
      for (const child of Object.values(value)) if (typeof child === 'object') collectAll(child, depth + 1);
    }
  };
  const collectTop = (value: unknown, depth: number) => {
    if (depth > MAX_DEPTH || top.length >= MAX_NODES) return;
    if (Array.isArray(value)) for (const item of value) collectTop(item, depth + 1);
    else if (isObject(value)) {
      top.push(value);
      if ('@graph' in value) collectTop(value['@graph'], depth + 1);
      if (hasType(value, PAGE_TYPES) && 'mainEntity' in value) collectTop(value.mainEntity, depth + 1);
    }
  };
  for (const block of jsonLdBlocks(doc)) {
    collectAll(block, 0);
    collectTop(block, 0);
  }
  return { top, all };
}

type Resolve = (value: unknown) => unknown;

/** Replaces a bare {"@id": "..."} by the node of that id, where the page defines one. */
function referenceResolver(nodes: readonly JsonObject[]): Resolve {
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  return (value) => {
    if (isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1) {
      return byId.get(value['@id']) ?? value;
    }
    return value;
  };
}

// -------------------------------------------------------------- microdata

/** Microdata items that are not properties of another item, as JSON-LD-shaped objects. */
function microdataTopItems(doc: Document): JsonObject[] {
  return Array.from(doc.querySelectorAll('[itemscope]:not([itemprop])'))
    .slice(0, MAX_MICRODATA_ITEMS)
    .map((el) => microdataItem(el, 0));
}

function microdataItem(scope: Element, depth: number): JsonObject {
  const types = (scope.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean);
  const item: JsonObject = { '@type': types };
  if (depth > MAX_DEPTH) return item;
  for (const prop of Array.from(scope.querySelectorAll('[itemprop]'))) {
    if (owningScope(prop) !== scope) continue;
    const value = prop.hasAttribute('itemscope') ? microdataItem(prop, depth + 1) : microdataValue(prop);
    for (const name of (prop.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean)) {
      const previous = item[name];
      item[name] = previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
  }
  return item;
}

function owningScope(prop: Element): Element | null {
  let parent = prop.parentElement;
  while (parent && !parent.hasAttribute('itemscope')) parent = parent.parentElement;
  return parent;
}

/** A property's value by the microdata rules: the attribute that carries it, else the text. */
function microdataValue(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const attribute =
    tag === 'meta'
      ? 'content'
      : ['a', 'area', 'link'].includes(tag)
        ? 'href'
        : ['img', 'audio', 'video', 'source', 'iframe', 'embed', 'track'].includes(tag)
          ? 'src'
          : tag === 'time'
            ? 'datetime'
            : ['data', 'meter'].includes(tag)
              ? 'value'
              : tag === 'object'
                ? 'data'
                : 'content';
  return el.getAttribute(attribute) ?? el.textContent ?? '';
}

// -------------------------------------------------------------- OpenGraph

function openGraphProduct(doc: Document): StructuredProduct | null {
  const type = metaContent(doc, 'og:type');
  if (!type || !OG_PRODUCT_TYPES.has(type.toLowerCase())) return null;
  const meta = (...keys: string[]) => keys.map((key) => metaContent(doc, key)).find((v) => v !== null) ?? null;
  const amount = parseAmount(meta('product:price:amount', 'og:price:amount'));
  const currency = meta('product:price:currency', 'og:price:currency');
  return {
    source: 'opengraph',
    name: meta('og:title'),
    description: meta('og:description'),
    sku: meta('product:retailer_item_id', 'product:sku'),
    mpn: meta('product:mfr_part_no'),
    model: null,
    brand: meta('product:brand', 'og:brand'),
    gtin: gtins([meta('product:gtin'), meta('product:ean'), meta('product:upc'), meta('product:isbn')]),
    category: splitCategory(meta('product:category')),
    offers: amount !== null && currency ? [{ price: { amount, currency: currency.toUpperCase() }, seller: null }] : [],
    manufacturer: null,
  };
}

// ---------------------------------------------------------------- readers

function readProduct(node: JsonObject, source: StructuredSource, resolve: Resolve): StructuredProduct {
  const model = resolve(first(node.model));
  return {
    source,
    name: text(node.name),
    description: text(node.description),
    sku: text(node.sku) ?? text(node.productID),
    mpn: text(node.mpn),
    model: isObject(model) ? text(model.name) : text(model),
    brand: nameOf(node.brand, resolve),
    gtin: gtins(['gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14', 'isbn'].flatMap((key) => list(node[key]).map(text))),
    category: list(node.category).flatMap((c) => splitCategory(isObject(c) ? text(c.name) : text(c))),
    offers: readOffers(node.offers ?? node.offerDetails, resolve),
    manufacturer: partyOrName(node.manufacturer, resolve),
  };
}

function readOffers(value: unknown, resolve: Resolve): StructuredOffer[] {
  const offers: StructuredOffer[] = [];
  for (const raw of list(value)) {
    const offer = resolve(raw);
    if (!isObject(offer)) continue;
    // An AggregateOffer may hold its offers, or only a price range.
    if ('offers' in offer && !('price' in offer)) {
      offers.push(...readOffers(offer.offers, resolve));
      if ('lowPrice' in offer) offers.push({ price: priceOf(offer, 'lowPrice', resolve), seller: partyOrName(offer.seller, resolve) });
      continue;
    }
    offers.push({ price: priceOf(offer, 'price', resolve) ?? priceOf(offer, 'lowPrice', resolve), seller: partyOrName(offer.seller, resolve) });
  }
  return offers;
}

function priceOf(offer: JsonObject, key: string, resolve: Resolve): Price | null {
  const spec = resolve(first(offer.priceSpecification));
  const amount = parseAmount(text(offer[key])) ?? (isObject(spec) ? parseAmount(text(spec.price)) : null);
  const currency = text(offer.priceCurrency) ?? text(offer.currency) ?? (isObject(spec) ? text(spec.priceCurrency) : null);
  return amount !== null && currency ? { amount, currency: currency.toUpperCase() } : null;
}

function partyOrName(value: unknown, resolve: Resolve): StructuredParty | null {
  const node = resolve(first(value));
  if (isObject(node)) return readParty(node, resolve);
  const name = text(node);
  return name ? { ...emptyStructuredParty(), name } : null;
}

function readParty(node: JsonObject, resolve: Resolve): StructuredParty {
  const address = resolve(first(node.address));
  const line = isObject(address) ? addressLine(address) : text(address);
  const countryValue = isObject(address) ? resolve(first(address.addressCountry)) : null;
  const country = isObject(countryValue) ? text(countryValue.name) : text(countryValue);
  return {
    name: text(node.name) ?? text(node.legalName),
    legalName: text(node.legalName),
    address: line,
    country: countryOfName(country) ?? countryAtEnd(line),
    email: text(node.email)?.replace(/^mailto:/i, '') ?? null,
    phone: text(node.telephone),
    vatNumber: text(node.vatID),
    registrationNumber: registerIdentifier(node.identifier, resolve),
    url: text(node.url),
  };
}

function registerIdentifier(value: unknown, resolve: Resolve): string | null {
  for (const raw of list(value)) {
    const id = resolve(raw);
    if (isObject(id) && REGISTER_ID.test(text(id.propertyID) ?? text(id.name) ?? '')) return text(id.value);
  }
  return null;
}

function addressLine(address: JsonObject): string | null {
  const country = first(address.addressCountry);
  const town = [text(address.postalCode), text(address.addressLocality)].filter(Boolean).join(' ');
  const parts = [
    text(address.streetAddress),
    town,
    text(address.addressRegion),
    isObject(country) ? text(country.name) : text(country),
  ];
  return cleanOrNull(parts.filter(Boolean).join(', '));
}

function readBreadcrumbs(node: JsonObject, resolve: Resolve): string[] {
  const items = list(node.itemListElement)
    .map(resolve)
    .filter(isObject)
    .map((item, index) => ({ item, position: Number(text(item.position) ?? index) }))
    .sort((a, b) => a.position - b.position);
  const names: string[] = [];
  for (const { item } of items) {
    const target = resolve(first(item.item));
    const url = isObject(target) ? (text(target['@id']) ?? text(target.url)) : text(target);
    if (url && isHomeUrl(url)) continue;
    const name = text(item.name) ?? (isObject(target) ? text(target.name) : null);
    if (name) names.push(name);
  }
  return names;
}

function isHomeUrl(url: string): boolean {
  try {
    return new URL(url, 'https://example.invalid/').pathname.replace(/^\/[a-z]{2}(?:[-_/][a-z]{2})?\/?$/i, '/') === '/';
  } catch {
    return false;
  }
}

// ----------------------------------------------------------------- values

/** "12,99", "1.299,00", "1,299.00", "24.00" → number. */
export function parseAmount(value: string | null): number | null {
  const raw = value?.replace(/[^\d.,-]/g, '');
  if (!raw || !/\d/.test(raw)) return null;
  const lastComma = raw.lastIndexOf(',');
  const lastDot = raw.lastIndexOf('.');
  const decimal = lastComma > lastDot && raw.length - lastComma <= 3 ? ',' : '.';
  const normalised = decimal === ',' ? raw.replace(/\./g, '').replace(',', '.') : raw.replace(/,/g, '');
  const amount = Number(normalised);
  return Number.isFinite(amount) ? amount : null;
}

function gtins(values: readonly (string | null)[]): string[] {
  const found = values
    .map((v) => v?.replace(/[\s-]/g, '') ?? '')
    .filter((v) => /^\d+$/.test(v) && [8, 12, 13, 14].includes(v.length));
  return [...new Set(found)];
}

function splitCategory(value: string | null): string[] {
  if (!value) return [];
  return value
    .split(/\s+[>/<|]\s+/)
    .map((part) => part.trim())
    .filter(Boolean);
}

function nameOf(value: unknown, resolve: Resolve): string | null {
  const node = resolve(first(value));
  return isObject(node) ? text(node.name) : text(node);
}

function text(value: unknown): string | null {
  const single = first(value);
  if (typeof single === 'string') return cleanOrNull(single);
  if (typeof single === 'number' && Number.isFinite(single)) return String(single);
  if (isObject(single) && '@value' in single) return text(single['@value']);
  return null;
}

function first(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value;
}

function list(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  return list(node['@type'])
    .filter((t): t is string => typeof t === 'string')
    // data-vocabulary.org (Google's vocabulary before schema.org) names the same types; old pages use it.
    .map((t) => t.replace(/^(?:https?:\/\/schema\.org\/|schema:|https?:\/\/data-vocabulary\.org\/)/i, ''));
}

function hasType(node: JsonObject, types: ReadonlySet<string>): boolean {
  return typesOf(node).some((t) => types.has(t));
}

function isOrganization(node: JsonObject): boolean {
  return typesOf(node).some((t) => ORGANIZATION_TYPES.has(t) || t.endsWith('Store'));
}

function emptyStructuredParty(): StructuredParty {
  const { status: _status, storeId: _storeId, storeUrl: _storeUrl, ...identity } = emptyTrader();
  return { ...identity, url: null };
}
