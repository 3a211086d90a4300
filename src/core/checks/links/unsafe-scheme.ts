import type { Check } from '../types';
import { LINK_PAGE_TYPES, linkEvidence, linksOf, reasonValues } from './select';

const SCRIPT_SCHEMES = ['scheme:javascript', 'scheme:vbscript'];

/**
 * javascript:, vbscript:, data: or file: links in a listing: a marketplace should never let them
 * through. Script links are high (they run code in the buyer's browser); data: and file: medium.
 */
export const unsafeSchemeCheck: Check = {
  id: 'links.unsafe-scheme',
  reads: [],
  pageTypes: LINK_PAGE_TYPES,
  run(page) {
    const links = linksOf(page, ['unsafe-scheme']);
    if (links.length === 0) return null;
    const runsScript = links.some((l) => l.reasons.some((r) => SCRIPT_SCHEMES.includes(r)));
    return {
      severity: runsScript ? 'high' : 'medium',
      legalBasis: 'DSA Art. 16 (notice)',
      evidence: linkEvidence(links),
      params: [reasonValues(links, 'scheme:').join(', ')],
    };
  },
};
