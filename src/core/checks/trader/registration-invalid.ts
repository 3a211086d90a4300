import { resolveCountry } from '../../validate/country';
import { checkRegistrationNumber } from '../../validate/registration';
import { checkVatNumber } from '../../validate/vat';
import type { IdVerdict } from '../../validate/verdict';
import type { Check } from '../types';

const isInvalid = (verdict: IdVerdict): boolean => verdict === 'bad-format' || verdict === 'bad-check';

export const registrationInvalidCheck: Check = {
  id: 'trader.registration-invalid',
  reads: [],
  pageTypes: ['product', 'seller'],
  run(page) {
    const { vatNumber, registrationNumber } = page.trader;
    const country = resolveCountry(page.trader.country, page.trader.address);
    const invalid = [
      vatNumber && isInvalid(checkVatNumber(vatNumber, country)) ? vatNumber : null,
      registrationNumber && isInvalid(checkRegistrationNumber(registrationNumber, country)) ? registrationNumber : null,
    ].filter((n): n is string => !!n);
    if (invalid.length === 0) return null;
    return { severity: 'medium', legalBasis: 'DSA Art. 30(2)', evidence: invalid, params: [invalid.join(', ')] };
  },
};
