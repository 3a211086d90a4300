/**
 * A marketplace page whose seller and product-safety details are shown as labelled sections
 * (bol.com, Etsy): a layout description (selectors, labels) in, facts out. Shared by the bol and
 * Etsy adapters; the site files only say where things are.
 */
import { emptyExtraction, emptyParty, SECTION_FIELDS, type Extraction } from '../../facts';
import type { Party, Trader, TraderStatus } from '../../model';
import { labelsFor, type LabelField } from '../../terms/labels';
import { cleanOrNull, cleanText } from '../../text/normalize';
import { termMatcher, type TermList } from '../../text/terms';
import { first, labelledValue, linksIn, pageLanguage, textOf, textOrNull } from '../dom';
import { countryCode, readStructuredData } from '../structured-data';
import type { AdapterInput } from '../types';

/** A site's label data (src/core/terms/labels-<site>.json). */
export interface SiteLabels {
  fields: Partial<Record<LabelField, TermList>>;
  partyName: TermList;
  status: { private: TermList; trader: TermList };
}

export interface StoreRef {
  id: string | null;
  url: string;
}

/** Where a site puts things; each list holds CSS selectors tried in order. */
export interface LabelledLayout {
  labels: SiteLabels;
  title: readonly string[];
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
  const unreadable: string[] = [];
  const data = readStructuredData(doc);
  const product = data.products[0] ?? null;

  const crumbs = Array.from(doc.querySelectorAll(layout.breadcrumb.join(', ')))
    .map((el) => textOf(el))
    .filter(Boolean);
  extraction.language = pageLanguage(doc);
  extraction.listing = {
    id: listingId,
    title: product?.name ?? textOrNull(first(doc, layout.title)),
    price: product?.offers.find((offer) => offer.price)?.price ?? null,
    category: data.breadcrumbs.length > 0 ? data.breadcrumbs : crumbs.length > 0 ? crumbs : (product?.category ?? []),
  };

  // Trader: the store link gives the shown name and id; the legal section gives the rest.
  const storeLink = first(doc, layout.storeLink);
  const store = storeLink ? storeRef(storeLink, url, layout) : null;
  const name = textOrNull(storeLink) ?? product?.offers.find((offer) => offer.seller?.name)?.seller?.name ?? null;
  const details = first(doc, layout.sellerDetails);
  extraction.trader = {
    ...extraction.trader,
    ...(details ? readTraderDetails(details, layout.labels) : {}),
    name,
    storeId: store?.id ?? null,
    storeUrl: store?.url ?? null,
  };
  if (!name) unreadable.push('trader.name');
  if (!details) unreadable.push(...TRADER_DETAIL_FIELDS);

  // Product safety: a block missing inside a found section is "not shown", not "unreadable".
  const safety = first(doc, layout.safety);
  extraction.safety = {
    manufacturer: safety ? readParty(first(safety, layout.manufacturer), layout.labels) : emptyParty(),
    euResponsiblePerson: safety ? readParty(first(safety, layout.responsiblePerson), layout.labels) : emptyParty(),
    warnings: safety ? readWarnings(first(safety, layout.warnings)) : [],
    identifiers: {
      brand: layout.structuredBrandIsProductBrand ? (product?.brand ?? null) : null,
      model: product?.model ?? product?.mpn ?? null,
      gtin: product?.gtin ?? [],
    },
  };
  if (!safety) unreadable.push(...SECTION_FIELDS.manufacturer, ...SECTION_FIELDS.euResponsiblePerson, ...SECTION_FIELDS.warnings);

  const description = first(doc, layout.description);
  const specs = first(doc, layout.specs);
  extraction.links = linksIn(description, 'description', url);
  if (!description) unreadable.push(...SECTION_FIELDS.description);
  extraction.texts = {
    title: extraction.listing.title ?? '',
    description: spacedText(description),
    specs: specs ? specLines(specs) : '',
    seller: spacedText(details),
    safety: spacedText(safety),
  };
  extraction.unreadable = unreadable;
  return extraction;
}

function storeRef(link: Element, base: URL, layout: LabelledLayout): StoreRef | null {
  try {
    return layout.storeOf(new URL(link.getAttribute('href') ?? '', base));
  } catch {
    return null;
  }
}

type TraderDetails = Omit<Trader, 'name' | 'storeId' | 'storeUrl'>;

export function readTraderDetails(section: Element, labels: SiteLabels): TraderDetails {
  const value = (field: LabelField) => labelledValue(section, labelsFor(field, labels.fields[field]));
  const address = value('address');
  return {
    legalName: value('legalName'),
    address,
    country: countryCode(address?.split(',').pop() ?? null),
    email: value('email'),
    phone: value('phone'),
    registrationNumber: value('registrationNumber'),
    vatNumber: value('vatNumber'),
    status: statusOf(spacedText(section), labels),
  };
}

function statusOf(text: string, labels: SiteLabels): TraderStatus {
  if (termMatcher(labels.status.private)(text).length > 0) return 'private';
  if (termMatcher(labels.status.trader)(text).length > 0) return 'trader';
  return 'unknown';
}

export function readParty(block: Element | null, labels: SiteLabels): Party {
  if (!block) return emptyParty();
  return {
    name: labelledValue(block, Object.values(labels.partyName).flat().filter((l): l is string => !!l)),
    address: labelledValue(block, labelsFor('address', labels.fields.address)),
    email: labelledValue(block, labelsFor('email', labels.fields.email)),
  };
}

/** Warnings as shown: one per list item, else one per paragraph. */
export function readWarnings(block: Element | null): string[] {
  if (!block) return [];
  const items = Array.from(block.querySelectorAll('li'));
  const parts = items.length > 0 ? items : Array.from(block.querySelectorAll('p'));
  return parts.map((el) => textOf(el)).filter(Boolean);
}

/**
 * Text with a space between elements: textContent runs "<h2>Seller</h2><p>Business seller</p>"
 * together into "SellerBusiness seller", which hides words from the whole-word term matcher.
 */
export function spacedText(node: Node | null): string {
  if (!node) return '';
  const parts: string[] = [];
  // An explicit stack, not recursion: a hostile page may nest elements thousands deep.
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop();
    if (!current) continue;
    if (current.nodeType === 3) parts.push(current.textContent ?? '');
    else if (current.nodeType === 1 || current === node) {
      parts.push(' ');
      stack.push(...Array.from(current.childNodes).reverse());
    }
  }
  return cleanText(parts.join(' '));
}

/** Specifications as "name: value" lines, from <dt>/<dd> pairs, table rows or list items. */
export function specLines(root: Element): string {
  const lines: string[] = [];
  for (const term of Array.from(root.querySelectorAll('dt, th'))) {
    const value = cleanOrNull(term.nextElementSibling?.textContent);
    if (value) lines.push(`${textOf(term)}: ${value}`);
  }
  if (lines.length === 0) {
    for (const item of Array.from(root.querySelectorAll('li'))) lines.push(textOf(item));
  }
  return lines.filter(Boolean).join('\n');
}
