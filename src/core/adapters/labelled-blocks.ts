/**
 * The Shein and Allegro pages: seller and product-safety details as "label → value" lists under a
 * heading, read from the embedded state or the markup, assembled into one extraction. No
 * site-specific selector lives here.
 */
import { emptyExtraction, emptyParty, SECTION_FIELDS, type Extraction, type FieldPath } from '../facts';
import type { LinkSource, Party, Price, ProductIdentifiers, Trader, TraderStatus } from '../model';
import terms from '../terms/labels-blocks.json';
import { labelsFor } from '../terms/labels';
import { cleanOrNull } from '../text/normalize';
import { termMatcher, type TermList } from '../text/terms';
import { blockText, labelledValue, linksIn } from './dom';
import { pick } from './embedded-json';
import { anyLanguage, anyLanguageSet, headingParent, partyIn, traderRowsIn, warningsIn, type SiteLabels } from './labelled-fields';
import { specsText, type IdentifierLabels, type Spec } from './specs';

const NAME_LABELS = anyLanguage(terms.partyName);
export const IDENTIFIER_LABELS: IdentifierLabels = {
  brand: anyLanguageSet(terms.brand),
  model: anyLanguageSet(terms.model),
  gtin: anyLanguageSet(terms.gtin),
};
// Wrappers (div, p) count as headings only as leaves: sites wrap each party in its own element.
const HEADING_SELECTOR = 'h2, h3, h4, h5, dt, strong, b, span, p, div';

/** Name, address and email of a party block; an absent block shows nothing (null fields). */
function partyOf(block: Element | null, site: SiteLabels): Party {
  return block ? partyIn(block, [...NAME_LABELS, ...labelsFor('legalName', site.legalName)], site) : emptyParty();
}

/**
 * A product-safety block: the manufacturer and the EU responsible person, each under its own heading,
 * and the warnings under theirs (list items, else paragraphs). A party whose heading is absent is
 * not shown: its fields are null.
 */
export function safetyIn(box: Element, site: SiteLabels = {}): SafetyRead {
  const heading = (field: 'manufacturer' | 'euResponsiblePerson' | 'warnings'): Element | null =>
    headingParent(box, labelsFor(field, site[field]), HEADING_SELECTOR, true);
  const warnings = heading('warnings');
  return {
    manufacturer: partyOf(heading('manufacturer'), site),
    euResponsiblePerson: partyOf(heading('euResponsiblePerson'), site),
    warnings: warnings ? warningsIn(warnings) : [],
    text: blockText(box),
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

/** The trader's identity as a labelled list shows it. */
export function traderContactIn(block: ParentNode, site: SiteLabels = {}): TraderContact {
  return { ...traderRowsIn(block, site), status: statusFromText(labelledValue(block, anyLanguage(terms.sellerType))) };
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
  specs: readonly Spec[];
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
  const unreadable = (...paths: readonly FieldPath[]): void => {
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
    out.texts.description = blockText(reads.description);
  } else {
    unreadable(...SECTION_FIELDS.description);
  }

  out.texts.title = reads.title ?? '';
  out.texts.specs = specsText(reads.specs);
  out.texts.seller = reads.sellerText;
  return out;
}
