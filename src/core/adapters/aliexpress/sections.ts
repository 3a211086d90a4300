/**
 * Readers for the sections Chinese cross-border marketplaces render in much the same way:
 * a trader-identity block, a product-safety block with manufacturer / EU responsible person /
 * warnings, and a spec list. Used by the AliExpress and the Temu adapter.
 */
import { emptyParty, SECTION_FIELDS, type Extraction } from '../../facts';
import type { Party, Price, ProductIdentifiers, Trader } from '../../model';
import labels from '../../terms/labels-aliexpress.json';
import { labelsFor } from '../../terms/labels';
import { cleanOrNull, cleanText, foldForMatching } from '../../text/normalize';
import { first, labelledValue, linksIn, textOf } from '../dom';

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/**
 * An element's text with block elements kept apart: textContent alone glues minified
 * "<li>Kaltstufe</li><li>CE-zertifiziert</li>" into "KaltstufeCE-zertifiziert", hiding whole words
 * from the term matchers. Iterative, so deeply nested hostile markup cannot overflow the stack.
 */
export function blockText(root: Node | null): string {
  if (!root) return '';
  const parts: string[] = [];
  const stack: (Node | string)[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (typeof item === 'string') {
      parts.push(item);
    } else if (item.nodeType === 3) {
      parts.push(item.textContent ?? '');
    } else if (item.nodeType === 1 || item.nodeType === 9 || item.nodeType === 11) {
      const tag = item.nodeType === 1 ? (item as Element).tagName.toUpperCase() : '';
      if (SKIPPED_TAGS.has(tag)) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) stack.push('\n');
      const children = Array.from(item.childNodes);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
      if (block) stack.push('\n');
    }
  }
  return cleanText(parts.join(''));
}

export type LabelList = Partial<Record<string, readonly string[]>>;

export function allLabels(list: LabelList): string[] {
  return Object.values(list).flat().filter((label): label is string => !!label);
}

const NAME_LABELS = allLabels(labels.partyName);
const STORE_NAME_LABELS = allLabels(labels.storeName);
const COUNTRY_LABELS = allLabels(labels.country);
const BRAND_LABELS = allLabels(labels.brand);
const MODEL_LABELS = allLabels(labels.model);
const GTIN_LABELS = allLabels(labels.gtin);
const MANUFACTURER_HEADINGS = labelsFor('manufacturer');
const EU_RESPONSIBLE_HEADINGS = labelsFor('euResponsiblePerson');
const WARNING_HEADINGS = labelsFor('warnings');

const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role="heading"], legend, summary, dt, strong';

function foldLabel(text: string): string {
  return foldForMatching(text).replace(/[:：]\s*$/, '').trim();
}

/** The element a heading with one of `headings` as its whole text introduces (its parent). */
export function headingSection(root: ParentNode, headings: readonly string[]): Element | null {
  const wanted = new Set(headings.map(foldLabel));
  for (const heading of Array.from(root.querySelectorAll(HEADING_SELECTOR))) {
    const text = textOf(heading);
    if (text.length <= 80 && wanted.has(foldLabel(text))) return heading.parentElement;
  }
  return null;
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
export function markUnreadable(extraction: Extraction, section: keyof typeof SECTION_FIELDS): void {
  extraction.unreadable.push(...SECTION_FIELDS[section]);
}

export const IDENTIFIER_FIELDS = [
  'safety.identifiers.brand',
  'safety.identifiers.model',
  'safety.identifiers.gtin',
] as const;

/** "name, address, e-mail" rows of one party (manufacturer, EU responsible person). */
export function readParty(block: Element): Party {
  return {
    name: labelledValue(block, NAME_LABELS),
    address: labelledValue(block, labelsFor('address')),
    email: labelledValue(block, labelsFor('email')),
  };
}

/** Warning lines of a warnings block: its list items, else its paragraphs. */
function readWarnings(block: Element): string[] {
  const items = Array.from(block.querySelectorAll('li'));
  const lines = (items.length > 0 ? items : Array.from(block.querySelectorAll('p'))).map((el) => textOf(el));
  return lines.filter((line) => line !== '');
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
  extraction.safety.manufacturer = manufacturer ? readParty(manufacturer) : emptyParty();
  extraction.safety.euResponsiblePerson = responsible ? readParty(responsible) : emptyParty();
  extraction.safety.warnings = warnings ? readWarnings(warnings) : [];
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
  readTraderSection(section, extraction.trader);
  extraction.texts.seller = blockText(section);
  extraction.links.push(...linksIn(section, 'seller', base));
}

/** The listing's description as rendered in the document: its text and links. */
export function readDescription(root: Element | null, extraction: Extraction, base: URL): void {
  if (!root) {
    markUnreadable(extraction, 'description');
    return;
  }
  extraction.texts.description = blockText(root);
  extraction.links.push(...linksIn(root, 'description', base));
}

/** Both marketplaces admit business sellers only, so a recognised trader section means a trader. */
function readTraderSection(section: Element, trader: Trader): void {
  trader.name ??= labelledValue(section, STORE_NAME_LABELS);
  trader.legalName = labelledValue(section, labelsFor('legalName'));
  trader.address = labelledValue(section, labelsFor('address'));
  trader.country = countryCode(labelledValue(section, COUNTRY_LABELS)) ?? countryCode(lastPart(trader.address));
  trader.email = labelledValue(section, labelsFor('email'));
  trader.phone = labelledValue(section, labelsFor('phone'));
  trader.registrationNumber = labelledValue(section, labelsFor('registrationNumber'));
  trader.vatNumber = labelledValue(section, labelsFor('vatNumber'));
  trader.status = 'trader';
}

function lastPart(address: string | null): string | null {
  return address ? (address.split(',').pop() ?? null) : null;
}

const COUNTRY_BY_NAME = new Map<string, string>(
  Object.entries(labels.countries).flatMap(([code, names]) => names.map((name) => [foldLabel(name), code] as const)),
);

/** ISO 3166-1 alpha-2 code of a country as written on the page ("China", "Deutschland", "CN"). */
export function countryCode(value: string | null): string | null {
  const text = cleanText(value);
  if (/^[A-Z]{2}$/.test(text)) return text;
  return COUNTRY_BY_NAME.get(foldLabel(text)) ?? null;
}

/** One row of a product's specifications. */
export interface Spec {
  name: string;
  value: string;
}

function specValue(specs: readonly Spec[], names: readonly string[]): string | null {
  const wanted = new Set(names.map(foldLabel));
  return specs.find((spec) => wanted.has(foldLabel(spec.name)))?.value ?? null;
}

export function identifiersFrom(specs: readonly Spec[]): ProductIdentifiers {
  const gtin = specValue(specs, GTIN_LABELS);
  return {
    brand: specValue(specs, BRAND_LABELS),
    model: specValue(specs, MODEL_LABELS),
    gtin: gtin ? (gtin.match(/\b\d{8,14}\b/g) ?? []) : [],
  };
}

export function specsText(specs: readonly Spec[]): string {
  return specs.map((spec) => `${spec.name}: ${spec.value}`).join('\n');
}

/** "name: value" rows from any list of {name-key, value-key} objects in embedded JSON. */
export function specsFromJson(rows: unknown, nameKey: string, valueKey: string): Spec[] | null {
  if (!Array.isArray(rows)) return null;
  const specs: Spec[] = [];
  for (const row of rows as unknown[]) {
    if (row === null || typeof row !== 'object') continue;
    const record = row as Record<string, unknown>;
    const raw = record[valueKey];
    const name = typeof record[nameKey] === 'string' ? cleanText(record[nameKey]) : '';
    const value = cleanText(Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw : '');
    if (name && value) specs.push({ name, value });
  }
  return specs;
}

/** Spec rows in the DOM: each row holds a name element and a value element. */
export function specsFromDom(rows: Iterable<Element>, nameSelector: string, valueSelector: string): Spec[] {
  const specs: Spec[] = [];
  for (const row of rows) {
    const name = textOf(row.querySelector(nameSelector)).replace(/[:：]\s*$/, '');
    const value = textOf(row.querySelector(valueSelector));
    if (name && value) specs.push({ name, value });
  }
  return specs;
}

const CURRENCY_SIGNS: Record<string, string> = { '€': 'EUR', zł: 'PLN', '£': 'GBP', $: 'USD', Kč: 'CZK' };

/** A shown price ("12,99 €", "€12.99", "45,90 zł", "EUR 1.299,00"). */
export function parsePrice(text: string | null, fallbackCurrency: string | null = null): Price | null {
  const clean = cleanOrNull(text);
  if (!clean) return null;
  const number = clean.match(/\d[\d.,\s]*/)?.[0]?.replace(/\s/g, '');
  if (!number) return null;
  const amount = Number(normaliseDecimal(number));
  const code = clean.match(/\b[A-Z]{3}\b/)?.[0];
  const sign = Object.keys(CURRENCY_SIGNS).find((s) => clean.includes(s));
  const currency = code ?? (sign ? CURRENCY_SIGNS[sign] : undefined) ?? fallbackCurrency;
  return Number.isFinite(amount) && currency ? { amount, currency } : null;
}

/** "1.299,00" and "1,299.00" both to "1299.00": the last separator followed by 1–2 digits is the decimal one. */
function normaliseDecimal(number: string): string {
  const trimmed = number.replace(/[.,]$/, '');
  const decimal = trimmed.match(/[.,](\d{1,2})$/);
  const whole = decimal ? trimmed.slice(0, -decimal[0].length) : trimmed;
  return `${whole.replace(/[.,]/g, '')}${decimal ? `.${decimal[1]}` : ''}`;
}

/** Protocol-relative and relative addresses made absolute against the page. */
export function absoluteUrl(raw: string | null, base: URL): string | null {
  if (!raw) return null;
  try {
    return new URL(raw, base).href;
  } catch {
    return null;
  }
}
