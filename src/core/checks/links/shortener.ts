import type { Check } from '../types';
import { LINK_PAGE_TYPES, linkEvidence, linksOf, reasonValues, WRITTEN_SOURCES } from './select';

/** A shortened link hides where it leads until the buyer has clicked. */
export const shortenerCheck: Check = {
  id: 'links.shortener',
  reads: [],
  pageTypes: LINK_PAGE_TYPES,
  run(page) {
    const links = linksOf(page, ['shortener'], WRITTEN_SOURCES);
    if (links.length === 0) return null;
    return {
      severity: 'medium',
      legalBasis: 'DSA Art. 16 (notice)',
      evidence: linkEvidence(links),
      params: [reasonValues(links, 'shortener:').join(', ')],
    };
  },
};
