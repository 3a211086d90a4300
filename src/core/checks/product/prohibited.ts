import type { Severity } from '../../model';
import { SEVERITY_ORDER } from '../../model';
import prohibited from '../../terms/prohibited.json';
import type { TermList } from '../../text/terms';
import type { Check } from '../types';
import {
  combinedMatcher,
  excerpts,
  foldedSet,
  hitsIn,
  productTexts,
  termsOf,
  wordsAfter,
  wordsBefore,
  type TermHit,
} from './term-context';

type Category = keyof typeof prohibited.categories;

const MEDICINE = 'Directive 2001/83/EC Art. 85c';
const NOTICE = 'DSA Art. 16 (notice)';
const WEAPONS = 'national weapons law (e.g. DE WaffG Annex 2, NL WWM Art. 2)';

// Severity follows how clear the breach is across the EU: prescription medicines and banned
// substances may not be sold this way anywhere; weapons rules differ between member states.
const RULES: Record<Category, { severity: Severity; legalBasis: readonly string[] }> = {
  'prescription-medicine': { severity: 'high', legalBasis: [MEDICINE, NOTICE] },
  'banned-substance': {
    severity: 'high',
    legalBasis: ['Regulation (EC) 178/2002 Art. 14', 'Directive 2001/83/EC Art. 1(2)', NOTICE],
  },
  weapon: { severity: 'high', legalBasis: [WEAPONS, 'Regulation (EU) 2019/1020', NOTICE] },
  'restricted-weapon': { severity: 'medium', legalBasis: [WEAPONS, NOTICE] },
  'restricted-substance': { severity: 'medium', legalBasis: ['Regulation (EC) 1925/2006 Art. 8', NOTICE] },
};

const CATEGORIES = Object.keys(prohibited.categories) as Category[];
const CATEGORY_OF = new Map<string, Category>();
for (const category of CATEGORIES) {
  for (const term of foldedSet(prohibited.categories[category])) CATEGORY_OF.set(term, category);
}
const match = combinedMatcher(...CATEGORIES.map((c): TermList => prohibited.categories[c]), prohibited.traps);
const BENIGN_AFTER = foldedSet(prohibited.benignAfter);
const BENIGN_BEFORE = foldedSet(prohibited.benignBefore);
const LINK_WORDS = foldedSet(prohibited.linkWords);
const BUNDLE_WORDS = foldedSet(prohibited.bundleWords);

/** "Ozempic pen case", "Taser holster" — but not "pepper spray with holster". */
function accessoryAfter(hit: TermHit): boolean {
  for (const word of wordsAfter(hit, 3)) {
    if (BUNDLE_WORDS.has(word)) return false;
    if (BENIGN_AFTER.has(word)) return true;
  }
  return false;
}

/** "cooler bag for Ozempic", "Buch über Semaglutid", "étui d'Ozempic". */
function accessoryBefore(hit: TermHit): boolean {
  const window = wordsBefore(hit, 5);
  const link = window.findLastIndex((w) => LINK_WORDS.has(w));
  if (link < 0) return false;
  const lead = window.slice(0, link);
  return lead.some((w, i) => BENIGN_BEFORE.has(w) || BENIGN_BEFORE.has(`${w} ${lead[i + 1] ?? ''}`.trim()));
}

export const prohibitedCheck: Check = {
  id: 'product.prohibited',
  reads: [],
  run(page, context) {
    const hits = productTexts(page, context.isUnreadable)
      .flatMap((text) => hitsIn(match, text))
      .filter((hit) => CATEGORY_OF.has(hit.term) && !accessoryAfter(hit) && !accessoryBefore(hit));
    if (hits.length === 0) return null;
    const rules = [...new Set(hits.map((h) => CATEGORY_OF.get(h.term) as Category))].map((c) => RULES[c]);
    const severity = rules.map((r) => r.severity).sort((a, b) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])[0] ?? 'medium';
    return {
      severity,
      legalBasis: [...new Set(rules.flatMap((r) => r.legalBasis))].join('; '),
      evidence: excerpts(hits),
      params: [termsOf(hits)],
    };
  },
};
