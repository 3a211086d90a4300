import type { Check } from '../types';

export const manufacturerMissingCheck: Check = {
  id: 'safety.manufacturer-missing',
  reads: ['safety.manufacturer.name', 'safety.manufacturer.address'],
  run(page) {
    // GPSR binds economic operators, not consumers selling their own things.
    if (page.trader.status === 'private') return null;
    const { name, address } = page.safety.manufacturer;
    if (name && address) return null;
    const shown = [name, address].filter((v): v is string => !!v);
    return { severity: shown.length === 0 ? 'high' : 'medium', legalBasis: 'GPSR Art. 19(a)', evidence: shown };
  },
};
