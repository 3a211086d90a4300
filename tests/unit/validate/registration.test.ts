import { describe, expect, it } from 'vitest';
import { checkKrs, checkNip, checkRegon } from '../../../src/core/validate/pl';
import { checkRegistrationNumber } from '../../../src/core/validate/registration';
import { checkUscc } from '../../../src/core/validate/uscc';

// Fictitious numbers built with each scheme's check digit.
describe('checkUscc (GB 32100-2015)', () => {
  it('accepts a well-formed code with the right check character', () => {
    expect(checkUscc('91440300MA5FKX2Q00')).toBe('valid');
    expect(checkUscc('91330782MA2E7R1U6K')).toBe('valid');
    expect(checkUscc('9144 0300 MA5F KX2Q 00')).toBe('valid');
  });
  it('rejects a wrong check character', () => {
    expect(checkUscc('91440300MA5FKX2Q01')).toBe('bad-check');
    expect(checkUscc('91330782MA2E7R1U6L')).toBe('bad-check');
  });
  it('rejects wrong length, letters outside the alphabet, letters in the region code', () => {
    expect(checkUscc('91440300MA5FKX2Q0')).toBe('bad-format');
    expect(checkUscc('91440300MA5FKX2QO0')).toBe('bad-format');
    expect(checkUscc('9144A300MA5FKX2Q00')).toBe('bad-format');
  });
});

describe('Polish numbers', () => {
  it('NIP', () => {
    expect(checkNip('527-318-28-47')).toBe('valid');
    expect(checkNip('PL5273182847')).toBe('valid');
    expect(checkNip('5273182840')).toBe('bad-check');
    expect(checkNip('527318284')).toBe('bad-format');
  });
  it('REGON, 9 and 14 digits', () => {
    expect(checkRegon('271828186')).toBe('valid');
    expect(checkRegon('27182818600017')).toBe('valid');
    expect(checkRegon('271828187')).toBe('bad-check');
    expect(checkRegon('27182818600018')).toBe('bad-check');
    expect(checkRegon('2718281860')).toBe('bad-format');
  });
  it('KRS has no check digit: format only', () => {
    expect(checkKrs('0000123456')).toBe('valid');
    expect(checkKrs('123456')).toBe('bad-format');
  });
});

describe('checkRegistrationNumber', () => {
  it('follows the label that names the scheme', () => {
    expect(checkRegistrationNumber('统一社会信用代码：91440300MA5FKX2Q01', null)).toBe('bad-check');
    expect(checkRegistrationNumber('USCC 91440300MA5FKX2Q00', null)).toBe('valid');
    expect(checkRegistrationNumber('NIP: 527-318-28-40', null)).toBe('bad-check');
    expect(checkRegistrationNumber('REGON 271828186', null)).toBe('valid');
    expect(checkRegistrationNumber('KRS 0000123456', 'PL')).toBe('valid');
    expect(checkRegistrationNumber('KRS 12345', 'PL')).toBe('bad-format');
    expect(checkRegistrationNumber('KRS: 0000 123 456 (aktywny)', 'PL')).toBe('valid');
    expect(checkRegistrationNumber('统一社会信用代码：91440300MA5FKX2Q00（已核验）', null)).toBe('valid');
  });
  it('uses the trader country where the shape leaves no doubt', () => {
    expect(checkRegistrationNumber('91440300MA5FKX2Q01', 'CN')).toBe('bad-check');
    expect(checkRegistrationNumber('271828187', 'PL')).toBe('bad-check');
    expect(checkRegistrationNumber('DE314159260', 'DE')).toBe('bad-check');
  });
  it('leaves other registers and ambiguous numbers alone', () => {
    expect(checkRegistrationNumber('HRB 12345', 'DE')).toBe('unchecked');
    expect(checkRegistrationNumber('HRB 123456 B', null)).toBe('unchecked');
    expect(checkRegistrationNumber('RCS Paris B 123 456 789', 'FR')).toBe('unchecked');
    expect(checkRegistrationNumber('5273182840', 'PL')).toBe('unchecked');
    expect(checkRegistrationNumber('440301123456789', 'CN')).toBe('unchecked');
    expect(checkRegistrationNumber('91440300MA5FKX2Q01', null)).toBe('unchecked');
  });
});
