/**
 * Readers for "label → value" blocks in any language: a section found by its heading, a party's
 * name / address / e-mail rows, a trader's identity rows, a block's warning lines. Every
 * marketplace that lays out its seller and product-safety details as labelled rows uses these;
 * the labels themselves stay in the site's own label file.
 */
import type { Party, Trader } from '../model';
import { labelsFor, type LabelField } from '../terms/labels';
import { countryAtEnd } from '../validate/country';
import { labelledValue, labelSet, stripLabel, textOf } from './dom';

/** Labels per language, as kept in the label files under src/core/terms/. */
export type LabelList = Partial<Record<string, readonly string[]>>;

/** Extra labels a site uses for a field, on top of the shared ones in labels.json. */
export type SiteLabels = Partial<Record<LabelField, LabelList>>;

/** Every language's entries of one or more label lists. */
export function anyLanguage(...lists: readonly LabelList[]): string[] {
  return lists.flatMap((list) => Object.values(list).flat()).filter((label): label is string => !!label);
}

/** `anyLanguage`, folded for `has(stripLabel(text))` look-ups. */
export function anyLanguageSet(...lists: readonly LabelList[]): ReadonlySet<string> {
  return labelSet(anyLanguage(...lists));
}

/**
 * The element a heading introduces: the parent of the first element matching `selector` whose whole
 * text is one of `headings`. With `leafOnly`, only elements without child elements count as
 * headings (for selectors that include wrappers such as div).
 */
export function headingParent(
  root: ParentNode,
  headings: readonly string[],
  selector: string,
  leafOnly = false,
): Element | null {
  const wanted = labelSet(headings);
  for (const heading of Array.from(root.querySelectorAll(selector))) {
    if (leafOnly && heading.children.length > 0) continue;
    const text = textOf(heading);
    // No label is longer; skips folding the long texts of wrappers.
    if (text.length <= 80 && wanted.has(stripLabel(text))) return heading.parentElement;
  }
  return null;
}

/** Name, address and e-mail rows of a party block (manufacturer, EU responsible person). */
export function partyIn(block: ParentNode, nameLabels: readonly string[], site: SiteLabels = {}): Party {
  return {
    name: labelledValue(block, nameLabels),
    address: labelledValue(block, labelsFor('address', site.address)),
    email: labelledValue(block, labelsFor('email', site.email)),
  };
}

/** Warning lines of a warnings block: its list items, else its paragraphs. */
export function warningsIn(block: ParentNode): string[] {
  const items = Array.from(block.querySelectorAll('li'));
  const lines = items.length > 0 ? items : Array.from(block.querySelectorAll('p'));
  return lines.map((el) => textOf(el)).filter((line) => line !== '');
}

export type TraderRows = Pick<
  Trader,
  'legalName' | 'address' | 'country' | 'email' | 'phone' | 'registrationNumber' | 'vatNumber'
>;

/** A trader's identity rows; the country is the one the address ends with. */
export function traderRowsIn(block: ParentNode, site: SiteLabels = {}): TraderRows {
  const value = (field: LabelField): string | null => labelledValue(block, labelsFor(field, site[field]));
  const address = value('address');
  return {
    legalName: value('legalName'),
    address,
    country: countryAtEnd(address),
    email: value('email'),
    phone: value('phone'),
    registrationNumber: value('registrationNumber'),
    vatNumber: value('vatNumber'),
  };
}
