/**
 * Readers for the sections Chinese cross-border marketplaces render in much the same way:
 * a trader-identity block, a product-safety block with manufacturer / EU responsible person /
 * warnings, and a spec list, each found by its selectors or else by its heading. Used by the
 * AliExpress and the Temu adapter; both read the AliExpress label file's shared entries.
 */
import { emptyParty, SECTION_FIELDS, type Extraction } from '../facts';
import type { Listing, Price } from '../model';
import labels from '../terms/labels-aliexpress.json';
import { labelsFor } from '../terms/labels';
import { countryOfName } from '../validate/country';
import { blockText, first, labelledValue, linksIn, metaContent, textOrNull } from './dom';
import { anyLanguage, anyLanguageSet, headingParent, partyIn, traderRowsIn, warningsIn } from './labelled-fields';
import { parsePrice } from './price';
import { identifiersFrom, specsText, type Spec } from './specs';

const NAME_LABELS = anyLanguage(labels.partyName);
const STORE_NAME_LABELS = anyLanguage(labels.storeName);
const COUNTRY_LABELS = anyLanguage(labels.country);
const IDENTIFIER_LABELS = {
  brand: anyLanguageSet(labels.brand),
  model: anyLanguageSet(labels.model),
  gtin: anyLanguageSet(labels.gtin),
};
const MANUFACTURER_HEADINGS = labelsFor('manufacturer');
const EU_RESPONSIBLE_HEADINGS = labelsFor('euResponsiblePerson');
const WARNING_HEADINGS = labelsFor('warnings');

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, summary, dt, strong';

/** The element a heading with one of `headings` as its whole text introduces (its parent). */
function headingSection(root: ParentNode, headings: readonly string[]): Element | null {
  return headingParent(root, headings, HEADING_SELECTOR);
}

/** A section by its known selectors first, then by its heading in any language. */
export function findSection(
  root: ParentNode,
  selectors: readonly string[],
  headings: readonly string[],
): Element | null {
  return first(root, selectors) ?? headingSection(root, headings);
}

/** Marks every field of a section unreadable. */
function markUnreadable(extraction: Extraction, section: keyof typeof SECTION_FIELDS): void {
  extraction.unreadable.push(...SECTION_FIELDS[section]);
}


/** Sets the listing; a title, price or category it lacks is unreadable (both sites always show them). */
export function setListing(extraction: Extraction, listing: Listing): void {
  if (!listing.title) extraction.unreadable.push('listing.title');
  if (!listing.price) extraction.unreadable.push('listing.price');
  if (listing.category.length === 0) extraction.unreadable.push('listing.category');
  extraction.listing = listing;
  extraction.texts.title = listing.title ?? '';
}

/** The price shown at `selectors`, else the OpenGraph product price. */
export function shownPrice(doc: Document, selectors: readonly string[]): Price | null {
  return (
    parsePrice(textOrNull(first(doc, selectors))) ??
    parsePrice(metaContent(doc, 'product:price:amount'), metaContent(doc, 'product:price:currency'))
  );
}

/** Brand, model and GTINs and the spec text from the spec rows; no spec list at all: identifiers unreadable. */
export function setSpecs(extraction: Extraction, specs: readonly Spec[] | null): void {
  if (!specs) {
    markUnreadable(extraction, 'identifiers');
    return;
  }
  extraction.safety.identifiers = identifiersFrom(specs, IDENTIFIER_LABELS);
  extraction.texts.specs = specsText(specs);
}

/**
 * Fills manufacturer, EU responsible person and warnings from the product-safety section.
 * A section that is there but lacks a block means the page does not show that party (null);
 * no section at all means the layout was not recognised (unreadable).
 */
export function readSafetySection(section: Element | null, extraction: Extraction, base: URL): void {
  if (!section) {
    markUnreadable(extraction, 'manufacturer');
    markUnreadable(extraction, 'euResponsiblePerson');
    markUnreadable(extraction, 'warnings');
    return;
  }
  const manufacturer = headingSection(section, MANUFACTURER_HEADINGS);
  const responsible = headingSection(section, EU_RESPONSIBLE_HEADINGS);
  const warnings = headingSection(section, WARNING_HEADINGS);
  extraction.safety.manufacturer = manufacturer ? partyIn(manufacturer, NAME_LABELS) : emptyParty();
  extraction.safety.euResponsiblePerson = responsible ? partyIn(responsible, NAME_LABELS) : emptyParty();
  extraction.safety.warnings = warnings ? warningsIn(warnings) : [];
  extraction.texts.safety = blockText(section);
  extraction.links.push(...linksIn(section, 'safety', base));
}

/**
 * Fills the trader's identity from its section, or marks it unreadable when the section is not
 * found (the store name, read elsewhere, stays readable).
 */
export function readTrader(section: Element | null, extraction: Extraction, base: URL): void {
  if (!section) {
    const named = extraction.trader.name !== null;
    extraction.unreadable.push(...SECTION_FIELDS.trader.filter((field) => !(named && field === 'trader.name')));
    return;
  }
  const trader = extraction.trader;
  const rows = traderRowsIn(section);
  Object.assign(trader, rows, {
    name: trader.name ?? labelledValue(section, STORE_NAME_LABELS),
    country: countryOfName(labelledValue(section, COUNTRY_LABELS)) ?? rows.country,
    // Both marketplaces admit business sellers only, so a recognised trader section means a trader.
    status: 'trader',
  });
  extraction.texts.seller = blockText(section);
  extraction.links.push(...linksIn(section, 'seller', base));
}

/** The listing's description as rendered in the document: its text and links. */
export function readDescription(root: (Node & ParentNode) | null, extraction: Extraction, base: URL): void {
  if (!root) {
    markUnreadable(extraction, 'description');
    return;
  }
  extraction.texts.description = blockText(root);
  extraction.links.push(...linksIn(root, 'description', base));
}
