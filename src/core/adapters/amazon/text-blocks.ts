/**
 * Readers for the shapes Amazon and eBay share: address blocks written one line per element,
 * sections introduced by a heading, "label → value" spec rows and European price strings.
 * (Used by the eBay adapter too; candidates for dom.ts once another adapter needs them.)
 */
import { emptyParty, SECTION_FIELDS, type Extraction } from '../../facts';
import type { Party, Price, ProductIdentifiers } from '../../model';
import { labelsFor } from '../../terms/labels';
import { cleanOrNull, cleanText, foldForMatching } from '../../text/normalize';
import { textOf } from '../dom';
import { hostIn } from '../hosts';

const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'NAV',
  'OL',
  'P',
  'SECTION',
  'TABLE',
  'TBODY',
  'TD',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

const END_OF_BLOCK = Symbol('end of block');

/**
 * The lines a reader sees: block elements and <br> break lines (textContent alone would glue them).
 * Walks with its own stack: seller-written HTML may nest deeper than the call stack allows.
 */
export function textLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = cleanText(current);
    if (line) lines.push(line);
    current = '';
  };
  const pending: (Node | typeof END_OF_BLOCK)[] = Array.from(root.childNodes).reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) current += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      pending.push(END_OF_BLOCK);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Node);
  }
  flush();
  return lines;
}

/** A label as compared: folded, trailing colon dropped ("Hersteller ‏:‎" reads "hersteller"). */
export function labelKey(text: string): string {
  return foldForMatching(text)
    .replace(/\s*[:：]\s*$/, '')
    .trim();
}

export function labelSet(labels: readonly string[]): ReadonlySet<string> {
  return new Set(labels.map(labelKey));
}

/**
 * Sections introduced by a heading ("Herstellerinformationen", "Verantwortliche Person in der EU"...):
 * for each key, the lines of the elements following the first heading that carries one of its labels.
 * A key whose heading is absent is missing from the result.
 */
export function headedBlocks<K extends string>(
  root: ParentNode,
  headingSelector: string,
  labels: Record<K, ReadonlySet<string>>,
): Partial<Record<K, string[]>> {
  const keys = Object.keys(labels) as K[];
  const found: Partial<Record<K, string[]>> = {};
  for (const heading of Array.from(root.querySelectorAll(headingSelector))) {
    const label = labelKey(textOf(heading));
    const key = keys.find((k) => labels[k].has(label));
    if (!key || found[key]) continue;
    const lines: string[] = [];
    for (let sibling = heading.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      lines.push(...textLines(sibling));
    }
    found[key] = lines;
  }
  return found;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const PHONE_LABEL = /^(?:tel|tel\.|tél|phone|telefon|telephone|telefono|telefoon|telefonnummer|fax)\b/;

function emailIn(text: string): string | null {
  return EMAIL.exec(text)?.[0] ?? null;
}

/** A party written as lines: name first, then address lines; an e-mail anywhere; phone lines are not address. */
export function partyFromLines(lines: readonly string[]): Party {
  const [name, ...rest] = lines;
  if (!name) return emptyParty();
  const addressLines = rest.filter((line) => !EMAIL.test(line) && !PHONE_LABEL.test(foldForMatching(line)));
  return {
    name,
    address: cleanOrNull(addressLines.join(', ')),
    email: rest.map(emailIn).find((email) => email !== null) ?? null,
  };
}

/** "name: value" lines of a spec table or list, for term checks. */
export function specLines(root: ParentNode | null, labelSelector: string): string[] {
  if (!root) return [];
  const lines: string[] = [];
  for (const label of Array.from(root.querySelectorAll(labelSelector))) {
    const name = textOf(label).replace(/\s*[:：]\s*$/, '');
    const value = textOf(label.nextElementSibling);
    if (name && value) lines.push(`${name}: ${value}`);
  }
  return lines;
}

/** The value after the first label of `labels` in `rows` (label → value pairs as read by specLines). */
export function specValue(rows: readonly string[], labels: ReadonlySet<string>): string | null {
  for (const row of rows) {
    const colon = row.indexOf(': ');
    if (colon > 0 && labels.has(labelKey(row.slice(0, colon)))) return cleanOrNull(row.slice(colon + 2));
  }
  return null;
}

const GTIN = /^\d{8}(?:\d{4,6})?$/;

export function identifiersFrom(
  rows: readonly string[],
  labels: { brand: ReadonlySet<string>; model: ReadonlySet<string>; gtin: ReadonlySet<string> },
): ProductIdentifiers {
  const gtins = (specValue(rows, labels.gtin) ?? '').split(/[\s,;/]+/).filter((code) => GTIN.test(code));
  return { brand: specValue(rows, labels.brand), model: specValue(rows, labels.model), gtin: [...new Set(gtins)] };
}

const CURRENCY_CODE = /\b(EUR|GBP|PLN|SEK|USD|CHF|CZK|DKK)\b/;
const CURRENCY_SIGNS: readonly (readonly [RegExp, string])[] = [
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/zł/i, 'PLN'],
  [/\bkr\b/i, 'SEK'],
  [/\$/, 'USD'],
];
const AMOUNT = /\d[\d.,\s\u00a0\u202f]*/;

/**
 * "24,99 €", "EUR 1.299,00", "£12.99" → amount and currency. A separator followed by one or two
 * digits is the decimal mark; any other is a thousands separator. `fallbackCurrency` is the site's.
 */
export function parsePrice(text: string | null, fallbackCurrency: string): Price | null {
  if (!text) return null;
  const raw = AMOUNT.exec(text)?.[0];
  if (!raw) return null;
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '').replace(/[.,]+$/, '');
  const lastSeparator = Math.max(compact.lastIndexOf(','), compact.lastIndexOf('.'));
  const decimals = lastSeparator < 0 ? 0 : compact.length - lastSeparator - 1;
  const normalized =
    decimals === 1 || decimals === 2
      ? `${compact.slice(0, lastSeparator).replace(/[.,]/g, '')}.${compact.slice(lastSeparator + 1)}`
      : compact.replace(/[.,]/g, '');
  const amount = Number(normalized);
  if (!Number.isFinite(amount)) return null;
  const currency =
    CURRENCY_CODE.exec(text)?.[1] ?? CURRENCY_SIGNS.find(([sign]) => sign.test(text))?.[1] ?? fallbackCurrency;
  return { amount, currency };
}

/** Labels per language, as kept in the site label files. */
export type LanguageLabels = Partial<Record<string, readonly string[]>>;

/** Every language's labels of a site field, folded for comparison. */
export function siteLabels(...lists: readonly LanguageLabels[]): ReadonlySet<string> {
  return labelSet(
    lists.flatMap((list) =>
      Object.values(list)
        .flat()
        .filter((l): l is string => !!l),
    ),
  );
}

/** The currency a site sells in, for prices shown without one: `byDomain` lists the non-euro sites. */
export function siteCurrency(url: URL, byDomain: Readonly<Record<string, string>>): string {
  return Object.entries(byDomain).find(([domain]) => hostIn(url, [domain]))?.[1] ?? 'EUR';
}

/** Trader fields that come from the legal-details block rather than the shop name. */
export const IDENTITY_FIELDS = SECTION_FIELDS.trader.filter((path) => path !== 'trader.name');

type SafetyPart = 'manufacturer' | 'euResponsiblePerson' | 'warnings';
export type SafetyHeadings = Record<SafetyPart, ReadonlySet<string>>;

/** Headings of the product-safety parts: the shared labels plus the site's own. */
export function safetyHeadings(site: Record<SafetyPart, LanguageLabels>): SafetyHeadings {
  return {
    manufacturer: labelSet(labelsFor('manufacturer', site.manufacturer)),
    euResponsiblePerson: labelSet(labelsFor('euResponsiblePerson', site.euResponsiblePerson)),
    warnings: labelSet(labelsFor('warnings', site.warnings)),
  };
}

export interface SafetyRead {
  facts: Omit<Extraction['safety'], 'identifiers'>;
  unreadable: string[];
  text: string;
}

/**
 * A product-safety section: manufacturer, EU responsible person and warnings, each under its heading.
 * No section: all three unreadable. A part without its heading: shown as absent (null, no warnings),
 * except that `manufacturerName` (e.g. from the details table) still names the manufacturer.
 */
export function readSafetySection(
  root: Element | null,
  headingSelector: string,
  headings: SafetyHeadings,
  manufacturerName: string | null = null,
): SafetyRead {
  if (!root) {
    return {
      facts: { manufacturer: emptyParty(), euResponsiblePerson: emptyParty(), warnings: [] },
      unreadable: [...SECTION_FIELDS.manufacturer, ...SECTION_FIELDS.euResponsiblePerson, ...SECTION_FIELDS.warnings],
      text: '',
    };
  }
  const blocks = headedBlocks(root, headingSelector, headings);
  return {
    facts: {
      manufacturer: blocks.manufacturer
        ? partyFromLines(blocks.manufacturer)
        : { ...emptyParty(), name: manufacturerName },
      euResponsiblePerson: partyFromLines(blocks.euResponsiblePerson ?? []),
      warnings: blocks.warnings ?? [],
    },
    unreadable: [],
    text: textLines(root).join('\n'),
  };
}

/** An href resolved against the page, or null when it is missing or malformed. */
export function resolveUrl(href: string | null | undefined, base: URL): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}
