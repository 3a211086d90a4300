// Bidi controls and zero-width characters: page text may use them to disguise words or links.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const SPACES = /\s+/g;

/** Text as a person reads it: invisible characters removed, white space folded, trimmed. */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(INVISIBLE, '').replace(SPACES, ' ').trim();
}

/** cleanText, with "" turned into null (a field the page does not fill). */
export function cleanOrNull(value: string | null | undefined): string | null {
  const text = cleanText(value);
  return text === '' ? null : text;
}

/** Lower-cased, accent-free, NFKC form for matching terms across scripts and look-alike characters. */
export function foldForMatching(value: string): string {
  return cleanText(value).normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase();
}
