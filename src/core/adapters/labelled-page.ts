/**
 * A marketplace page whose seller and product-safety details are shown as labelled sections
 * (bol.com, Etsy): a layout description (selectors, labels) in, facts out. Shared by the bol and
 * Etsy adapters; the site files only say where things are.
 */
import { emptyExtraction, emptyParty, SECTION_FIELDS, type Extraction, type FieldPath, type RawLink } from '../facts';
import type { Party, Price, Trader, TraderStatus } from '../model';
import { termMatcher, type TermList } from '../text/terms';
import { blockText, first, linksIn, pageLanguage, textOf, textOrNull } from './dom';
import { anyLanguage, partyIn, traderRowsIn, warningsIn, type SiteLabels } from './labelled-fields';
import { parsePrice } from './price';
import { specsBySibling, specsText } from './specs';
import { readStructuredData, type StructuredProduct } from './structured-data';
import type { AdapterInput } from './types';

/** A site's label data (src/core/terms/labels-<site>.json). */
export interface PageLabels {
  fields: SiteLabels;
  partyName: TermList;
  status: { private: TermList; trader: TermList };
}

export interface StoreRef {
  id: string | null;
  url: string;
}

/** Where a site puts things; each list holds CSS selectors tried in order. */
export interface LabelledLayout {
  labels: PageLabels;
  title: readonly string[];
  /** The price as shown, read when the structured data has none; its currency must be shown too. */
  price?: readonly string[];
  breadcrumb: readonly string[];
  description: readonly string[];
  specs: readonly string[];
  /** The link to the seller's store page (its text is the store name). */
  storeLink: readonly string[];
  /** The seller's legal details (DSA Art. 30): legal name, address, contact, register, status. */
  sellerDetails: readonly string[];
  /** The product-safety section (GPSR Art. 19) and the blocks inside it. */
  safety: readonly string[];
  manufacturer: readonly string[];
  responsiblePerson: readonly string[];
  warnings: readonly string[];
  /** The store id and canonical address from a store link, or null when it is not one. */
  storeOf(href: URL): StoreRef | null;
  /** Whether the structured data's brand is the product's brand (on Etsy it is the shop name). */
  structuredBrandIsProductBrand: boolean;
}

const TRADER_DETAIL_FIELDS = SECTION_FIELDS.trader.filter((path) => path !== 'trader.name');

export function readLabelledPage({ doc, url }: AdapterInput, layout: LabelledLayout, listingId: string | null): Extraction {
  const extraction = emptyExtraction();
  const unreadable: FieldPath[] = [];
  const data = readStructuredData(doc);
  const product = data.products[0] ?? null;

  const crumbs = Array.from(doc.querySelectorAll(layout.breadcrumb.join(', ')))
    .map((el) => textOf(el))
    .filter(Boolean);
  extraction.language = pageLanguage(doc);
  const price = product?.offers.find((offer) => offer.price)?.price ?? shownPrice(doc, layout);
  const category = data.breadcrumbs.length > 0 ? data.breadcrumbs : crumbs.length > 0 ? crumbs : (product?.category ?? []);
  extraction.listing = { id: listingId, title: product?.name ?? textOrNull(first(doc, layout.title)), price, category };
  if (!price) unreadable.push('listing.price');
  if (category.length === 0) unreadable.push('listing.category');

  // Trader: the store link gives the shown name and id; the legal section gives the rest.
  const seller = readStore(doc, url, layout, product);
  const details = first(doc, layout.sellerDetails);
  const traderDetails = details ? readTraderDetails(details, layout.labels) : null;
  extraction.trader = { ...extraction.trader, ...traderDetails, name: seller.name, storeId: seller.store?.id ?? null, storeUrl: seller.store?.url ?? null };
  if (!seller.name) unreadable.push('trader.name');
  if (!traderDetails || showsNothing(traderDetails)) unreadable.push(...TRADER_DETAIL_FIELDS);

  // Product safety: a block missing inside a found section is "not shown", not "unreadable".
  const safety = first(doc, layout.safety);
  extraction.safety = {
    manufacturer: partyOf(safety && first(safety, layout.manufacturer), layout.labels),
    euResponsiblePerson: partyOf(safety && first(safety, layout.responsiblePerson), layout.labels),
    warnings: warningsOf(safety && first(safety, layout.warnings)),
    identifiers: {
      brand: layout.structuredBrandIsProductBrand ? (product?.brand ?? null) : null,
      model: product?.model ?? product?.mpn ?? null,
      gtin: product?.gtin ?? [],
    },
  };
  if (!safety) unreadable.push(...SECTION_FIELDS.manufacturer, ...SECTION_FIELDS.euResponsiblePerson, ...SECTION_FIELDS.warnings);

  const description = first(doc, layout.description);
  const specs = first(doc, layout.specs);
  extraction.links = [...linksIn(description, 'description', url), ...seller.links];
  if (!description) unreadable.push(...SECTION_FIELDS.description);
  extraction.texts = {
    title: extraction.listing.title ?? '',
    description: blockText(description),
    specs: specs ? specLines(specs) : '',
    seller: blockText(details),
    safety: blockText(safety),
  };
  extraction.unreadable = unreadable;
  return extraction;
}

/** A party block inside the safety section; a block the section lacks shows no party. */
function partyOf(block: Element | null, labels: PageLabels): Party {
  return block ? partyIn(block, anyLanguage(labels.partyName), labels.fields) : emptyParty();
}

function warningsOf(block: Element | null): string[] {
  return block ? warningsIn(block) : [];
}

function storeRef(link: Element, base: URL, layout: LabelledLayout): StoreRef | null {
  try {
    return layout.storeOf(new URL(link.getAttribute('href') ?? '', base));
  } catch {
    return null;
  }
}

/** The price text of the layout's price element; null unless it names its currency. */
function shownPrice(doc: Document, layout: LabelledLayout): Price | null {
  return layout.price ? parsePrice(textOrNull(first(doc, layout.price))) : null;
}

interface StoreRead {
  name: string | null;
  store: StoreRef | null;
  links: RawLink[];
}

/**
 * The shop as the page names it: its store link, else the structured data's seller (or brand, where
 * the site puts the shop there), then any link of the page to that shop's store page.
 */
function readStore(doc: Document, base: URL, layout: LabelledLayout, product: StructuredProduct | null): StoreRead {
  const link = first(doc, layout.storeLink) ?? null;
  const declared =
    product?.offers.find((offer) => offer.seller?.name)?.seller?.name ??
    (layout.structuredBrandIsProductBrand ? null : (product?.brand ?? null));
  const name = textOrNull(link) ?? declared;
  const found = link ?? (name ? linkToStore(doc, base, layout, name) : null);
  const store = found ? storeRef(found, base, layout) : null;
  const links: RawLink[] = found && store ? [{ href: storeHref(found, base), text: textOf(found), source: 'seller' }] : [];
  return { name, store, links };
}

function linkToStore(doc: Document, base: URL, layout: LabelledLayout, name: string): Element | null {
  const wanted = name.toLowerCase();
  return Array.from(doc.querySelectorAll('a[href]')).find((a) => storeRef(a, base, layout)?.id?.toLowerCase() === wanted) ?? null;
}

function storeHref(link: Element, base: URL): string {
  return new URL(link.getAttribute('href') ?? '', base).href;
}

/**
 * Whether a seller-details section gave nothing at all: no field and no status. Its content is then
 * not on the page (behind a captcha, or loaded later): unreadable, never "not shown".
 */
function showsNothing(details: TraderDetails): boolean {
  const { status, ...fields } = details;
  return status === 'unknown' && Object.values(fields).every((value) => value === null);
}

type TraderDetails = Omit<Trader, 'name' | 'storeId' | 'storeUrl'>;

export function readTraderDetails(section: Element, labels: PageLabels): TraderDetails {
  return { ...traderRowsIn(section, labels.fields), status: statusOf(blockText(section), labels) };
}

function statusOf(text: string, labels: PageLabels): TraderStatus {
  if (termMatcher(labels.status.private)(text).length > 0) return 'private';
  if (termMatcher(labels.status.trader)(text).length > 0) return 'trader';
  return 'unknown';
}

/** Specifications as "name: value" lines, from <dt>/<dd> pairs, table rows, else list items. */
function specLines(root: Element): string {
  const specs = specsBySibling(root, 'dt, th');
  if (specs.length > 0) return specsText(specs);
  return Array.from(root.querySelectorAll('li'))
    .map((item) => textOf(item))
    .filter(Boolean)
    .join('\n');
}
