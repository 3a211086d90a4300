import type { Check } from '../types';
import { identityMissing, isGeographicAddress, isTrader, sellerEvidence } from './seller';

export const addressMissingCheck: Check = {
  id: 'trader.address-missing',
  reads: ['trader.address'],
  pageTypes: ['product', 'seller'],
  run(page, context) {
    // trader.identity-missing already says it when the legal name is missing too.
    if (!isTrader(page) || identityMissing(page, context)) return null;
    if (isGeographicAddress(page.trader.address)) return null;
    return {
      severity: 'medium',
      legalBasis: 'DSA Art. 30(1)(a); DSA Art. 30(7)',
      evidence: sellerEvidence(page.trader),
    };
  },
};
