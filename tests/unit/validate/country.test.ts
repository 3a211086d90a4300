import { describe, expect, it } from 'vitest';
import { detectCountry, isEuCountry, resolveCountry } from '../../../src/core/validate/country';

describe('detectCountry', () => {
  it.each([
    ['Room 1201, Building A, Longhua District, Shenzhen, Guangdong, China', 'CN'],
    ['Longhua District, Shenzhen 518000', 'CN'],
    ['Volksrepublik China', 'CN'],
    ['Chine', 'CN'],
    ['Chiny', 'CN'],
    ['Cina', 'CN'],
    ['P.R. China', 'CN'],
    ['中国广东省深圳市龙华区', 'CN'],
    ['深圳市龙华区民治街道 88 号', 'CN'],
    ['中国香港特别行政区', 'HK'],
    ['香港九龍旺角', 'HK'],
    ['Tai Po Industrial Estate, Hong Kong', 'HK'],
    ['No. 5 Export Road, Yiwu, Zhejiang, 322000 CN', 'CN'],
    ['Musterstraße 1, 10115 Berlin, Deutschland', 'DE'],
    ['Shanghai-Allee 5, 20457 Hamburg, Germany', 'DE'],
    ['12 rue de la Paix, 75002 Paris, France', 'FR'],
    ['Calle Mayor 3, 28013 Madrid, España', 'ES'],
    ['Via Roma 1, 00100 Roma, Italia', 'IT'],
    ['Damrak 1, 1012 LG Amsterdam, Nederland', 'NL'],
    ['ul. Marszałkowska 1, 00-001 Warszawa, Polska', 'PL'],
    ['Praha 1, Czech Republic', 'CZ'],
    ['1 High Street, London, UK', 'GB'],
    ['500 Main St, Dover, DE 19901, USA', 'US'],
  ])('%s → %s', (address, code) => {
    expect(detectCountry(address)).toBe(code);
  });

  it.each([null, '', 'Hamburg', 'Main Street 5', 'CEO office, 5th floor', '10115 Berlin, DE 1'])(
    '%s → null',
    (address) => {
      expect(detectCountry(address)).toBeNull();
    },
  );
});

describe('resolveCountry', () => {
  it('prefers the adapter code, normalising UK and EL', () => {
    expect(resolveCountry('cn', 'Berlin, Deutschland')).toBe('CN');
    expect(resolveCountry('UK', null)).toBe('GB');
    expect(resolveCountry('EL', null)).toBe('GR');
    expect(resolveCountry(null, 'Wien, Österreich')).toBe('AT');
    expect(resolveCountry(null, null)).toBeNull();
  });
});

describe('isEuCountry', () => {
  it('knows the 27', () => {
    expect(['DE', 'FR', 'PL', 'IE', 'CY'].every(isEuCountry)).toBe(true);
    expect(['GB', 'CH', 'NO', 'CN', 'US', 'TR'].some(isEuCountry)).toBe(false);
    expect(isEuCountry(null)).toBe(false);
  });
});
