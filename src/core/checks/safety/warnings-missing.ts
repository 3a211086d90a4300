import { hasBodyText, showsWarnings, warningNeed } from '../../safety/listing';
import type { Check } from '../types';

export const warningsMissingCheck: Check = {
  id: 'safety.warnings-missing',
  reads: ['safety.warnings', 'texts.description'],
  run(page) {
    if (!hasBodyText(page)) return null;
    const need = warningNeed(page);
    if (!need || showsWarnings(page)) return null;
    // The warnings belong to the product whoever sells it, but the listing duty binds businesses:
    // high only for a trader offering a toy that needs a specific warning.
    const severity = need.specific && page.trader.status !== 'private' ? 'high' : 'medium';
    return {
      severity,
      legalBasis: 'GPSR Art. 19(d); Directive 2009/48/EC Art. 11',
      evidence: [need.term],
      params: [need.term],
    };
  },
};
