import counterfeit from '../../terms/counterfeit.json';
import type { Check } from '../types';
import {
  combinedMatcher,
  excerpts,
  foldedSet,
  hitsIn,
  productTexts,
  termsOf,
  wordsBefore,
  type TermHit,
} from './term-context';

const STRONG = foldedSet(counterfeit.strong);
const WEAK = foldedSet(counterfeit.weak);
const NEGATIONS = foldedSet(counterfeit.negations);
const match = combinedMatcher(counterfeit.strong, counterfeit.weak, counterfeit.traps);

/** "not a replica", "keine Fälschung", "geen namaak": the seller denies it. */
function negated(hit: TermHit): boolean {
  return wordsBefore(hit, 3).some((w) => NEGATIONS.has(w));
}

/**
 * Counterfeit wording. A strong phrase ("1:1 replica", "AAA quality", "mirror quality") is a
 * medium finding; weak words ("replica", "inspired by", "1:1") only count when two different ones
 * occur together, and then as a low one: each alone has too many honest uses.
 */
export const counterfeitSignalCheck: Check = {
  id: 'product.counterfeit-signal',
  reads: [],
  run(page, context) {
    const hits = productTexts(page, context.isUnreadable)
      .flatMap((text) => hitsIn(match, text))
      .filter((hit) => (STRONG.has(hit.term) || WEAK.has(hit.term)) && !negated(hit));
    const strong = hits.filter((h) => STRONG.has(h.term));
    const weak = hits.filter((h) => WEAK.has(h.term));
    const weakTerms = new Set(weak.map((h) => h.term));
    if (strong.length === 0 && weakTerms.size < 2) return null;
    const shown = strong.length > 0 ? [...strong, ...weak] : weak;
    return {
      severity: strong.length > 0 ? 'medium' : 'low',
      legalBasis:
        'Regulation (EU) 2017/1001 Art. 9; Directive 2004/48/EC; Directive 2006/114/EC Art. 4(g); DSA Art. 16 (notice)',
      evidence: excerpts(shown),
      params: [termsOf(shown)],
    };
  },
};
