/** A product's specification rows ("Marke: Lumidoux"), however a site lists them. */
import type { ProductIdentifiers } from '../model';
import { cleanText } from '../text/normalize';
import { stripLabel, textOf } from './dom';

/** One row: the name as shown (trailing colon dropped) and its value. */
export interface Spec {
  name: string;
  value: string;
}

/** Specs as the "name: value" lines checks read. */
export function specsText(specs: readonly Spec[]): string {
  return specs.map((spec) => `${spec.name}: ${spec.value}`).join('\n');
}

/** The value of the first spec whose name is one of `labels` (a folded set, see `labelSet`). */
export function specValue(specs: readonly Spec[], labels: ReadonlySet<string>): string | null {
  return specs.find((spec) => labels.has(stripLabel(spec.name)))?.value ?? null;
}

/** GTINs (8, 12, 13 or 14 digits) listed in a spec value ("4006381333931, 4006381333948"), each once. */
export function gtinsIn(value: string | null): string[] {
  const codes = value?.match(/\b\d{8,14}\b/g) ?? [];
  return [...new Set(codes.filter((code) => [8, 12, 13, 14].includes(code.length)))];
}

export interface IdentifierLabels {
  brand: ReadonlySet<string>;
  model: ReadonlySet<string>;
  gtin: ReadonlySet<string>;
}

export function identifiersFrom(specs: readonly Spec[], labels: IdentifierLabels): ProductIdentifiers {
  return {
    brand: specValue(specs, labels.brand),
    model: specValue(specs, labels.model),
    gtin: gtinsIn(specValue(specs, labels.gtin)),
  };
}

function spec(name: string, value: string): Spec | null {
  const cleanName = cleanText(name).replace(/\s*[:：]\s*$/, '');
  const cleanValue = cleanText(value);
  return cleanName && cleanValue ? { name: cleanName, value: cleanValue } : null;
}

/** Rows whose label element matches `labelSelector` and whose value is the label's next sibling. */
export function specsBySibling(root: ParentNode | null, labelSelector: string): Spec[] {
  if (!root) return [];
  return Array.from(root.querySelectorAll(labelSelector))
    .map((label) => spec(textOf(label), textOf(label.nextElementSibling)))
    .filter((row): row is Spec => row !== null);
}

/** Rows that each hold a name element and a value element. */
export function specsFromDom(rows: Iterable<Element>, nameSelector: string, valueSelector: string): Spec[] {
  return Array.from(rows)
    .map((row) => spec(textOf(row.querySelector(nameSelector)), textOf(row.querySelector(valueSelector))))
    .filter((row): row is Spec => row !== null);
}

/** Rows from any list of {name-key, value-key} objects in embedded JSON (a value may be a list). */
export function specsFromJson(rows: unknown, nameKey: string, valueKey: string): Spec[] | null {
  if (!Array.isArray(rows)) return null;
  const specs: Spec[] = [];
  for (const row of rows as unknown[]) {
    if (row === null || typeof row !== 'object') continue;
    const record = row as Record<string, unknown>;
    const raw = record[valueKey];
    const name = typeof record[nameKey] === 'string' ? record[nameKey] : '';
    const found = spec(name, Array.isArray(raw) ? raw.join(', ') : typeof raw === 'string' ? raw : '');
    if (found) specs.push(found);
  }
  return specs;
}
