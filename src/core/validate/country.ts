import { foldForMatching } from '../text/normalize';
import { termMatcher, type TermMatch } from '../text/terms';
import data from './countries.json';

const EU_COUNTRIES: ReadonlySet<string> = new Set(data.eu);
const KNOWN: ReadonlySet<string> = new Set([...data.eu, ...data.others]);
const HAN = /\p{Script=Han}/u;
// Names shorter than this, unless listed as aliases, collide with places ("Tai Po" would read as Turkish "Tai", Thailand).
const MIN_DERIVED_NAME = 4;

/** Names of one kind: Latin (or Greek, Cyrillic) ones match as whole words, Han ones as substrings. */
interface NameIndex {
  words: (text: string) => TermMatch[];
  codeOfWord: ReadonlyMap<string, string>;
  han: readonly (readonly [string, string])[];
}

function nameIndex(names: ReadonlyMap<string, string>): NameIndex {
  const codeOfWord = new Map<string, string>();
  const han: [string, string][] = [];
  for (const [name, code] of names) {
    const folded = foldForMatching(name);
    if (HAN.test(folded)) han.push([folded, code]);
    else codeOfWord.set(folded, code);
  }
  // Longest first, so "中国香港特别行政区" (HK) wins over the "中国" inside it.
  han.sort((a, b) => b[0].length - a[0].length);
  return { words: termMatcher({ names: [...codeOfWord.keys()] }), codeOfWord, han };
}

function countryNames(): ReadonlyMap<string, string> {
  const names = new Map<string, string>();
  for (const language of data.displayLanguages) {
    const display = new Intl.DisplayNames([language], { type: 'region' });
    for (const code of KNOWN) {
      const name = display.of(code);
      if (name && name !== code && name.length >= MIN_DERIVED_NAME) names.set(name, code);
    }
  }
  for (const [code, aliases] of Object.entries(data.aliases)) for (const alias of aliases) names.set(alias, code);
  return names;
}

function hintNames(): ReadonlyMap<string, string> {
  return new Map(Object.entries(data.regionHints).flatMap(([code, places]) => places.map((p) => [p, code] as const)));
}

let indexes: { names: NameIndex; hints: NameIndex } | null = null;

function countryIndexes(): { names: NameIndex; hints: NameIndex } {
  indexes ??= { names: nameIndex(countryNames()), hints: nameIndex(hintNames()) };
  return indexes;
}

/** The code of the last name in the text (addresses end with the country), or null. */
function lastCountry(folded: string, index: NameIndex): string | null {
  const words = index.words(folded);
  const lastWord = words[words.length - 1];
  if (lastWord) return index.codeOfWord.get(lastWord.term) ?? null;
  let best: { at: number; code: string } | null = null;
  let rest = folded;
  for (const [name, code] of index.han) {
    const at = rest.lastIndexOf(name);
    if (at < 0) continue;
    if (!best || at > best.at) best = { at, code };
    // Blank it out (same length, positions kept) so "中国" inside "中国香港…" no longer counts.
    rest = rest.split(name).join(' '.repeat(name.length));
  }
  return best?.code ?? null;
}

// An ISO code as the address's last word, optionally before a postal code: "…, Shenzhen 518000, CN".
const TRAILING_CODE = /(?:^|[\s,;])([A-Z]{2})(?:[\s,;-]*\d{4,6})?[\s.,;)]*$/;

/**
 * The country (ISO 3166-1 alpha-2) an address names: a country name in any of the display languages
 * or an alias, else a place that identifies it (Chinese provinces and export hubs), else a trailing
 * ISO code. Null when the address names none, or one Flagpost does not list.
 */
export function detectCountry(address: string | null): string | null {
  if (!address) return null;
  const indexes = countryIndexes();
  const folded = foldForMatching(address);
  const code = TRAILING_CODE.exec(address.trim())?.[1];
  return (
    lastCountry(folded, indexes.names) ??
    lastCountry(folded, indexes.hints) ??
    (code && KNOWN.has(code) ? code : code === 'UK' ? 'GB' : null)
  );
}

/** An alpha-2 code as given ("de", "CN"; "UK" and "EL" occur too, for GB and GR), else null. */
function alpha2(code: string | null | undefined): string | null {
  const upper = code?.trim().toUpperCase();
  if (upper === 'UK') return 'GB';
  if (upper === 'EL') return 'GR';
  return upper && /^[A-Z]{2}$/.test(upper) ? upper : null;
}

/** A country given as a code (adapters use alpha-2; "UK" and "EL" occur too), else detected in the address. */
export function resolveCountry(code: string | null, address: string | null): string | null {
  return alpha2(code) ?? detectCountry(address);
}

/**
 * The country a value names as a whole ("Deutschland", " hong kong ", "Chiny", "CN", "nl"): an alpha-2
 * code, or a name in any display language or alias. Unlike `detectCountry`, a longer text that merely
 * contains a name is not one.
 */
export function countryOfName(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const { names } = countryIndexes();
  const folded = foldForMatching(text);
  return alpha2(text) ?? names.codeOfWord.get(folded) ?? names.han.find(([name]) => name === folded)?.[1] ?? null;
}

export function isEuCountry(code: string | null): boolean {
  return code !== null && EU_COUNTRIES.has(code);
}

/** The country an address's last part names as a whole ("…, 61-001 Poznań, Polska" gives "PL"). */
export function countryAtEnd(address: string | null): string | null {
  return countryOfName(address?.split(/[,\n]/).pop());
}
