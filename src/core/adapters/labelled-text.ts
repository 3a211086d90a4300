/**
 * Reads the trader and product-safety blocks of any page as a person does: by their words, not their
 * markup. The page becomes lines (block elements and known labels break lines), so `dl`, tables,
 * "Label: value" lines, label and value siblings and a heading followed by bare address lines all read
 * the same, whatever the class names, wrappers or heading levels. Labels come in every supported
 * language from labels.json and labels-sections.json.
 *
 * Adapters read first; this fills what they left empty and tells when a block was seen but not
 * understood (then its fields are unreadable, never "missing"): see fill-from-text.ts.
 */
import type { Party, TraderStatus } from '../model';
import labels from '../terms/labels.json';
import allegroLabels from '../terms/labels-allegro.json';
import amazonLabels from '../terms/labels-amazon.json';
import bolLabels from '../terms/labels-bol.json';
import ebayLabels from '../terms/labels-ebay.json';
import etsyLabels from '../terms/labels-etsy.json';
import sections from '../terms/labels-sections.json';
import { cleanText } from '../text/normalize';
import { BLOCK_TAGS as LINE_BREAKING_TAGS, SKIPPED_TAGS as UNREAD_TAGS, stripLabel } from './dom';
import { statusFromText } from './labelled-blocks';

export type PartyKind = 'manufacturer' | 'euResponsiblePerson' | 'trader';
type FieldKey = 'name' | 'storeName' | 'address' | 'email' | 'phone' | 'contact' | 'registrationNumber' | 'vatNumber' | 'country';
type Role =
  | { kind: 'start'; party: PartyKind }
  | { kind: 'field'; field: FieldKey }
  | { kind: 'warnings' }
  /** A section around the parties ("Product safety"): ends a party, starts none. */
  | { kind: 'section' }
  /** "Contact information": part of the party it stands in, or more of the trader's details. */
  | { kind: 'contact-section' };

/** What a party block says; `heading` is its heading (or label) as shown, for "where Flagpost looked". */
export interface PartyRead extends Party {
  heading: string;
  /** The shop name a trader block gives beside the legal name. */
  storeName: string | null;
  phone: string | null;
  registrationNumber: string | null;
  vatNumber: string | null;
  country: string | null;
  /** A seller's self-declared status as the block states it ("Vendeur particulier"). */
  status: TraderStatus | null;
  /** Whether a heading opened it (a block, read line by line), not a "Label: value" row. */
  block: boolean;
  /** The block says in words that there is no such information ("Informations non disponibles"). */
  saysNone: boolean;
}

export interface LabelledText {
  /** Per party: the first block of it that said something, else the first seen (all null), else absent. */
  parties: Partial<Record<PartyKind, PartyRead>>;
  warnings: { heading: string; lines: string[] } | null;
  /** The product-safety section's heading as shown, when there is one. */
  safetyHeading: string | null;
  /** What that section says ("Oznakowanie CE: tak"), for the CE and term checks. */
  safetyText: string;
}

interface TextLine {
  text: string;
  block: Element;
  heading: boolean;
  /** In a <dt> or <th>: a label, even one Flagpost does not know. */
  label: boolean;
}

const every = (list: Partial<Record<string, readonly string[]>>): string[] =>
  Object.values(list).flatMap((l) => l ?? []);

type LabelList = Partial<Record<string, readonly string[]>>;
/** The shared labels and every site's own ("UStID", "Geschäftsadresse"…): one reader understands them all. */
const SITE_FIELDS: readonly Partial<Record<'legalName' | 'address' | 'email' | 'phone' | 'registrationNumber' | 'vatNumber' | 'manufacturer' | 'euResponsiblePerson' | 'warnings', LabelList>>[] = [
  labels,
  amazonLabels,
  { address: amazonLabels.businessAddress },
  ebayLabels,
  allegroLabels,
  bolLabels.fields,
  etsyLabels.fields,
];
const allOf = (field: keyof (typeof SITE_FIELDS)[number]): string[] => SITE_FIELDS.flatMap((site) => every(site[field] ?? {}));

/** Folded label → what it introduces. Earlier entries win: a party heading is a start, not a field. */
const ROLES: ReadonlyMap<string, Role> = (() => {
  const map = new Map<string, Role>();
  const add = (list: readonly string[], role: Role): void => {
    for (const label of list) if (!map.has(stripLabel(label))) map.set(stripLabel(label), role);
  };
  add(allOf('manufacturer'), { kind: 'start', party: 'manufacturer' });
  add(allOf('euResponsiblePerson'), { kind: 'start', party: 'euResponsiblePerson' });
  add(every(sections.traderSection), { kind: 'start', party: 'trader' });
  add(allOf('warnings'), { kind: 'warnings' });
  add(every(sections.safetySection), { kind: 'section' });
  add(every(sections.contactSection), { kind: 'contact-section' });
  add(every(sections.partyName), { kind: 'field', field: 'name' });
  add(every(sections.storeName), { kind: 'field', field: 'storeName' });
  add(every(sections.contact), { kind: 'field', field: 'contact' });
  add(allOf('legalName'), { kind: 'field', field: 'name' });
  add(allOf('address'), { kind: 'field', field: 'address' });
  add(allOf('email'), { kind: 'field', field: 'email' });
  add(allOf('phone'), { kind: 'field', field: 'phone' });
  add(allOf('registrationNumber'), { kind: 'field', field: 'registrationNumber' });
  add(allOf('vatNumber'), { kind: 'field', field: 'vatNumber' });
  add(every(sections.country), { kind: 'field', field: 'country' });
  return map;
})();

const LONGEST_LABEL = Math.max(...[...ROLES.keys()].map((l) => l.length)) + 4;

/**
 * What a label introduces. A field label with a word or two after it still is one ("Adres producenta",
 * "E-mail du fabricant"): the block it stands in says whose.
 */
function roleOfLabel(label: string): Role | undefined {
  if (label.length > LONGEST_LABEL) return undefined;
  // "Contact information (EU Digital Services Act)": the remark does not change the heading.
  const folded = stripLabel(label).replace(/\s*\([^)]*\)$/, '');
  const exact = ROLES.get(folded);
  if (exact) return exact;
  const words = folded.split(' ');
  for (let n = Math.min(words.length - 1, 3); n >= 1 && words.length - n <= 2; n--) {
    const role = ROLES.get(words.slice(0, n).join(' '));
    if (role?.kind === 'field') return role;
  }
  return undefined;
}

const REPRESENTATIVE = every(sections.representative).map(stripLabel);
/** "vertreten durch die Geschäftsführerin …": a person acting for the trader, not an address line. */
const namesRepresentative = (text: string): boolean => {
  const folded = stripLabel(text);
  return REPRESENTATIVE.some((phrase) => folded === phrase || folded.startsWith(`${phrase} `) || folded.startsWith(`${phrase}:`));
};

const NOT_AVAILABLE: ReadonlySet<string> = new Set(every(sections.notAvailable).map(stripLabel));

/** "Informations non disponibles pour le moment." stands where a page has no value: it is none. */
function isNoValue(text: string): boolean {
  const folded = stripLabel(text.replace(/[.!]+$/, ''));
  // "unbekannt (Gebrauchtware)": the phrase, then a remark.
  return NOT_AVAILABLE.has(folded) || NOT_AVAILABLE.has(folded.split(/\s*[(,;–-]/)[0] ?? '');
}

/** A name is short and not a sentence ("Textiles designed in Milan and made in Italy." is not one). */
function looksLikeName(text: string): boolean {
  const words = text.split(' ').length;
  return text.length <= 90 && words <= 10 && !(words > 5 && /[.!?]$/.test(text));
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// The reading lines of dom.ts, with form and disclosure parts breaking lines too, and controls and
// frames (whose text is not the page's) left out.
const BLOCK_TAGS: ReadonlySet<string> = new Set([
  ...LINE_BREAKING_TAGS,
  ...['LEGEND', 'SUMMARY', 'DETAILS', 'FIELDSET', 'MAIN', 'FORM', 'LABEL', 'CAPTION'],
]);
const HEADING_TAGS: ReadonlySet<string> = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND', 'SUMMARY', 'CAPTION']);
const SKIPPED_TAGS: ReadonlySet<string> = new Set([...UNREAD_TAGS, 'SVG', 'SELECT', 'IFRAME']);
const END = Symbol('end of block');

/**
 * A short inline leaf that is a known label ("<span>Adres</span><span>ul. …</span>") stands on a line
 * of its own: minified label and value siblings would otherwise glue into one word.
 */
function isLabelLeaf(el: Element): boolean {
  if (el.children.length > 0) return false;
  const text = el.textContent ?? '';
  return text.length <= LONGEST_LABEL && roleOfLabel(cleanText(text)) !== undefined;
}

/** The page as lines, each with the block element it stands in. `skip` leaves out site chrome. */
function textLines(root: Element, skip: (el: Element) => boolean): TextLine[] {
  const lines: TextLine[] = [];
  const open: Element[] = [root];
  let current = '';
  let block: Element = root;
  const flush = (): void => {
    const text = cleanText(current);
    const tag = block.tagName.toUpperCase();
    if (text) {
      const heading = HEADING_TAGS.has(tag) || block.getAttribute('role') === 'heading';
      lines.push({ text, block, heading, label: tag === 'DT' || tag === 'TH' });
    }
    current = '';
  };
  const pending: (Node | typeof END)[] = Array.from(root.childNodes).reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node === END) {
      flush();
      open.pop();
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      if (current === '') block = open[open.length - 1] ?? root;
      current += node.textContent ?? '';
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || skip(el)) continue;
    if (BLOCK_TAGS.has(tag) || isLabelLeaf(el)) {
      flush();
      open.push(el);
      pending.push(END);
    }
    const children = el.childNodes;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Node);
  }
  flush();
  return lines;
}

/** "Label: value" split at its first colon, when what stands before it can be a label. */
function splitLine(text: string): { role: Role | undefined; value: string | null } {
  const colon = text.search(/[:：]/);
  if (colon > 0 && colon <= LONGEST_LABEL) {
    const role = roleOfLabel(text.slice(0, colon));
    const value = cleanText(text.slice(colon + 1));
    if (role) return { role, value: value || null };
  }
  return { role: roleOfLabel(text), value: null };
}

/** An unlabelled "Something: value" row that is not one of ours. */
function isOtherRow(text: string): boolean {
  const colon = text.search(/[:：]/);
  return colon > 0 && colon <= 40 && !/\d/.test(text.slice(0, colon));
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/u;
const PHONE = /^(?:\+|00)?[\d\s()./-]{7,22}$/;
const MAX_BLOCK_LINES = 20;

/** The nearest element around `start` that also holds the line after it: the block's extent. */
function containerOf(lines: readonly TextLine[], start: number): Element | null {
  const next = lines[start + 1];
  if (!next) return null;
  for (let el: Element | null = lines[start]?.block ?? null; el; el = el.parentElement) {
    if (el.contains(next.block)) return el;
  }
  return null;
}

function emptyRead(heading: string): PartyRead {
  return {
    heading,
    name: null,
    storeName: null,
    address: null,
    email: null,
    phone: null,
    registrationNumber: null,
    vatNumber: null,
    country: null,
    status: null,
    block: false,
    saysNone: false,
  };
}

const isPhone = (text: string): boolean => PHONE.test(text) && text.replace(/\D/g, '').length >= 6;

/**
 * A value that runs on after the name ("ACME GmbH, Hauptstr. 1, 10115 Berlin, info@acme.de") gives the
 * name, the address and the contact in it. A name with a comma of its own ("Co., Ltd.") stays whole
 * when no digit follows.
 */
function splitParty(value: string, read: PartyRead): string[] {
  const parts = value.split(/,\s*/);
  // The address starts at the first part with a number: "ACME Co., Ltd., No. 8 Road" keeps "Co., Ltd.".
  const first = parts.findIndex((part, i) => i > 0 && /\d/.test(part));
  if (first < 0) {
    read.name = value;
    return [];
  }
  read.name = parts.slice(0, first).join(', ');
  const rest = parts.slice(first);
  const address: string[] = [];
  for (const part of rest) {
    const email = EMAIL.exec(part)?.[0];
    if (email) read.email ??= email;
    else if (isPhone(part)) read.phone ??= part;
    else address.push(part);
  }
  return address.length > 0 ? [address.join(', ')] : [];
}

function readParty(lines: readonly TextLine[], start: number, inline: string | null): PartyRead {
  const read = emptyRead(lines[start]?.text.replace(/[:：].*$/, '').trim() ?? '');
  const address: string[] = [];
  // Whether any value came under a label: then the block is a labelled list, not bare lines.
  let labelled = false;
  const assign = (field: FieldKey, raw: string): void => {
    // "<span>Name</span>: <span>ACME</span>" puts the colon before the value.
    const value = raw.replace(/^[:：\s]+/, '');
    if (!value || isNoValue(value)) return;
    labelled = true;
    if (field === 'address' || (field === 'country' && /[\d,]/.test(value))) {
      // "Standort: Am Mühlbach 7, 79211 Denzlingen" is a whole address under a location label.
      if (address.length === 0) address.push(value);
    } else if (field === 'country') {
      // A country is a word or two ("Chiny", "Country/Region: China"), never a sentence.
      if (value.split(' ').length <= 4 && !/[?!]/.test(value)) read.country ??= value;
    } else if (field === 'storeName' && statusFromText(value) !== 'unknown') {
      // "Verkäufer: Privat" states a status, not a shop name.
      read.status ??= statusFromText(value);
    } else if (field === 'contact') {
      const email = EMAIL.exec(value)?.[0];
      if (email) read.email ??= email;
      else if (isPhone(value)) read.phone ??= value;
    } else read[field] ??= value;
  };
  // A row names the party: "Hersteller: ACME", "<dt>Hersteller</dt><dd>ACME</dd>",
  // "<p><span>Hersteller:</span> ACME</p>". Only labelled rows after it say more of it.
  const valueLine = inline !== null ? start : isRowLabel(lines, start) ? start + 1 : -1;
  read.block = valueLine < 0;
  if (valueLine >= 0) {
    const value = inline ?? lines[valueLine]?.text ?? '';
    if (!isNoValue(value)) address.push(...splitParty(value, read));
  }

  // `null`: the next line is the value of a label Flagpost does not read ("Rodzaj konta").
  let pendingField: FieldKey | null | undefined;
  /** Takes one line into the party; false when the line belongs to something else (the block ends). */
  const take = (line: TextLine): boolean => {
    const { role, value } = splitLine(line.text);
    // "Vendeur particulier" states a status: it is no "Vendeur" label ("Numéro d'entreprise" is one).
    const exactLabel = value !== null || ROLES.has(stripLabel(line.text));
    const status = !exactLabel && line.text.split(' ').length <= 6 ? statusFromText(line.text) : 'unknown';
    if (status !== 'unknown' && pendingField === undefined) {
      read.status ??= status;
      return true;
    }
    if (role?.kind === 'contact-section') return true;
    if (role && role.kind !== 'field') return false;
    if (role?.kind === 'field') {
      if (value) assign(role.field, value);
      else pendingField = role.field;
    } else if (pendingField !== undefined) {
      // A lone colon between label and value is not the value yet.
      if (/^[:：]$/.test(line.text)) return true;
      if (pendingField) assign(pendingField, line.text);
      pendingField = undefined;
    } else if (line.label) {
      pendingField = null;
    } else {
      return takeUnlabelled(line);
    }
    return true;
  };
  const takeUnlabelled = (line: TextLine): boolean => {
    const { text } = line;
    // A heading of the start's own rank opens the next section ("Bewertungen" after "Hersteller").
    if (line.heading && (read.name || line.block.tagName === lines[start]?.block.tagName)) return false;
    // An imprint has rows Flagpost does not read ("Geschäftsführer: …"): they are passed over, not its end.
    if (isOtherRow(text)) return true;
    if (namesRepresentative(text)) return true;
    const email = EMAIL.exec(text)?.[0];
    if (email) read.email ??= email;
    else if (isPhone(text)) read.phone ??= text;
    else if (isNoValue(text)) read.saysNone = true;
    else if (!read.name) {
      if (/,.*\d/.test(text) && text.length <= 200) address.push(...splitParty(text, read));
      else if (looksLikeName(text)) read.name = text;
    } else if (address.length < 6 && looksLikeAddressLine(text)) address.push(text);
    else return false;
    return true;
  };

  const from = read.block ? start : valueLine;
  const container = containerOf(lines, from);
  for (let j = from + 1; container && j < lines.length && j <= from + MAX_BLOCK_LINES; j++) {
    const line = lines[j] as TextLine;
    if (!container.contains(line.block)) break;
    if (!read.block && pendingField === undefined && splitLine(line.text).role?.kind !== 'field') break;
    if (!take(line)) break;
  }
  // A postal address has a number somewhere (street, postcode); "98.8% positive, Follow" is none.
  read.address = address.some((part) => /\d/.test(part)) ? address.join(', ') : null;
  // A block that only has a bare line for a name ("bestchoiceproducts (5047)") said nothing sure.
  if (read.block && !read.address && !labelled && !read.email && !read.phone) read.name = null;
  return read;
}

/** A line of an address: short, no sentence, no percentages ("98.8% positive feedback"). */
function looksLikeAddressLine(text: string): boolean {
  return text.length <= 100 && text.split(' ').length <= 10 && !/[%?!]/.test(text);
}

/** A label on its own line whose value is the next line: a <dt>/<th>, or a label inside its value's row. */
function isRowLabel(lines: readonly TextLine[], start: number): boolean {
  const label = lines[start];
  const next = lines[start + 1];
  if (!label || !next) return false;
  // "<p><b>Impressum:</b><br>ACME<br>Weg 1</p>" is a heading over lines, not a row.
  const overLines = lines[start + 2]?.block === next.block;
  return label.label || (label.block !== next.block && next.block.contains(label.block) && !overLines);
}

/** The lines of the section a heading opens, as far as its container goes. */
function sectionLines(lines: readonly TextLine[], start: number): string[] {
  const container = containerOf(lines, start);
  const found: string[] = [];
  for (let j = start + 1; container && j < lines.length && j <= start + 4 * MAX_BLOCK_LINES; j++) {
    const line = lines[j] as TextLine;
    if (!container.contains(line.block)) break;
    found.push(line.text);
  }
  return found;
}

/** Warning lines under a warnings heading, up to the next part. */
function readWarnings(lines: readonly TextLine[], start: number, inline: string | null): string[] {
  const found = inline ? [inline] : [];
  const container = containerOf(lines, start);
  for (let j = start + 1; container && j < lines.length && j <= start + MAX_BLOCK_LINES; j++) {
    const line = lines[j] as TextLine;
    if (!container.contains(line.block) || line.heading || splitLine(line.text).role) break;
    found.push(line.text);
  }
  return found;
}

/** What a later block of the same party adds: the fields the first left empty. */
function mergeInto(first: PartyRead, more: PartyRead): void {
  for (const field of ['name', 'storeName', 'address', 'email', 'phone', 'registrationNumber', 'vatNumber', 'country', 'status'] as const) {
    if (first[field] === null && more[field] !== null) Object.assign(first, { [field]: more[field] });
  }
  first.block ||= more.block;
}

function isLinkText(line: TextLine): boolean {
  const links = [line.block.closest('a'), ...Array.from(line.block.querySelectorAll('a'))];
  return links.some((a) => !!a && cleanText(a.textContent) === line.text);
}

/** Whether a block said anything Flagpost understood: then what it does not show is not shown. */
export const partySays = (p: PartyRead): boolean =>
  !!(p.name || p.address || p.status || p.storeName || p.email || p.phone || p.registrationNumber || p.vatNumber || p.country);

/**
 * Every trader and product-safety block below `root`. `skip` leaves out what is not the listing's
 * (a marketplace's own header and footer carry its own imprint, never the seller's).
 */
export function readLabelledText(root: Element, skip: (el: Element) => boolean = () => false): LabelledText {
  const lines = textLines(root, skip);
  const result: LabelledText = { parties: {}, warnings: null, safetyHeading: null, safetyText: '' };
  lines.forEach((line, i) => {
    const { role, value } = splitLine(line.text);
    // "Impressum" in a list of links is a way to another page, not a heading.
    if (role && role.kind !== 'field' && isLinkText(line)) return;
    if (role?.kind === 'start') {
      const seen = result.parties[role.party];
      if (seen && partySays(seen) && role.party !== 'trader') return;
      const read = readParty(lines, i, value);
      // A trader's details often come in several blocks (a legal notice, then a detailed list).
      if (seen && partySays(seen)) mergeInto(seen, read);
      else if (!seen || partySays(read)) result.parties[role.party] = read;
    } else if (role?.kind === 'warnings' && !result.warnings?.lines.length) {
      result.warnings = { heading: line.text.replace(/[:：].*$/, '').trim(), lines: readWarnings(lines, i, value) };
    } else if (role?.kind === 'contact-section' && result.parties.trader) {
      // The trader's contact block after its identity block (credential pages, imprints).
      mergeInto(result.parties.trader, readParty(lines, i, value));
    } else if (role?.kind === 'section' && result.safetyHeading === null) {
      result.safetyHeading = line.text.replace(/[:：].*$/, '').trim();
      result.safetyText = sectionLines(lines, i).join('\n');
    }
  });
  return result;
}

/** A page's header and navigation: never the listing's, on any site. */
export function isPageNavigation(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  return tag === 'HEADER' || tag === 'NAV' || el.getAttribute('role') === 'navigation' || el.getAttribute('role') === 'banner';
}

// Whole tokens that end in a chrome word ("site-footer", "gh-header"), never a component's own parts
// ("wt-overlay__header") nor an in-page anchor ("nav-compliance" is a section the tabs jump to).
const CHROME = /^(?:[a-z0-9]+-)*(header|footer|nav|navbar|navigation|breadcrumbs?|recommendations?|carousel|cookie-banner|consent)$/i;
const isChromeToken = (token: string): boolean => !token.includes('__') && CHROME.test(token);

/** A marketplace's own chrome: its header, navigation, footer (with the platform's imprint), carousels. */
export function isSiteChrome(el: Element): boolean {
  const tag = el.tagName.toUpperCase();
  if (tag === 'HEADER' || tag === 'NAV' || tag === 'FOOTER') return true;
  const role = el.getAttribute('role');
  if (role === 'banner' || role === 'navigation' || role === 'contentinfo') return true;
  const id = el.getAttribute('id') ?? '';
  const cls = el.getAttribute('class') ?? '';
  return isChromeToken(id) || cls.split(/\s+/).some(isChromeToken);
}
