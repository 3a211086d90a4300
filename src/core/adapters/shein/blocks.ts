/**
 * Readers for the labelled seller and product-safety blocks that the Shein and Allegro pages share in
 * shape ("label → value" lists under a heading). Kept here, in the Shein adapter's folder, because only
 * the two adapters use them; they hold no site-specific selector.
 */
import { emptyExtraction, emptyParty, SECTION_FIELDS, type Extraction } from '../../facts';
import type { LinkSource, Party, Price, ProductIdentifiers, Trader, TraderStatus } from '../../model';
import { labelsFor, type LabelField } from '../../terms/labels';
import { termMatcher, type TermList } from '../../text/terms';
import { cleanOrNull, foldForMatching } from '../../text/normalize';
import { labelledValue, linksIn, textOf } from '../dom';
import { pick } from '../embedded-json';
import terms from './block-terms.json';

export type LabelList = Partial<Record<string, readonly string[]>>;

/** Every language's entries of a label list, plus a site's own. */
export function anyLanguage(...lists: readonly LabelList[]): string[] {
  return lists.flatMap((list) => Object.values(list).flat()).filter((l): l is string => !!l);
}

export const NAME_LABELS = anyLanguage(terms.partyName);
export const BRAND_LABELS = anyLanguage(terms.brand);
export const MODEL_LABELS = anyLanguage(terms.model);
export const GTIN_LABELS = anyLanguage(terms.gtin);

function foldLabel(text: string): string {
  return foldForMatching(text).replace(/[:：]\s*$/, '').trim();
}

/**
 * The block a heading introduces: the parent of the first leaf element whose whole text is one of
 * `labels`. Sites wrap each party ("Manufacturer", "EU responsible person") in its own element.
 */
export function blockByHeading(root: ParentNode, labels: readonly string[]): Element | null {
  const wanted = new Set(labels.map(foldLabel));
  for (const el of Array.from(root.querySelectorAll('h2, h3, h4, h5, dt, strong, b, span, p, div'))) {
    if (el.children.length === 0 && wanted.has(foldLabel(textOf(el)))) return el.parentElement;
  }
  return null;
}

/** Name, address and email of a party block; an absent block shows nothing (null fields). */
export function partyIn(block: ParentNode | null, site: SiteLabels = {}): Party {
  if (!block) return emptyParty();
  return {
    name: labelledValue(block, [...NAME_LABELS, ...labelsFor('legalName', site.legalName)]),
    address: labelledValue(block, labelsFor('address', site.address)),
    email: labelledValue(block, labelsFor('email', site.email)),
  };
}

/**
 * A product-safety block: the manufacturer and the EU responsible person, each under its own heading,
 * and the warnings under theirs (list items, else paragraphs). A party whose heading is absent is
 * not shown: its fields are null.
 */
export function safetyIn(box: Element, site: SiteLabels = {}): SafetyRead {
  const heading = (field: 'manufacturer' | 'euResponsiblePerson' | 'warnings'): Element | null =>
    blockByHeading(box, labelsFor(field, site[field]));
  const warningsBlock = heading('warnings');
  const items = warningsBlock ? Array.from(warningsBlock.querySelectorAll('li')) : [];
  const lines = items.length > 0 ? items : warningsBlock ? Array.from(warningsBlock.querySelectorAll('p')) : [];
  return {
    manufacturer: partyIn(heading('manufacturer'), site),
    euResponsiblePerson: partyIn(heading('euResponsiblePerson'), site),
    warnings: lines.map(textOf).filter(Boolean),
    text: textOf(box),
  };
}

/** A party from embedded JSON: `{ name, address, email }` with any of them missing. */
export function partyFromJson(value: unknown): Party {
  const read = (key: string): string | null => {
    const found = pick(value, key);
    return typeof found === 'string' ? cleanOrNull(found) : null;
  };
  return { name: read('name'), address: read('address'), email: read('email') };
}

/** The store as the marketplace names and links it. */
export interface StoreRef {
  name: string | null;
  storeId: string | null;
  storeUrl: string | null;
}

/** What a product-safety (GPSR) block says. */
export interface SafetyRead {
  manufacturer: Party;
  euResponsiblePerson: Party;
  warnings: string[];
  /** Everything the block says, for the CE and term checks. */
  text: string;
}

export type TraderContact = Pick<
  Trader,
  'legalName' | 'address' | 'country' | 'email' | 'phone' | 'registrationNumber' | 'vatNumber' | 'status'
>;

/** Extra labels a site uses for a trader field, on top of the shared ones. */
export type SiteLabels = Partial<Record<LabelField, LabelList>>;

/** The trader's identity as a labelled list shows it. */
export function traderContactIn(block: ParentNode, site: SiteLabels = {}): TraderContact {
  const value = (field: LabelField): string | null => labelledValue(block, labelsFor(field, site[field]));
  const address = value('address');
  return {
    legalName: value('legalName'),
    address,
    country: countryFromAddress(address),
    email: value('email'),
    phone: value('phone'),
    registrationNumber: value('registrationNumber'),
    vatNumber: value('vatNumber'),
    status: statusFromText(labelledValue(block, anyLanguage(terms.sellerType))),
  };
}

const COUNTRY_BY_NAME = new Map(
  Object.entries(terms.countries).flatMap(([code, names]) => names.map((name) => [foldForMatching(name), code] as const)),
);

/** ISO code of the country an address ends with ("…, 61-001 Poznań, Polska" gives "PL"). */
export function countryFromAddress(address: string | null): string | null {
  const last = address?.split(/[,\n]/).pop();
  return last ? (COUNTRY_BY_NAME.get(foldForMatching(last)) ?? null) : null;
}

const isBusiness = termMatcher(terms.statusBusiness as TermList);
const isPrivate = termMatcher(terms.statusPrivate as TermList);

/** The self-declared status a "seller type" value states. */
export function statusFromText(text: string | null): TraderStatus {
  if (!text) return 'unknown';
  // "private" first: "Privatverkäufer" must not count as a business because it says "Verkäufer".
  if (isPrivate(text).length > 0) return 'private';
  return isBusiness(text).length > 0 ? 'trader' : 'unknown';
}

const CURRENCY_SIGNS: readonly (readonly [RegExp, string])[] = [
  [/€|\bEUR\b/i, 'EUR'],
  [/zł|\bPLN\b/i, 'PLN'],
  [/Kč|\bCZK\b/i, 'CZK'],
  [/\bFt\b|\bHUF\b/i, 'HUF'],
  [/£|\bGBP\b/i, 'GBP'],
];

/** A price as shown ("24,99 €", "1 299,00 zł", "€24.99"); null when no amount or currency is recognisable. */
export function priceFromText(text: string | null): Price | null {
  if (!text) return null;
  const currency = CURRENCY_SIGNS.find(([sign]) => sign.test(text))?.[1];
  const digits = text.match(/\d[\d\s.,\u00a0\u202f]*/)?.[0];
  if (!currency || !digits) return null;
  const compact = digits.replace(/[\s\u00a0\u202f]/g, '').replace(/[.,]$/, '');
  // The last separator followed by exactly two digits is the decimal one; the others group thousands.
  const decimal = compact.match(/[.,](\d{2})$/);
  const whole = (decimal ? compact.slice(0, -3) : compact).replace(/[.,]/g, '');
  const amount = Number(decimal ? `${whole}.${decimal[1]}` : whole);
  return Number.isFinite(amount) ? { amount, currency } : null;
}

/** Specs as the "name: value" lines checks read. */
export function specLines(pairs: readonly (readonly [string, string])[]): string {
  return pairs.map(([name, value]) => `${name}: ${value}`).join('\n');
}

/** The value of the first spec whose name is one of `labels` (folded comparison). */
export function specValue(pairs: readonly (readonly [string, string])[], labels: readonly string[]): string | null {
  const wanted = new Set(labels.map(foldLabel));
  return pairs.find(([name]) => wanted.has(foldLabel(name)))?.[1] ?? null;
}

/** GTINs listed in a spec value ("4006381333931, 4006381333948"). */
export function gtinsIn(value: string | null): string[] {
  return value ? (value.match(/\b\d{8,14}\b/g) ?? []) : [];
}

/** What an adapter found on a page, each part null when its section was not found. */
export interface PageReads {
  pageUrl: URL;
  language: string | null;
  listingId: string | null;
  title: string | null;
  price: Price | null;
  category: string[] | null;
  store: StoreRef | null;
  contact: TraderContact | null;
  safety: SafetyRead | null;
  specs: readonly (readonly [string, string])[];
  identifiers: ProductIdentifiers;
  /** The seller's own description; its links are the listing's links. */
  description: Element | null;
  /** Other seller-written parts whose links count too (the safety block may link a manufacturer site). */
  linkRoots: readonly (readonly [Element | null, LinkSource])[];
  sellerText: string;
}

const CONTACT_FIELDS = SECTION_FIELDS.trader.filter((path) => path !== 'trader.name');

/** The extraction, with every part that was not found listed in `unreadable` (never guessed as null). */
export function assemble(reads: PageReads): Extraction {
  const out = emptyExtraction();
  const unreadable = (...paths: readonly string[]): void => {
    out.unreadable.push(...paths);
  };
  out.language = reads.language;

  out.listing = { id: reads.listingId, title: reads.title, price: reads.price, category: reads.category ?? [] };
  if (reads.title === null) unreadable('listing.title');
  if (reads.price === null) unreadable('listing.price');
  if (reads.category === null) unreadable('listing.category');

  if (reads.store) Object.assign(out.trader, reads.store);
  else unreadable('trader.name');
  if (reads.contact) Object.assign(out.trader, reads.contact);
  else unreadable(...CONTACT_FIELDS);

  if (reads.safety) {
    const { text, ...safety } = reads.safety;
    Object.assign(out.safety, safety);
    out.texts.safety = text;
  } else {
    unreadable(...SECTION_FIELDS.manufacturer, ...SECTION_FIELDS.euResponsiblePerson, ...SECTION_FIELDS.warnings);
  }
  out.safety.identifiers = reads.identifiers;

  if (reads.description) {
    out.links = [
      ...linksIn(reads.description, 'description', reads.pageUrl),
      ...reads.linkRoots.flatMap(([root, source]) => linksIn(root, source, reads.pageUrl)),
    ];
    out.texts.description = textOf(reads.description);
  } else {
    unreadable(...SECTION_FIELDS.description);
  }

  out.texts.title = reads.title ?? '';
  out.texts.specs = specLines(reads.specs);
  out.texts.seller = reads.sellerText;
  return out;
}
