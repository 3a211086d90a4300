import { cleanText, foldForMatching } from './normalize';

/** Terms per language, as kept in the JSON term lists under src/core/terms/. */
export type TermList = Partial<Record<string, readonly string[]>>;

/** Finds terms in a text; `limit` stops after that many matches (hostile pages repeat a term thousands of times). */
export type TermMatcher = (text: string, limit?: number) => TermMatch[];

export interface TermMatch {
  /** The matched words, folded (as the term list's entry folds). */
  term: string;
  /** Where the match starts in the text as given, and how long it is there. */
  index: number;
  length: number;
  /** The matched words with some context, as the text writes them (white space folded), for evidence. */
  excerpt: string;
}

const CONTEXT_CHARS = 40;

// What foldForMatching's cleanText step removes (bidi controls, zero-width characters, soft hyphen).
function isInvisible(code: number): boolean {
  return (
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0x2066 && code <= 0x2069) ||
    code === 0xfeff ||
    code === 0xad
  );
}

// What it folds into one space: JavaScript's \s.
function isSpace(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

// A page uses few distinct non-ASCII characters: fold each once (bounded against hostile pages).
const FOLDED_CHARACTERS = new Map<string, string>();
const MAX_FOLDED_CHARACTERS = 4096;

function foldCharacter(char: string): string {
  let folded = FOLDED_CHARACTERS.get(char);
  if (folded === undefined) {
    folded = char.normalize('NFKD').replace(/\p{M}/gu, '').normalize('NFKC').toLowerCase();
    if (FOLDED_CHARACTERS.size < MAX_FOLDED_CHARACTERS) FOLDED_CHARACTERS.set(char, folded);
  }
  return folded;
}

/** Folded text plus, for each of its UTF-16 units, where the character it came from starts and ends. */
interface FoldedText {
  folded: string;
  starts: number[];
  ends: number[];
}

/**
 * foldForMatching, character by character, remembering where each folded character came from.
 * Linear in the text. Where folding a character alone differs from folding the whole text (Greek
 * final sigma, Hangul jamo composing), the whole text's folding wins when it keeps the length, so
 * matching sees exactly what foldForMatching gives.
 */
function foldWithOffsets(text: string): FoldedText {
  let byCharacter = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let inSpace = false;
  for (let index = 0; index < text.length;) {
    const start = index;
    const code = text.codePointAt(index) as number;
    index += code > 0xffff ? 2 : 1;
    if (isInvisible(code)) continue;
    if (isSpace(code)) {
      // Leading white space is trimmed; a run folds to one space.
      if (!inSpace && byCharacter.length > 0) {
        byCharacter += ' ';
        starts.push(start);
        ends.push(index);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    const folded =
      code < 0x80
        ? code >= 0x41 && code <= 0x5a
          ? String.fromCharCode(code + 0x20)
          : (text[start] as string)
        : foldCharacter(text.slice(start, index));
    byCharacter += folded;
    for (let i = 0; i < folded.length; i++) {
      starts.push(start);
      ends.push(index);
    }
  }
  if (inSpace && byCharacter.length > 0) {
    byCharacter = byCharacter.slice(0, -1);
    starts.pop();
    ends.pop();
  }
  const whole = foldForMatching(text);
  return { folded: whole.length === byCharacter.length ? whole : byCharacter, starts, ends };
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for whole words or phrases from every language of a term list.
 * Terms and text are folded (case, accents, look-alike forms), terms match on word boundaries
 * only ("medicine cabinet" does not contain the word "medic"), and the pattern is a plain
 * alternation of literals: no nested quantifiers, so no catastrophic backtracking.
 * Matches point into the text as given, and quote it as written.
 */
export function termMatcher(list: TermList): TermMatcher {
  const terms = [
    ...new Set(
      Object.values(list)
        .flat()
        .filter((t): t is string => !!t)
        .map(foldForMatching),
    ),
  ]
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  if (terms.length === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text, limit = Infinity) => {
    const { folded, starts, ends } = foldWithOffsets(text);
    const matches: TermMatch[] = [];
    for (const m of folded.matchAll(pattern)) {
      if (matches.length >= limit) break;
      const last = m.index + m[0].length - 1;
      const from = starts[Math.max(0, m.index - CONTEXT_CHARS)] as number;
      const to = ends[Math.min(folded.length - 1, last + CONTEXT_CHARS)] as number;
      const index = starts[m.index] as number;
      matches.push({
        term: m[0],
        index,
        length: (ends[last] as number) - index,
        excerpt: cleanText(text.slice(from, to)),
      });
    }
    return matches;
  };
}
