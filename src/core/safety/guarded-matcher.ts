import { foldForMatching } from '../text/normalize';
import { termMatcher, type TermList } from '../text/terms';

/** Text as space-separated words with a space at each end, so `includes` compares whole words. */
function asWords(text: string): string {
  return ` ${text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
}

export interface Guards {
  /** Longer phrases that contain a term but name something else ("dog toy", "charger plates"). */
  exclude?: TermList;
  /**
   * Words that, right before a term, make it what an accessory is for ("case for smartwatch",
   * "Etui do ładowarki"): such a match does not count.
   */
  notAfter?: TermList;
}

/**
 * Whole-word matching of a term list, with guards against look-alikes: excluded phrases are
 * blanked out of the text first, and matches right after a `notAfter` word are dropped.
 * Returns the distinct matched terms as the list writes them (with accents), for evidence.
 */
export function guardedMatcher(terms: TermList, guards: Guards = {}): (text: string) => string[] {
  const written = new Map<string, string>();
  // The first language's writing wins for terms several languages share ("bluetooth", "peluche").
  for (const term of Object.values(terms).flat()) {
    if (term && !written.has(foldForMatching(term))) written.set(foldForMatching(term), term);
  }
  const matchTerms = termMatcher(terms);
  const matchExcluded = termMatcher(guards.exclude ?? {});
  const markers = Object.values(guards.notAfter ?? {})
    .flat()
    .filter((m): m is string => !!m)
    .map((marker) => asWords(foldForMatching(marker)).trimEnd());
  return (text) => {
    let folded = foldForMatching(text);
    for (const { term } of matchExcluded(folded)) folded = folded.split(term).join(' | ');
    // The excerpt holds the match with 40 characters around it: enough to see the word before.
    const matches = matchTerms(folded).filter((m) => {
      const excerpt = asWords(m.excerpt);
      return !markers.some((marker) => excerpt.includes(`${marker}${asWords(m.term)}`));
    });
    return [...new Set(matches.map((m) => written.get(m.term) ?? m.term))];
  };
}
