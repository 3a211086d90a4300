import type { Check } from '../types';
import { hostsOf, LINK_PAGE_TYPES, linkEvidence, linksOf, onMarketplace } from './select';

/**
 * A link through an affiliate network or an open redirect: the buyer lands elsewhere than the
 * link shows, and someone is often paid for it without saying so. On an unknown shop affiliate
 * links are ordinary, so the finding is low there.
 */
export const redirectCheck: Check = {
  id: 'links.redirect',
  reads: [],
  pageTypes: LINK_PAGE_TYPES,
  run(page) {
    const links = linksOf(page, ['affiliate-redirect']);
    if (links.length === 0) return null;
    return {
      severity: onMarketplace(page) ? 'medium' : 'low',
      legalBasis: 'UCPD 2005/29/EC Art. 7(2); DSA Art. 16 (notice)',
      evidence: linkEvidence(links),
      params: [hostsOf(links)],
    };
  },
};
