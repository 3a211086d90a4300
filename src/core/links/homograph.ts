import { decodeLabel } from './punycode';

// Characters that render like Latin letters or digits, mapped to what the reader sees.
// Covers the Cyrillic and Greek letters used in real IDN spoofs and the usual digit swaps.
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'l',
  ї: 'l',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ӏ: 'l',
  ԛ: 'q',
  ԝ: 'w',
  һ: 'h',
  ү: 'y',
  ɡ: 'g',
  α: 'a',
  β: 'b',
  ε: 'e',
  η: 'n',
  ι: 'l',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ω: 'w',
  '0': 'o',
  '1': 'l',
  i: 'l',
  '|': 'l',
  '3': 'e',
  '5': 's',
  $: 's',
  '@': 'a',
};
const DIGRAPHS: readonly [RegExp, string][] = [
  [/rn/g, 'm'],
  [/vv/g, 'w'],
];

/** What a label looks like to a reader: "amaz0n" → "amazon", "аliexpress" (Cyrillic а) → "allexpress". */
export function skeleton(label: string): string {
  let out = '';
  for (const ch of label.toLowerCase()) out += CONFUSABLES[ch] ?? ch;
  for (const [pattern, replacement] of DIGRAPHS) out = out.replace(pattern, replacement);
  return out;
}

const SCRIPTS: readonly [string, RegExp][] = [
  ['latin', /\p{Script=Latin}/u],
  ['cyrillic', /\p{Script=Cyrillic}/u],
  ['greek', /\p{Script=Greek}/u],
  ['armenian', /\p{Script=Armenian}/u],
  ['cherokee', /\p{Script=Cherokee}/u],
];

function scriptsOf(label: string): Set<string> {
  const found = new Set<string>();
  for (const ch of label) {
    for (const [name, pattern] of SCRIPTS) if (pattern.test(ch)) found.add(name);
  }
  return found;
}

/** Optimal-string-alignment distance, cut off above 1 (only "one typo away" matters here). */
function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const restA = a.slice(i);
  const restB = b.slice(i);
  return (
    restA.slice(1) === restB.slice(1) || // substitution
    restA.slice(1) === restB || // deletion from a
    restA === restB.slice(1) || // insertion into a
    (restA.length >= 2 && restA[0] === restB[1] && restA[1] === restB[0] && restA.slice(2) === restB.slice(2)) // swap
  );
}

export interface HostNames {
  /** Labels of the host, decoded from punycode where possible. */
  labels: string[];
  /** Whether any label was punycode (an internationalised domain). */
  idn: boolean;
  /** Whether a label could not be decoded. */
  invalid: boolean;
}

export function decodeHost(host: string): HostNames {
  const names: HostNames = { labels: [], idn: false, invalid: false };
  for (const label of host.split('.')) {
    if (label.startsWith('xn--')) names.idn = true;
    const decoded = decodeLabel(label);
    if (decoded === null) names.invalid = true;
    names.labels.push(decoded ?? label);
  }
  return names;
}

/** A label that mixes scripts (Latin with Cyrillic...) or is wholly non-Latin yet reads as Latin. */
export function isHomographLabel(label: string): boolean {
  const scripts = scriptsOf(label);
  if (scripts.size > 1) return true;
  if (scripts.size === 1 && !scripts.has('latin')) return /^[a-z0-9-]+$/.test(skeleton(label));
  return false;
}

/** The brand a label imitates ("aliexpres", "amaz0n", "аmazon"), or null; the brand itself is not a look-alike. */
export function lookAlikeOf(label: string, brands: readonly string[]): string | null {
  const lower = label.toLowerCase();
  const shape = skeleton(lower);
  for (const brand of brands) {
    if (lower === brand) continue;
    if (shape === skeleton(brand)) return brand;
    // One typo away only for longer names: short ones ("ebay", "bol") have too many honest neighbours.
    if (brand.length >= 6 && /^[a-z0-9-]+$/.test(lower) && withinOneEdit(lower, brand)) return brand;
  }
  return null;
}
