import { emptyExtraction, type Extraction } from '../facts';
import type { Listing, PageType } from '../model';
import labels from '../terms/labels-aliexpress.json';
import { findSection, readDescription, readSafetySection, readTrader, setListing, setSpecs, shownPrice } from './heading-sections';
import { anyLanguage } from './labelled-fields';
import { specsFromDom, specsFromJson } from './specs';
import { absoluteUrl, first, labelledValue, pageLanguage, textOf, textOrNull } from './dom';
import { pick, pickNumber, pickString, jsonAfter, scriptContaining } from './embedded-json';
import { hostIn } from './hosts';
import { imageUrls } from './images';
import type { Adapter, AdapterInput } from './types';

const SITES = ['aliexpress.com', 'aliexpress.us'] as const;
/** The sites plus the image and static-file CDNs. */
const DOMAINS = [...SITES, 'aliexpress-media.com', 'alicdn.com'] as const;

const ITEM_PATH = /^\/(?:item|i)\/(?:[^/]+\/)?(\d{6,})\.html$/;
const STORE_PATH = /^\/store\/(?:[^/]+\/)*(\d{4,})(?:\.html)?\/?$/;
const SEARCH_PATH = /^\/(?:w\/wholesale-|wholesale|category\/|af\/)/;

/** CSS hooks of the current product page (data-pl attributes are AliExpress's own test hooks). */
const SELECTORS = {
  title: ['h1[data-pl="product-title"]', '.product-title-text', '[class*="title--wrap"] h1'],
  price: ['[data-pl="product-price"] [class*="price--current"]', '.product-price-current', '.product-price-value'],
  breadcrumb: ['[data-pl="breadcrumb"]', '[class*="cross-link--breadcrumb"]', 'nav.breadcrumb'],
  specRows: '[data-pl="product-specs"] li, .specification--prop',
  storeBox: ['[data-pl="store-info"]', '.store-detail--wrap', '.store-info'],
  storeName: ['[data-pl="store-name"]', '.store-detail--storeName', '.shop-name'],
  trader: ['[data-pl="trader-info"]', '#trader-information', '.store-detail--traderInfo'],
  safety: ['[data-pl="product-safety"]', '#product-safety', '.product-safety'],
  description: ['#product-description', '[data-pl="product-description"]', '.detail-desc-decorate-richtext', '.product-description'],
  gallery: '[class*="slider--item"] img, [class*="magnifier--image"], .images-view-item img',
} as const;

/** Gallery and description images at full size ("….jpg_80x80.jpg" is a thumbnail of "….jpg"). */
function listingImages(doc: Document, description: Element | null, base: URL): string[] {
  const images = [...doc.querySelectorAll(SELECTORS.gallery), ...(description?.querySelectorAll('img') ?? [])];
  return imageUrls(images, base, (url) => url.href.replace(/(\.(?:jpe?g|png|webp))_\d+x\d+[^/]*$/i, '$1'));
}

/** The item page's state: `window.runParams = { data: {...} }` (the key is unquoted, so JSON starts after it). */
function runParamsData(doc: Document): unknown {
  const script = scriptContaining(doc, 'window.runParams');
  if (!script) return undefined;
  const rest = script.slice(script.indexOf('window.runParams'));
  const key = rest.search(/["']?data["']?\s*:/);
  return key < 0 ? undefined : jsonAfter(rest.slice(key), ':');
}

/** The first value found under any of `paths` (current component names first, then the older module names). */
function pickFirst(data: unknown, paths: readonly string[]): unknown {
  for (const path of paths) {
    const value = pick(data, path);
    if (value !== undefined && value !== null) return value;
  }
  return undefined;
}

function listingIdOf(url: URL): string | null {
  if (!hostIn(url, SITES)) return null;
  return ITEM_PATH.exec(url.pathname)?.[1] ?? null;
}

function pageTypeOf(url: URL): PageType {
  if (listingIdOf(url)) return 'product';
  if (STORE_PATH.test(url.pathname)) return 'seller';
  if (SEARCH_PATH.test(url.pathname)) return 'search';
  return 'other';
}

function readListing(doc: Document, url: URL, data: unknown, extraction: Extraction): void {
  const listing: Listing = {
    id: listingIdOf(url) ?? pickString(data, 'productInfoComponent.idStr') ?? pickString(data, 'actionModule.productId'),
    title:
      pickString(data, 'productInfoComponent.subject') ??
      pickString(data, 'titleModule.subject') ??
      textOrNull(first(doc, SELECTORS.title)) ??
      textOrNull(doc.querySelector('main h1, h1')),
    price: jsonPrice(data) ?? shownPrice(doc, SELECTORS.price),
    category: jsonCategory(data) ?? domCategory(doc) ?? [],
  };
  setListing(extraction, listing);
}

function jsonPrice(data: unknown): Listing['price'] {
  const money = pickFirst(data, [
    'priceComponent.discountPrice.minActivityAmount',
    'priceComponent.origPrice.minAmount',
    'priceModule.minActivityAmount',
    'priceModule.minAmount',
  ]);
  const amount = pickNumber(money, 'value');
  const currency = pickString(money, 'currency');
  return amount !== null && currency ? { amount, currency } : null;
}

/** Breadcrumb categories; the entries without a category id are "Home" and the like. */
function jsonCategory(data: unknown): string[] | null {
  const path = pickFirst(data, ['breadcrumbComponent.pathList', 'crossLinkModule.breadCrumbPathList']);
  if (!Array.isArray(path)) return null;
  const names = (path as unknown[])
    .filter((entry) => (pickNumber(entry, 'cateId') ?? 0) > 0)
    .map((entry) => pickString(entry, 'name'))
    .filter((name): name is string => name !== null);
  return names.length > 0 ? names : null;
}

function domCategory(doc: Document): string[] | null {
  const crumbs = first(doc, SELECTORS.breadcrumb);
  if (!crumbs) return null;
  const names = Array.from(crumbs.querySelectorAll('a'))
    .filter((a) => new URL(a.getAttribute('href') ?? '/', 'https://x.invalid/').pathname !== '/')
    .map((a) => textOf(a))
    .filter((name) => name !== '');
  return names.length > 0 ? names : null;
}

function readSpecs(doc: Document, data: unknown, extraction: Extraction): void {
  setSpecs(
    extraction,
    specsFromJson(pickFirst(data, ['productPropComponent.props', 'specsModule.props']), 'attrName', 'attrValue') ??
      nonEmpty(specsFromDom(doc.querySelectorAll(SELECTORS.specRows), '[class*="title"]', '[class*="desc"]')),
  );
}

function nonEmpty<T>(list: T[]): T[] | null {
  return list.length > 0 ? list : null;
}

/** Store name, number and page: from the page state, else from the store box. */
function readStore(doc: Document, url: URL, data: unknown, extraction: Extraction): void {
  const seller = pickFirst(data, ['sellerComponent', 'storeModule']);
  const box = first(doc, SELECTORS.storeBox);
  const storeLink = box?.querySelector('a[href*="/store/"]')?.getAttribute('href') ?? null;
  const storeUrl = absoluteUrl(pickString(seller, 'storeURL') ?? storeLink, url);
  const trader = extraction.trader;
  trader.name =
    pickString(seller, 'storeName') ??
    textOrNull(box ? first(box, SELECTORS.storeName) : null) ??
    (box ? labelledValue(box, anyLanguage(labels.partyName)) : null);
  trader.storeId =
    pickString(seller, 'storeNum') ??
    (box ? labelledValue(box, anyLanguage(labels.storeNumber)) : null) ??
    storeIdOf(storeUrl) ??
    (pageTypeOf(url) === 'seller' ? storeIdOf(url.href) : null);
  trader.storeUrl = storeUrl ?? (pageTypeOf(url) === 'seller' ? url.href : null);
}

function storeIdOf(href: string | null): string | null {
  if (!href) return null;
  try {
    return STORE_PATH.exec(new URL(href).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

function extract({ doc, url }: AdapterInput): Extraction {
  const extraction = emptyExtraction();
  extraction.language = pageLanguage(doc);
  const data = runParamsData(doc);
  readStore(doc, url, data, extraction);
  readTrader(findSection(doc, SELECTORS.trader, anyLanguage(labels.traderSection)), extraction, url);
  if (pageTypeOf(url) !== 'product') return extraction;

  readListing(doc, url, data, extraction);
  readSpecs(doc, data, extraction);
  readDescription(first(doc, SELECTORS.description), extraction, url);
  extraction.images = listingImages(doc, first(doc, SELECTORS.description), url);
  readSafetySection(findSection(doc, SELECTORS.safety, anyLanguage(labels.safetySection)), extraction, url);
  return extraction;
}

export const aliexpressAdapter: Adapter = {
  platform: 'aliexpress',
  ownDomains: DOMAINS,
  matchesUrl: (url) => hostIn(url, SITES),
  pageType: ({ url }) => pageTypeOf(url),
  listingIdOf,
  extract,
};

