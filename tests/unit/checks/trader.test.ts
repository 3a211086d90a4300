import { describe, expect, it } from 'vitest';
import { addressMissingCheck } from '../../../src/core/checks/trader/address-missing';
import { contactMissingCheck } from '../../../src/core/checks/trader/contact-missing';
import { identityMissingCheck } from '../../../src/core/checks/trader/identity-missing';
import { TRADER_CHECKS } from '../../../src/core/checks/trader/index';
import { registrationInvalidCheck } from '../../../src/core/checks/trader/registration-invalid';
import { registrationMissingCheck } from '../../../src/core/checks/trader/registration-missing';
import type { JudgedPage } from '../../../src/core/checks/types';
import { findingMessageKey } from '../../../src/core/i18n/translate';
import type { Trader } from '../../../src/core/model';
import { expectCompleteMessages, findingMessages, productPage, runCheck } from './trader-safety-page';

/** A page whose seller declares itself a trader, with the given trader fields. */
function traderPage(trader: Partial<Trader>, edit: (page: JudgedPage) => void = () => {}): JudgedPage {
  return productPage((page) => {
    page.trader = { ...page.trader, status: 'trader', name: 'Sunny Gadgets Store', ...trader };
    edit(page);
  });
}

const FULL_ADDRESS = 'Musterweg 12, 10115 Berlin, Deutschland';

describe('trader.identity-missing', () => {
  it('fires when only a shop name is shown', () => {
    expect(runCheck(identityMissingCheck, traderPage({}))).toEqual({
      severity: 'high',
      legalBasis: 'DSA Art. 30(7); DSA Art. 31',
      evidence: ['Sunny Gadgets Store'],
    });
  });
  it('counts a country or region alone as no address', () => {
    expect(runCheck(identityMissingCheck, traderPage({ address: 'Guangdong, China' }))?.evidence).toEqual([
      'Sunny Gadgets Store',
      'Guangdong, China',
    ]);
  });
  it('is silent when a legal name or an address is shown', () => {
    expect(runCheck(identityMissingCheck, traderPage({ legalName: 'Sunny Gadgets GmbH' }))).toBeNull();
    expect(runCheck(identityMissingCheck, traderPage({ address: FULL_ADDRESS }))).toBeNull();
    expect(runCheck(identityMissingCheck, traderPage({ address: '广东省深圳市龙华区民治街道' }))).toBeNull();
  });
  it('skips unreadable fields, private sellers, and sellers not known to be traders', () => {
    expect(
      runCheck(
        identityMissingCheck,
        traderPage({}, (p) => (p.unreadable = ['trader.legalName'])),
      ),
    ).toBeNull();
    expect(runCheck(identityMissingCheck, traderPage({ status: 'private' }))).toBeNull();
    expect(runCheck(identityMissingCheck, traderPage({ status: 'unknown' }))).toBeNull();
  });
  it('treats every seller on a business-only marketplace as a trader', () => {
    const page = productPage((p) => (p.trader.name = 'Sunny Gadgets Store'), 'aliexpress');
    expect(runCheck(identityMissingCheck, page)?.severity).toBe('high');
  });
});

describe('trader.contact-missing', () => {
  it('fires with no email and no phone', () => {
    expect(runCheck(contactMissingCheck, traderPage({ address: FULL_ADDRESS }))).toEqual({
      severity: 'medium',
      legalBasis: 'DSA Art. 30(1)(a); DSA Art. 30(7)',
      evidence: ['Sunny Gadgets Store', FULL_ADDRESS],
    });
  });
  it('counts a phone number nobody can dial as none, and shows it', () => {
    expect(runCheck(contactMissingCheck, traderPage({ phone: '000000' }))?.evidence).toEqual([
      'Sunny Gadgets Store',
      '000000',
    ]);
  });
  it('is silent with an email or a real phone number', () => {
    expect(runCheck(contactMissingCheck, traderPage({ email: 'service@sunny.example' }))).toBeNull();
    expect(runCheck(contactMissingCheck, traderPage({ phone: '+49 30 1234567' }))).toBeNull();
  });
  it('skips unreadable contact fields and private sellers', () => {
    expect(
      runCheck(
        contactMissingCheck,
        traderPage({}, (p) => (p.unreadable = ['trader.phone'])),
      ),
    ).toBeNull();
    expect(runCheck(contactMissingCheck, traderPage({ status: 'private' }))).toBeNull();
  });
});

describe('trader.address-missing', () => {
  it('fires when the legal name is shown but no address', () => {
    expect(runCheck(addressMissingCheck, traderPage({ legalName: 'Sunny Gadgets GmbH' }))).toEqual({
      severity: 'medium',
      legalBasis: 'DSA Art. 30(1)(a); DSA Art. 30(7)',
      evidence: ['Sunny Gadgets Store', 'Sunny Gadgets GmbH'],
    });
    expect(
      runCheck(addressMissingCheck, traderPage({ legalName: 'Sunny Gadgets GmbH', address: 'China' }))?.severity,
    ).toBe('medium');
  });
  it('leaves it to trader.identity-missing when the legal name is missing too', () => {
    expect(runCheck(addressMissingCheck, traderPage({}))).toBeNull();
  });
  it('fires when the legal name is unreadable (identity-missing cannot say it then)', () => {
    expect(
      runCheck(
        addressMissingCheck,
        traderPage({}, (p) => (p.unreadable = ['trader.legalName'])),
      )?.severity,
    ).toBe('medium');
  });
  it('is silent with an address, an unreadable address, or a private seller', () => {
    expect(
      runCheck(addressMissingCheck, traderPage({ legalName: 'Sunny Gadgets GmbH', address: FULL_ADDRESS })),
    ).toBeNull();
    expect(
      runCheck(
        addressMissingCheck,
        traderPage({ legalName: 'X GmbH' }, (p) => (p.unreadable = ['trader.address'])),
      ),
    ).toBeNull();
    expect(runCheck(addressMissingCheck, traderPage({ legalName: 'X GmbH', status: 'private' }))).toBeNull();
  });
});

describe('trader.registration-missing', () => {
  it('fires for a trader with no register number; weighs less when a VAT number is shown', () => {
    expect(runCheck(registrationMissingCheck, traderPage({}))).toEqual({
      severity: 'medium',
      legalBasis: 'DSA Art. 30(1)(d)',
      evidence: ['Sunny Gadgets Store'],
    });
    expect(runCheck(registrationMissingCheck, traderPage({ vatNumber: 'DE314159262' }))?.severity).toBe('low');
  });
  it('counts a seller with a company form in its name as a trader', () => {
    const page = traderPage({ status: 'unknown', legalName: 'Sunny Gadgets Sp. z o.o.' });
    expect(runCheck(registrationMissingCheck, page)?.severity).toBe('medium');
    expect(
      runCheck(registrationMissingCheck, traderPage({ status: 'unknown', name: '深圳市阳光科技有限公司' }))?.severity,
    ).toBe('medium');
  });
  it('is silent with a number, for private sellers, and for sellers not known to be traders', () => {
    expect(runCheck(registrationMissingCheck, traderPage({ registrationNumber: 'HRB 12345' }))).toBeNull();
    expect(runCheck(registrationMissingCheck, traderPage({ status: 'private', legalName: 'Anna Nowak' }))).toBeNull();
    expect(runCheck(registrationMissingCheck, traderPage({ status: 'unknown', name: 'Anna' }))).toBeNull();
    expect(
      runCheck(
        registrationMissingCheck,
        traderPage({}, (p) => (p.unreadable = ['trader.registrationNumber'])),
      ),
    ).toBeNull();
  });
});

describe('trader.registration-invalid', () => {
  it('fires on a VAT number with a wrong check digit', () => {
    expect(runCheck(registrationInvalidCheck, traderPage({ vatNumber: 'DE314159260' }))).toEqual({
      severity: 'medium',
      legalBasis: 'DSA Art. 30(2)',
      evidence: ['DE314159260'],
      params: ['DE314159260'],
    });
  });
  it('fires on a malformed VAT number and a bad USCC of a Chinese trader', () => {
    expect(runCheck(registrationInvalidCheck, traderPage({ vatNumber: 'FR 1234' }))?.evidence).toEqual(['FR 1234']);
    const page = traderPage({ country: 'CN', registrationNumber: '91440300MA5FKX2Q01', vatNumber: 'DE31415926' });
    expect(runCheck(registrationInvalidCheck, page)?.params).toEqual(['DE31415926, 91440300MA5FKX2Q01']);
  });
  it('uses the trader country for numbers shown without prefix', () => {
    expect(
      runCheck(registrationInvalidCheck, traderPage({ country: 'PL', vatNumber: '5273182840' }))?.evidence,
    ).toEqual(['5273182840']);
    expect(
      runCheck(
        registrationInvalidCheck,
        traderPage({ address: 'ul. Długa 5, 00-001 Warszawa, Polska', vatNumber: '5273182847' }),
      ),
    ).toBeNull();
  });
  it('is silent on valid numbers and on numbers it cannot judge', () => {
    expect(
      runCheck(registrationInvalidCheck, traderPage({ vatNumber: 'DE314159262', registrationNumber: 'HRB 12345' })),
    ).toBeNull();
    expect(
      runCheck(registrationInvalidCheck, traderPage({ country: 'CN', registrationNumber: '91440300MA5FKX2Q00' })),
    ).toBeNull();
    expect(runCheck(registrationInvalidCheck, traderPage({ vatNumber: '314159260' }))).toBeNull();
    expect(runCheck(registrationInvalidCheck, traderPage({ vatNumber: 'CHE-123.456.788 MWST' }))).toBeNull();
  });
});

describe('trader checks', () => {
  it('run on product and seller pages', () => {
    for (const check of TRADER_CHECKS) expect(check.pageTypes).toEqual(['product', 'seller']);
  });
});

describe('trader finding messages', () => {
  it('are complete in every language', () => {
    expectCompleteMessages(
      'trader',
      TRADER_CHECKS.map((c) => c.id),
    );
  });
  it('use $1 exactly where the check passes params', () => {
    const en = findingMessages('en', 'trader');
    expect(en[findingMessageKey('trader.registration-invalid', 'detail')]?.message).toContain('$1');
    for (const id of [
      'trader.identity-missing',
      'trader.contact-missing',
      'trader.address-missing',
      'trader.registration-missing',
    ])
      expect(en[findingMessageKey(id, 'detail')]?.message).not.toContain('$');
  });
});
