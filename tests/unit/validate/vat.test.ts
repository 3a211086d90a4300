import { describe, expect, it } from 'vitest';
import { checkVatNumber, hasVatPrefix } from '../../../src/core/validate/vat';

// Fictitious numbers with correct (or deliberately wrong) check digits.
describe('checkVatNumber', () => {
  it.each([
    ['DE314159262', null],
    ['DE 314 159 262', null],
    ['de314159262', null],
    ['USt-IdNr.: DE314159262', null],
    ['PL5273182847', null],
    ['ATU17320502', null],
    ['ESB12345674', null],
    ['EL271828187', null],
    ['NL161803398B01', null],
    ['FR29271828182', null],
    ['GB271828149', null],
    ['CZ271828100', null],
  ])('%s is valid', (vat, country) => {
    expect(checkVatNumber(vat, country)).toBe('valid');
  });

  it('takes the prefix from the trader country when the page omits it', () => {
    expect(checkVatNumber('314159262', 'DE')).toBe('valid');
    expect(checkVatNumber('5273182847', 'PL')).toBe('valid');
    expect(checkVatNumber('271828187', 'GR')).toBe('valid');
  });

  it('accepts GR for Greece and XI (Northern Ireland) as GB numbers', () => {
    expect(checkVatNumber('GR271828187', null)).toBe('valid');
    expect(checkVatNumber('XI271828149', null)).toBe('valid');
  });

  it('tells a wrong check digit from a wrong format', () => {
    expect(checkVatNumber('DE314159260', null)).toBe('bad-check');
    expect(checkVatNumber('PL5273182840', null)).toBe('bad-check');
    expect(checkVatNumber('DE31415926', null)).toBe('bad-format');
    expect(checkVatNumber('ATU1732050', null)).toBe('bad-format');
    expect(checkVatNumber('NL161803398', null)).toBe('bad-format');
  });

  it('ignores a remark after the number', () => {
    expect(checkVatNumber('DE 314 159 262 (verified)', null)).toBe('valid');
    expect(checkVatNumber('DE314159260, USt-ID', null)).toBe('bad-check');
  });

  it('does not judge numbers whose scheme it cannot know', () => {
    expect(checkVatNumber('314159262', null)).toBe('unchecked');
    expect(checkVatNumber('314159262', 'CN')).toBe('unchecked');
    expect(checkVatNumber('CHE-123.456.788 MWST', null)).toBe('unchecked');
    expect(checkVatNumber('US123456789', null)).toBe('unchecked');
  });
});

describe('hasVatPrefix', () => {
  it('recognises EU and GB prefixes only', () => {
    expect(hasVatPrefix('DE314159262')).toBe(true);
    expect(hasVatPrefix('VAT: el 271828187')).toBe(true);
    expect(hasVatPrefix('CN123')).toBe(false);
    expect(hasVatPrefix('0000123456')).toBe(false);
  });
});
