import { detectCountry, isEuCountry, resolveCountry } from '../../validate/country';
import type { Check, CheckContext, FindingDraft, JudgedPage } from '../types';

const LEGAL_BASIS = 'GPSR Art. 19(b); GPSR Art. 16; Regulation (EU) 2019/1020 Art. 4';

function finding(severity: FindingDraft['severity'], evidence: (string | null)[]): FindingDraft {
  return { severity, legalBasis: LEGAL_BASIS, evidence: evidence.filter((e): e is string => !!e) };
}

function sellerCountry(page: JudgedPage, context: CheckContext): string | null {
  if (context.isUnreadable('trader.country') && context.isUnreadable('trader.address')) return null;
  return resolveCountry(page.trader.country, page.trader.address);
}

export const euResponsibleMissingCheck: Check = {
  id: 'safety.eu-responsible-missing',
  reads: ['safety.euResponsiblePerson.name', 'safety.euResponsiblePerson.address'],
  run(page, context) {
    if (page.trader.status === 'private') return null;
    const { manufacturer, euResponsiblePerson: person } = page.safety;
    if (person.name || person.address) {
      // Named, but the address places them outside the EU: not a responsible person under Art. 4.
      const personCountry = detectCountry(person.address);
      return personCountry && !isEuCountry(personCountry) ? finding('high', [person.name, person.address]) : null;
    }
    const seller = sellerCountry(page, context);
    // A seller in the EU is likely the importer, only not named as such: the listing still lacks it.
    const sellerInEu = isEuCountry(seller);
    const makerCountry = context.isUnreadable('safety.manufacturer.address')
      ? null
      : detectCountry(manufacturer.address);
    if (makerCountry) {
      if (isEuCountry(makerCountry)) return null;
      return finding(sellerInEu ? 'medium' : 'high', [manufacturer.name, manufacturer.address]);
    }
    // Maker's country unknown: with a seller in the EU, nothing shows the product comes from outside.
    if (sellerInEu) return null;
    return seller ? finding('high', [page.trader.name, page.trader.address ?? seller]) : finding('medium', []);
  },
};
