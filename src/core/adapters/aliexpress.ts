/**
 * AliExpress item, store and credential pages. Each field is read from the most trusted source the
 * page carries: its embedded state (aliexpress/state.ts), then its structured data (JSON-LD), then
 * the markup, whose CSS-module classes are matched by stem (`store-detail--wrap--<hash>`).
 * Client-rendered pages load the seller's legal identity and the compliance modules after the first
 * paint, or only behind the "Seller info" link: what the page does not carry stays unreadable.
 */
import { emptyExtraction, SECTION_FIELDS, type Extraction, type RawLink } from '../facts';
import type { Listing, PageType, Party } from '../model';
import labels from '../terms/labels-aliexpress.json';
import { labelsFor } from '../terms/labels';
import { findSection, readDescription, readSafetySection, readTrader, setListing, setSpecs, shownPrice } from './heading-sections';
import { anyLanguage, anyLanguageSet, partyIn, traderRowsIn } from './labelled-fields';
import { specsFromDom, type Spec } from './specs';
import { absoluteUrl, blockLines, classStem, first, metaContent, pageLanguage, stripLabel, textOf, textOrNull } from './dom';
import { hostIn } from './hosts';
import { imageUrls } from './images';
import { readStructuredData, type StructuredData, type StructuredProduct } from './structured-data';
import type { Adapter, AdapterInput } from './types';
import {
  readState,
  stateCategory,
  stateCompliance,
  stateListingId,
  statePrice,
  stateSpecs,
  stateStore,
  stateTitle,
  type AliState,
  type ComplianceEntry,
} from './aliexpress/state';
import {
  badgedTrader,
  credentialStoreNumber,
  disclosedInMarkup,
  disclosedInState,
  hoverCardCountry,
  inertHtml,
  isStorePath,
  sellerBoxLinks,
  shownStore,
  storeBox,
  storeNumberOf,
  type DisclosedSeller,
  type ShownStore,
} from './aliexpress/seller';

const SITES = ['aliexpress.com', 'aliexpress.us'] as const;
/** The sites plus the image and static-file CDNs. */
const DOMAINS = [...SITES, 'aliexpress-media.com', 'alicdn.com'] as const;

const ITEM_PATH = /^\/(?:item|i)\/(?:[^/]+\/)?(\d{6,})\.html$/;
const CREDENTIAL_PATH = /^\/credential\/showcredential\.htm$/;
const SEARCH_PATH = /^\/(?:w\/wholesale-|wholesale|category\/|af\/)/;

/** CSS hooks of the product page: data-pl attributes are AliExpress's own test hooks, classes go by stem. */
const SELECTORS = {
  title: ['h1[data-pl="product-title"]', '.product-title-text', `${classStem('title--wrap')} h1`],
  price: [
    '[data-pl="product-price"] [class*="price--current"]',
    classStem('price-default--current'),
    '.product-price-current',
    '.product-price-value',
  ],
  breadcrumb: ['[data-pl="breadcrumb"]', classStem('cross-link--breadcrumb'), 'nav.breadcrumb'],
  specProps: classStem('specification--prop'),
  specRows: '[data-pl="product-specs"] li',
  trader: ['[data-pl="trader-info"]', '#trader-information', classStem('store-detail--traderInfo')],
  safety: ['[data-pl="product-safety"]', '#product-safety', '.product-safety'],
  description: ['#product-description', '[data-pl="product-description"]', '.detail-desc-decorate-richtext', '.product-description'],
  gallery: '[class*="slider--item"] img, [class*="magnifier--image"], .images-view-item img',
} as const;

const NAME_LABELS = anyLanguage(labels.partyName);
const MANUFACTURER_TITLES = anyLanguageSet({ any: labelsFor('manufacturer') });
const RESPONSIBLE_TITLES = anyLanguageSet({ any: labelsFor('euResponsiblePerson') });
const WARNING_TITLES = anyLanguageSet({ any: labelsFor('warnings') });
const WARNING_BLOCK_TITLES = anyLanguageSet(labels.warningsBlock);
const HEADINGS = 'h1, h2, h3, h4, h5, h6, strong, b, dt, summary';

/** Gallery and description images at full size ("….jpg_80x80.jpg" is a thumbnail of "….jpg"). */
function listingImages(doc: Document, description: ParentNode | null, base: URL): string[] {
  const images = [...doc.querySelectorAll(SELECTORS.gallery), ...(description?.querySelectorAll('img') ?? [])];
  return imageUrls(images, base, (url) => url.href.replace(/(\.(?:jpe?g|png|webp))_\d+x\d+[^/]*$/i, '$1'));
}

function listingIdOf(url: URL): string | null {
  if (!hostIn(url, SITES)) return null;
  return ITEM_PATH.exec(url.pathname)?.[1] ?? null;
}

function isCredentialPage(url: URL): boolean {
  return CREDENTIAL_PATH.test(url.pathname) && credentialStoreNumber(url.href) !== null;
}

function pageTypeOf(url: URL): PageType {
  if (listingIdOf(url)) return 'product';
  if (isStorePath(url) || isCredentialPage(url)) return 'seller';
  if (SEARCH_PATH.test(url.pathname)) return 'search';
  return 'other';
}

/** "… Gifts for Her - AliExpress 7": the site's suffix on JSON-LD and OpenGraph titles. */
function withoutSiteSuffix(title: string | null): string | null {
  return title?.replace(/\s*[-|]\s*AliExpress(?:\s+\d+)?\s*$/i, '').trim() || null;
}

function readListing(doc: Document, url: URL, state: AliState, structured: StructuredData, extraction: Extraction): void {
  const product = structured.products[0] ?? null;
  const declared = product && product.source !== 'opengraph' ? product : null;
  const listing: Listing = {
    id: listingIdOf(url) ?? stateListingId(state),
    title:
      stateTitle(state) ??
      withoutSiteSuffix(declared?.name ?? null) ??
      textOrNull(first(doc, SELECTORS.title)) ??
      withoutSiteSuffix(metaContent(doc, 'og:title')),
    price: statePrice(state) ?? declared?.offers.find((offer) => offer.price)?.price ?? shownPrice(doc, SELECTORS.price),
    category: stateCategory(state) ?? nonEmpty(structured.breadcrumbs) ?? domCategory(doc) ?? [],
  };
  setListing(extraction, listing);
}

function domCategory(doc: Document): string[] | null {
  const crumbs = first(doc, SELECTORS.breadcrumb);
  if (!crumbs) return null;
  const names = Array.from(crumbs.querySelectorAll('a'))
    .filter((a) => new URL(a.getAttribute('href') ?? '/', 'https://x.invalid/').pathname !== '/')
    .map((a) => textOf(a))
    .filter((name) => name !== '');
  return nonEmpty(names);
}

/** Spec rows: `specification--prop` rows (two share one <li> on current pages), else the list items. */
function domSpecs(doc: Document): Spec[] | null {
  const props = doc.querySelectorAll(SELECTORS.specProps);
  const rows = props.length > 0 ? props : doc.querySelectorAll(SELECTORS.specRows);
  return nonEmpty(specsFromDom(rows, '[class*="title"]', '[class*="desc"]'));
}

function readSpecs(doc: Document, state: AliState, product: StructuredProduct | null, extraction: Extraction): void {
  setSpecs(extraction, stateSpecs(state) ?? domSpecs(doc));
  const brand = product?.source === 'json-ld' || product?.source === 'microdata' ? product.brand : null;
  if (extraction.safety.identifiers.brand === null && brand) {
    extraction.safety.identifiers.brand = brand;
    extraction.unreadable = extraction.unreadable.filter((field) => field !== 'safety.identifiers.brand');
  }
}

function nonEmpty<T>(list: T[]): T[] | null {
  return list.length > 0 ? list : null;
}

/**
 * The seller. Normally the shown store (state's `SHOP_CARD_PC`, else the "Sold by" box). On an
 * aggregation listing the trader is the merchant the supplier disclosure names (its credential
 * store number, its store page); the shell store stays visible as a seller link and in the seller
 * text, and its country is not the merchant's, so the country is then unreadable.
 */
function readSeller(doc: Document, url: URL, state: AliState, extraction: Extraction): void {
  const box = storeBox(doc);
  const listed = stateStore(state);
  const shown = mergeStores(listed && { ...listed, storeUrl: absoluteUrl(listed.storeUrl, url) }, shownStore(doc, box, url));
  const disclosed = disclosedInState(doc, stateCompliance(state), url) ?? disclosedInMarkup(doc, url);
  const aggregated = disclosed !== null && disclosed.storeId !== shown?.storeId;
  const trader = extraction.trader;
  const store = aggregated ? disclosed : shown;
  trader.name = store?.name ?? null;
  trader.storeId = store?.storeId ?? null;
  trader.storeUrl = store?.storeUrl ?? null;
  const country = aggregated ? null : (listed?.country ?? hoverCardCountry(doc, trader.name));
  // Business sellers only: a "(Trader)" badge, or a credential page naming the merchant, says so.
  if (aggregated || badgedTrader(box)) trader.status = 'trader';
  if (pageTypeOf(url) === 'seller') readOwnStore(url, extraction);

  readTrader(traderSection(doc, url), extraction, url);
  trader.country ??= country;
  extraction.unreadable = extraction.unreadable.filter((field) => !isRead(extraction, field));
  extraction.links.push(...uniqueLinks([...sellerBoxLinks(box, url), ...(disclosed?.links ?? [])], extraction.links));
  extraction.texts.seller = sellerText(extraction.texts.seller, box, disclosed, aggregated ? shown : null);
}

/** State first, the markup filling what the state lacks. */
function mergeStores(state: ShownStore | null, markup: ShownStore | null): ShownStore | null {
  if (!state || !markup) return state ?? markup;
  return { name: state.name ?? markup.name, storeId: state.storeId ?? markup.storeId, storeUrl: state.storeUrl ?? markup.storeUrl };
}

/** On a store or credential page, the page itself is the store. */
function readOwnStore(url: URL, extraction: Extraction): void {
  const trader = extraction.trader;
  trader.storeId ??= storeNumberOf(url.href) ?? credentialStoreNumber(url.href);
  trader.storeUrl ??= url.href;
}

/**
 * The trader section: the labelled block of the listing page, or on a credential page its body when
 * it shows labelled identity rows (the page often shows the licence as an image only).
 */
function traderSection(doc: Document, url: URL): Element | null {
  const section = findSection(doc, SELECTORS.trader, anyLanguage(labels.traderSection));
  if (section || !isCredentialPage(url) || !doc.body) return section;
  const rows = traderRowsIn(doc.body);
  return Object.values(rows).some((value) => value !== null) ? doc.body : null;
}

/** Whether the field at a trader contract path holds a value after reading. */
function isRead(extraction: Extraction, field: string): boolean {
  const trader = extraction.trader;
  if (field === 'trader.status') return trader.status !== 'unknown';
  const key = field.startsWith('trader.') ? (field.slice('trader.'.length) as keyof typeof trader) : null;
  return key !== null && key in trader && trader[key] !== null;
}

function uniqueLinks(links: readonly RawLink[], existing: readonly RawLink[]): RawLink[] {
  const seen = new Set(existing.map((link) => link.href));
  return links.filter((link) => !seen.has(link.href) && seen.add(link.href));
}

function sellerText(section: string, box: Element | null, disclosed: DisclosedSeller | null, shell: ShownStore | null): string {
  const shellNote = shell?.name ? `Listed under the store ${shell.name}, which the page says is not the seller.` : '';
  const boxText = section === '' && box ? blockLines(box).join(' ') : '';
  return [section, boxText, disclosed?.text ?? '', shellNote].filter((part) => part !== '').join(' ');
}

/** The description's host element; its content may sit in a (declarative) shadow root. */
function descriptionRoot(doc: Document): (Node & ParentNode) | null {
  const host = first(doc, SELECTORS.description);
  if (!host) return null;
  if (host.shadowRoot) return host.shadowRoot;
  // A saved page keeps the declarative shadow root as a <template>, whose content is inert.
  const template = host.querySelector('template[shadowrootmode]') as HTMLTemplateElement | null;
  return template ? template.content : host;
}

/**
 * Manufacturer, EU responsible person and warnings: the rendered product-safety section, else the
 * state's `COMPLIANCE_PC` entries titled as such, else (warnings only) the headed notice block.
 * A party not found is unreadable: AliExpress loads these blocks late, where it shows them at all.
 */
function readSafety(doc: Document, url: URL, state: AliState, extraction: Extraction): void {
  const section = findSection(doc, SELECTORS.safety, anyLanguage(labels.safetySection));
  if (section) {
    readSafetySection(section, extraction, url);
    return;
  }
  const entries = stateCompliance(state) ?? [];
  const safety = extraction.safety;
  const manufacturer = partyEntry(doc, entries, MANUFACTURER_TITLES);
  const responsible = partyEntry(doc, entries, RESPONSIBLE_TITLES);
  if (manufacturer) safety.manufacturer = manufacturer;
  else extraction.unreadable.push(...SECTION_FIELDS.manufacturer);
  if (responsible) safety.euResponsiblePerson = responsible;
  else extraction.unreadable.push(...SECTION_FIELDS.euResponsiblePerson);
  const warnings = warningEntry(doc, entries) ?? noticeWarnings(doc);
  if (warnings) {
    safety.warnings = warnings;
    extraction.texts.safety = warnings.join(' ');
  } else extraction.unreadable.push(...SECTION_FIELDS.warnings);
}

/** The party of the first entry titled as one of `titles`; null when none is, or its rows are not labelled. */
function partyEntry(doc: Document, entries: readonly ComplianceEntry[], titles: ReadonlySet<string>): Party | null {
  const entry = entries.find((candidate) => titles.has(stripLabel(candidate.title)));
  if (!entry) return null;
  const party = partyIn(inertHtml(doc, entry.content), NAME_LABELS);
  return party.name || party.address || party.email ? party : null;
}

function warningEntry(doc: Document, entries: readonly ComplianceEntry[]): string[] | null {
  const entry = entries.find((candidate) => WARNING_TITLES.has(stripLabel(candidate.title)));
  return entry ? nonEmpty(blockLines(inertHtml(doc, entry.content))) : null;
}

/** A headed notice ("Disclaimer" over "⚠ WARNING: This product can expose you to…"): its lines below the heading. */
function noticeWarnings(doc: Document): string[] | null {
  for (const heading of Array.from(doc.querySelectorAll(HEADINGS))) {
    const title = textOf(heading);
    if (title.length > 40 || !WARNING_BLOCK_TITLES.has(stripLabel(title))) continue;
    const block = blockAround(heading);
    const lines = block ? blockLines(block).filter((line) => line !== title) : [];
    if (lines.length > 0) return lines;
  }
  return null;
}

/** The nearest ancestor (at most four levels up) with more text than the heading itself. */
function blockAround(heading: Element): Element | null {
  const own = textOf(heading).length;
  let node = heading.parentElement;
  for (let level = 0; node && level < 4; level++, node = node.parentElement) {
    if (textOf(node).length > own) return node;
  }
  return null;
}

function extract({ doc, url }: AdapterInput): Extraction {
  const extraction = emptyExtraction();
  extraction.language = pageLanguage(doc);
  const state = readState(doc);
  readSeller(doc, url, state, extraction);
  if (pageTypeOf(url) !== 'product') return extraction;

  const structured = readStructuredData(doc);
  readListing(doc, url, state, structured, extraction);
  readSpecs(doc, state, structured.products[0] ?? null, extraction);
  const description = descriptionRoot(doc);
  readDescription(description, extraction, url);
  extraction.images = listingImages(doc, description, url);
  readSafety(doc, url, state, extraction);
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
