import type { Check } from '../types';
import { isTrader, sellerEvidence } from './seller';

export const registrationMissingCheck: Check = {
  id: 'trader.registration-missing',
  reads: ['trader.registrationNumber'],
  pageTypes: ['product', 'seller'],
  run(page, context) {
    if (!isTrader(page) || page.trader.registrationNumber)
      return null;
    // Not every trader is in a trade register (Art. 30(1)(d) asks "where registered"); a VAT number
    // still identifies the business, so its absence weighs less then.
    const vatShown = !!page.trader.vatNumber && !context.isUnreadable('trader.vatNumber');
    return {
      severity: vatShown ? 'low' : 'medium',
      legalBasis: 'DSA Art. 30(1)(d)',
      evidence: sellerEvidence(page.trader),
    };
  },
};
