import type { Check } from '../types';
import { hasReason, LINK_PAGE_TYPES, linkEvidence, reasonValues } from './select';

const PREFIX = 'text-names-other-domain:';

/** The link's visible text names one site and the link goes to another: a classic phishing shape. */
export const deceptiveTextCheck: Check = {
  id: 'links.deceptive-text',
  reads: [],
  pageTypes: LINK_PAGE_TYPES,
  run(page) {
    const links = page.links.filter((l) => hasReason(l, PREFIX));
    if (links.length === 0) return null;
    return {
      severity: 'high',
      legalBasis: 'UCPD 2005/29/EC Art. 6(1); DSA Art. 16 (notice)',
      evidence: linkEvidence(links),
      params: [reasonValues(links, PREFIX).join(', ')],
    };
  },
};
