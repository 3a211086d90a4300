import { isPlausiblePhone } from '../../validate/phone';
import type { Check } from '../types';
import { isTrader, sellerEvidence } from './seller';

export const contactMissingCheck: Check = {
  id: 'trader.contact-missing',
  reads: ['trader.email', 'trader.phone'],
  pageTypes: ['product', 'seller'],
  run(page, context) {
    if (!isTrader(page)) return null;
    const { email, phone } = page.trader;
    if (email || isPlausiblePhone(phone)) return null;
    // A "phone number" no one can dial (too short, "0000000") counts as none; it is shown as evidence.
    const evidence = [...sellerEvidence(page.trader), ...(phone ? [phone] : [])];
    return { severity: 'medium', legalBasis: 'DSA Art. 30(1)(a); DSA Art. 30(7)', evidence };
  },
};
