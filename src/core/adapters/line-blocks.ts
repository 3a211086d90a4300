/**
 * Readers for pages that write a party as lines (name, street, town, country: one element each) under
 * a heading, as Amazon and eBay do: the sections after each heading, a party from its lines, the
 * product-safety section as a whole, and the site's currency.
 */
import { emptyParty, SECTION_FIELDS, type Extraction, type FieldPath } from '../facts';
import type { Party } from '../model';
import { labelsFor } from '../terms/labels';
import { cleanOrNull, foldForMatching } from '../text/normalize';
import { blockLines, labelSet, stripLabel, textOf } from './dom';
import { hostIn } from './hosts';
import type { LabelList } from './labelled-fields';

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
    const label = stripLabel(textOf(heading));
    const key = keys.find((k) => labels[k].has(label));
    if (!key || found[key]) continue;
    const lines: string[] = [];
    for (let sibling = heading.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      lines.push(...blockLines(sibling));
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

/** The currency a site sells in, for prices shown without one: `byDomain` lists the non-euro sites. */
export function siteCurrency(url: URL, byDomain: Readonly<Record<string, string>>): string {
  return Object.entries(byDomain).find(([domain]) => hostIn(url, [domain]))?.[1] ?? 'EUR';
}

/** Trader fields that come from the legal-details block rather than the shop name. */
export const IDENTITY_FIELDS = SECTION_FIELDS.trader.filter((path) => path !== 'trader.name');

type SafetyPart = 'manufacturer' | 'euResponsiblePerson' | 'warnings';
export type SafetyHeadings = Record<SafetyPart, ReadonlySet<string>>;

/** Headings of the product-safety parts: the shared labels plus the site's own. */
export function safetyHeadings(site: Record<SafetyPart, LabelList>): SafetyHeadings {
  return {
    manufacturer: labelSet(labelsFor('manufacturer', site.manufacturer)),
    euResponsiblePerson: labelSet(labelsFor('euResponsiblePerson', site.euResponsiblePerson)),
    warnings: labelSet(labelsFor('warnings', site.warnings)),
  };
}

export interface SafetyRead {
  facts: Omit<Extraction['safety'], 'identifiers'>;
  unreadable: FieldPath[];
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
    text: blockLines(root).join('\n'),
  };
}
