import { foldForMatching } from './normalize';

/** Terms per language, as kept in the JSON term lists under src/core/terms/. */
export type TermList = Partial<Record<string, readonly string[]>>;

export interface TermMatch {
  term: string;
  /** The matched words with some context, for evidence. */
  excerpt: string;
}

const CONTEXT_CHARS = 40;

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for whole words or phrases from every language of a term list.
 * Terms and text are folded (case, accents, look-alike forms), terms match on word boundaries
 * only ("medicine cabinet" does not contain the word "medic"), and the pattern is a plain
 * alternation of literals: no nested quantifiers, so no catastrophic backtracking.
 */
export function termMatcher(list: TermList): (text: string) => TermMatch[] {
  const terms = [...new Set(Object.values(list).flat().filter((t): t is string => !!t).map(foldForMatching))]
    .filter((t) => t.length > 0)
    .sort((a, b) => b.length - a.length);
  if (terms.length === 0) return () => [];
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => {
    const folded = foldForMatching(text);
    const matches: TermMatch[] = [];
    for (const m of folded.matchAll(pattern)) {
      const start = Math.max(0, m.index - CONTEXT_CHARS);
      const end = Math.min(folded.length, m.index + m[0].length + CONTEXT_CHARS);
      matches.push({ term: m[0], excerpt: folded.slice(start, end).trim() });
    }
    return matches;
  };
}
