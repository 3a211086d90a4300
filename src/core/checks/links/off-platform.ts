import { isWarningReason } from '../../links/reasons';
import type { Check } from '../types';
import { hasReason, hostsOf, LINK_PAGE_TYPES, LISTING_SOURCES, linkEvidence, linksOf, onMarketplace } from './select';

const WRITTEN_LISTING_SOURCES = LISTING_SOURCES.filter((source) => source !== 'image');

/**
 * The listing sends buyers to another site, outside the marketplace's protections (high when the
 * target also looks deceptive: a look-alike domain, a bare IP...). Trader
 * contact details (mailto:, tel:) and the seller's and manufacturer's own sections are not counted:
 * the law asks for those.
 */
export const offPlatformCheck: Check = {
  id: 'links.off-platform',
  reads: [],
  pageTypes: LINK_PAGE_TYPES,
  run(page) {
    if (!onMarketplace(page)) return null;
    // Written in the listing itself; an off-platform address in an image code is links.image-code.
    const links = linksOf(page, ['off-platform'], WRITTEN_LISTING_SOURCES).filter((l) => !hasReason(l, 'contact:'));
    if (links.length === 0) return null;
    return {
      severity: links.some((l) => l.reasons.some(isWarningReason)) ? 'high' : 'medium',
      legalBasis: 'DSA Art. 16 (notice); DSA Art. 31',
      evidence: linkEvidence(links),
      params: [String(links.length), hostsOf(links)],
      count: links.length,
    };
  },
};
