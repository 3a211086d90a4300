import type { Check } from '../types';
import { hasReason, LINK_PAGE_TYPES, linkEvidence, onMarketplace, reasonValues, WRITTEN_SOURCES } from './select';

/**
 * A messenger link or handle moves the deal off the marketplace, where the trader cannot be traced
 * and the buyer loses the platform's protections (a common scam and circumvention pattern).
 * On an unknown shop a WhatsApp button is ordinary customer service: not reported there.
 */
export const messengerCheck: Check = {
  id: 'links.messenger',
  reads: [],
  pageTypes: LINK_PAGE_TYPES,
  run(page) {
    if (!onMarketplace(page)) return null;
    const links = page.links.filter(
      (l) => WRITTEN_SOURCES.includes(l.source) && (l.kind === 'messenger' || hasReason(l, 'messenger:')),
    );
    if (links.length === 0) return null;
    return {
      severity: 'high',
      legalBasis: 'DSA Art. 30; DSA Art. 31; DSA Art. 16 (notice)',
      evidence: linkEvidence(links),
      params: [reasonValues(links, 'messenger:').join(', ')],
    };
  },
};
