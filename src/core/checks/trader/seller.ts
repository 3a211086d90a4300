import type { Platform, Trader } from '../../model';
import { guardedMatcher } from '../../safety/guarded-matcher';
import { detectCountry } from '../../validate/country';
import type { CheckContext, JudgedPage } from '../types';
import companyForms from './company-forms.json';

// Marketplaces that admit businesses only: every seller there is a trader under the DSA.
const TRADER_ONLY: ReadonlySet<Platform> = new Set(['aliexpress', 'temu', 'shein', 'amazon', 'bol']);
const matchCompanyForm = guardedMatcher(companyForms.forms);
// Chinese legal forms as substrings: Han script has no word boundaries for the term matcher.
const HAN_COMPANY = /有限公司|有限责任公司|商行/;

/**
 * Whether the seller counts as a trader (DSA Art. 30 applies): it says so, the marketplace admits
 * only businesses, or its name or numbers show a business. A self-declared private seller never does.
 */
export function isTrader(page: Pick<JudgedPage, 'trader' | 'platform'>): boolean {
  const { trader } = page;
  if (trader.status === 'private') return false;
  if (trader.status === 'trader' || (page.platform && TRADER_ONLY.has(page.platform))) return true;
  const names = [trader.name, trader.legalName].filter((n): n is string => !!n).join(' \n ');
  return (
    !!trader.vatNumber || !!trader.registrationNumber || HAN_COMPANY.test(names) || matchCompanyForm(names).length > 0
  );
}

/**
 * Whether the address locates the trader: more than a region or country ("China", "Guangdong,
 * China"). A Latin-script address with no digit and at most four words, naming a country, does not.
 */
export function isGeographicAddress(address: string | null): boolean {
  if (!address) return false;
  if (/\p{Script=Han}/u.test(address) || /\d/.test(address)) return true;
  return address.split(/[\s,]+/).filter(Boolean).length > 4 || detectCountry(address) === null;
}

/** Whether the page names no trader beyond a shop name: no legal name, no address (both readable). */
export function identityMissing(page: JudgedPage, context: CheckContext): boolean {
  if (context.isUnreadable('trader.legalName') || context.isUnreadable('trader.address')) return false;
  return isTrader(page) && !page.trader.legalName && !isGeographicAddress(page.trader.address);
}

/** The trader details the page does show, as evidence for a finding about what it lacks. */
export function sellerEvidence(trader: Trader): string[] {
  return [...new Set([trader.name, trader.legalName, trader.address].filter((v): v is string => !!v))];
}
