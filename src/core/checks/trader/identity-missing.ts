import type { Check } from '../types';
import { identityMissing, sellerEvidence } from './seller';

export const identityMissingCheck: Check = {
  id: 'trader.identity-missing',
  reads: ['trader.legalName', 'trader.address'],
  pageTypes: ['product', 'seller'],
  run(page, context) {
    if (!identityMissing(page, context)) return null;
    return { severity: 'high', legalBasis: 'DSA Art. 30(7); DSA Art. 31', evidence: sellerEvidence(page.trader) };
  },
};
