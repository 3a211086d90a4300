import { emptyExtraction, type Extraction } from '../facts';
import type { Listing, PageType } from '../model';
import labels from '../terms/labels-temu.json';
import { findSection, readDescription, readSafetySection, readTrader, setListing, setSpecs, shownPrice } from './heading-sections';
import { anyLanguage } from './labelled-fields';
import { specsFromDom, specsFromJson } from './specs';
import { absoluteUrl, first, pageLanguage, textOf, textOrNull } from './dom';
import { imageUrls, imagesIn } from './images';
import { findByKeys, jsonAfter, pick, pickNumber, pickString, scriptContaining } from './embedded-json';
import { hostIn } from './hosts';
import type { Adapter, AdapterInput } from './types';

const SITES = ['temu.com'] as const;
/** The site plus its image CDN. */
const DOMAINS = [...SITES, 'kwcdn.com'] as const;

// Listing and store ("mall") pages: /de/<slug>-g-<goods id>.html and /de/<slug>-m-<mall id>.html.
const LISTING_PATH = /-g-(\d{6,})\.html$/;
const MALL_PATH = /-m-(\d{6,})\.html$/;

/** Temu's class names are generated per build; these hooks are the stable ones. */
const SELECTORS = {
  title: ['h1[data-type="goodsName"]', '#rightContent h1'],
  price: ['[data-type="price"]', '[aria-label^="Preis"], [aria-label^="Price"], [aria-label^="Prix"], [aria-label^="Cena"]'],
  breadcrumb: ['nav[aria-label="breadcrumb"]', '[data-type="breadcrumb"]'],
  specRows: '[data-type="goodsProperty"] li',
  mallBox: ['[data-type="mallInfo"]', '#mallInfo'],
  mallName: ['[data-type="mallName"]', '.mall-name'],
  trader: ['[data-type="sellerInfo"]', '#sellerInfoDialog'],
  safety: ['[data-type="productSafety"]', '#productSafety'],
  description: ['[data-type="goodsDescription"]', '#goodsDescription'],
  gallery: ['#leftContent', '[data-type="goodsGallery"]'],
} as const;

/** `window.rawData.store` (the PDD convention), found by key should it move deeper in the state. */
function rawStore(doc: Document): unknown {
  const script = scriptContaining(doc, 'window.rawData');
  const raw = script ? jsonAfter(script, 'window.rawData') : undefined;
  return pick(raw, 'store') ?? findByKeys([raw], ['store']).get('store');
}

function listingIdOf(url: URL): string | null {
  if (!hostIn(url, SITES)) return null;
  const fromPath = LISTING_PATH.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  const fromQuery = url.pathname.endsWith('/goods.html') ? url.searchParams.get('goods_id') : null;
  return fromQuery && /^\d{6,}$/.test(fromQuery) ? fromQuery : null;
}

function mallIdOf(href: string | null, base: URL): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    if (url.pathname.endsWith('/mall.html')) return url.searchParams.get('mall_id');
    return MALL_PATH.exec(url.pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}

function pageTypeOf(url: URL): PageType {
  if (listingIdOf(url)) return 'product';
  if (mallIdOf(url.href, url)) return 'seller';
  if (url.pathname.endsWith('/search_result.html')) return 'search';
  return 'other';
}

function readListing(doc: Document, url: URL, store: unknown, extraction: Extraction): void {
  const listing: Listing = {
    id: listingIdOf(url) ?? pickString(store, 'goods.goodsId'),
    title: pickString(store, 'goods.goodsName') ?? textOrNull(first(doc, SELECTORS.title)) ?? textOrNull(doc.querySelector('h1')),
    price: jsonPrice(store) ?? shownPrice(doc, SELECTORS.price),
    category: jsonCategory(store) ?? domCategory(doc) ?? [],
  };
  setListing(extraction, listing);
}

/** Prices in the page state are in minor units of the shop's currency. */
function jsonPrice(store: unknown): Listing['price'] {
  const minor = pickNumber(store, 'goods.minOnSalePrice');
  const currency = pickString(store, 'localInfo.currency');
  return minor !== null && currency ? { amount: minor / 100, currency } : null;
}

function jsonCategory(store: unknown): string[] | null {
  const crumbs = pick(store, 'crumbOptList');
  if (!Array.isArray(crumbs)) return null;
  const names = (crumbs as unknown[]).map((crumb) => pickString(crumb, 'optName')).filter((n): n is string => n !== null);
  return names.length > 0 ? names : null;
}

function domCategory(doc: Document): string[] | null {
  const crumbs = first(doc, SELECTORS.breadcrumb);
  if (!crumbs) return null;
  // The first crumb is the home page, the last one the listing itself.
  const names = Array.from(crumbs.querySelectorAll('a')).slice(1).map((a) => textOf(a)).filter((n) => n !== '');
  return names.length > 0 ? names : null;
}

function readSpecs(doc: Document, store: unknown, extraction: Extraction): void {
  const fromJson = specsFromJson(pick(store, 'goodsProperty') ?? pick(store, 'goods.goodsProperty'), 'key', 'values');
  const fromDom = specsFromDom(doc.querySelectorAll(SELECTORS.specRows), '[data-type="key"]', '[data-type="value"]');
  setSpecs(extraction, fromJson ?? (fromDom.length > 0 ? fromDom : null));
}

function readMall(doc: Document, url: URL, store: unknown, extraction: Extraction): void {
  const box = first(doc, SELECTORS.mallBox);
  const link = box?.querySelector('a[href*="-m-"], a[href*="mall.html"]')?.getAttribute('href') ?? null;
  const storeUrl = absoluteUrl(pickString(store, 'mall.linkUrl') ?? link, url);
  const trader = extraction.trader;
  trader.name = pickString(store, 'mall.mallName') ?? textOrNull(box ? first(box, SELECTORS.mallName) : null);
  trader.storeId = pickString(store, 'mall.mallId') ?? mallIdOf(storeUrl, url);
  trader.storeUrl = storeUrl;
  if (pageTypeOf(url) === 'seller') {
    trader.storeId ??= mallIdOf(url.href, url);
    trader.storeUrl ??= url.href;
  }
}

/** The description as rendered; the page state holds its text but never its links. */
function readGoodsDescription(doc: Document, url: URL, store: unknown, extraction: Extraction): void {
  const root = findSection(doc, SELECTORS.description, anyLanguage(labels.descriptionSection));
  readDescription(root, extraction, url);
  if (root) return;
  const text = stateDescription(store);
  if (text) {
    extraction.texts.description = text;
    extraction.unreadable = extraction.unreadable.filter((field) => field !== 'texts.description');
  }
}

/** Gallery and description images at full size: the CDN resizes on a query ("?imageView2/2/w/800/…"). */
function listingImages(doc: Document, base: URL): string[] {
  const roots = [first(doc, SELECTORS.gallery), findSection(doc, SELECTORS.description, anyLanguage(labels.descriptionSection))];
  return imageUrls(imagesIn(roots), base, (url) => `${url.origin}${url.pathname}`);
}

function stateDescription(store: unknown): string {
  const floors = pick(store, 'productDetail.floorList');
  if (!Array.isArray(floors)) return '';
  return (floors as unknown[])
    .flatMap((floor) => {
      const items = pick(floor, 'items');
      return Array.isArray(items) ? (items as unknown[]) : [];
    })
    .map((item) => pickString(item, 'text'))
    .filter((text): text is string => text !== null)
    .join('\n');
}

function extract({ doc, url }: AdapterInput): Extraction {
  const extraction = emptyExtraction();
  extraction.language = pageLanguage(doc);
  const store = rawStore(doc);
  readMall(doc, url, store, extraction);
  readTrader(findSection(doc, SELECTORS.trader, anyLanguage(labels.traderSection)), extraction, url);
  if (pageTypeOf(url) !== 'product') return extraction;

  readListing(doc, url, store, extraction);
  readSpecs(doc, store, extraction);
  readGoodsDescription(doc, url, store, extraction);
  extraction.images = listingImages(doc, url);
  readSafetySection(findSection(doc, SELECTORS.safety, anyLanguage(labels.safetySection)), extraction, url);
  return extraction;
}

export const temuAdapter: Adapter = {
  platform: 'temu',
  ownDomains: DOMAINS,
  matchesUrl: (url) => hostIn(url, SITES),
  pageType: ({ url }) => pageTypeOf(url),
  listingIdOf,
  extract,
};
