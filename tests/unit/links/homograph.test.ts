import { describe, expect, it } from 'vitest';
import { isHomographLabel, lookAlikeOf, skeleton } from '../../../src/core/links/homograph';
import { decodeLabel } from '../../../src/core/links/punycode';

describe('punycode', () => {
  it.each([
    ['xn--mnchen-3ya', 'münchen'],
    ['xn--80ak6aa92e', 'аррӏе'],
    ['xn--e1afmkfd', 'пример'],
    ['xn--liexpress-zyh', 'аliexpress'],
    ['xn--bcher-kva', 'bücher'],
    ['example', 'example'],
  ])('%s → %s', (label, expected) => {
    expect(decodeLabel(label)).toBe(expected);
  });

  it('rejects invalid or oversized labels', () => {
    expect(decodeLabel('xn--')).toBeNull();
    expect(decodeLabel('xn--ab!c')).toBeNull();
    expect(decodeLabel(`xn--${'a'.repeat(100)}`)).toBeNull();
    expect(decodeLabel('xn--9999999999999999')).toBeNull();
  });
});

describe('homographs and look-alikes', () => {
  it('sees mixed and disguised scripts', () => {
    expect(isHomographLabel('аliexpress')).toBe(true);
    expect(isHomographLabel('аррӏе')).toBe(true);
    expect(isHomographLabel('пример')).toBe(false);
    expect(isHomographLabel('münchen')).toBe(false);
    expect(isHomographLabel('例子')).toBe(false);
  });

  it('maps look-alike characters', () => {
    expect(skeleton('amaz0n')).toBe(skeleton('amazon'));
    expect(skeleton('arnazon')).toBe(skeleton('amazon'));
    expect(skeleton('a1iexpress')).toBe(skeleton('aliexpress'));
  });

  it('names the imitated brand, never the brand itself or distant names', () => {
    const brands = ['aliexpress', 'amazon', 'ebay', 'bol', 'temu'];
    expect(lookAlikeOf('aliexpres', brands)).toBe('aliexpress');
    expect(lookAlikeOf('amazom', brands)).toBe('amazon');
    expect(lookAlikeOf('e6ay', brands)).toBeNull();
    expect(lookAlikeOf('ebey', brands)).toBeNull(); // short names: skeleton only
    expect(lookAlikeOf('eboy', brands)).toBeNull();
    expect(lookAlikeOf('b0l', brands)).toBe('bol');
    expect(lookAlikeOf('aliexpress', brands)).toBeNull();
    expect(lookAlikeOf('amazing', brands)).toBeNull();
    expect(lookAlikeOf('temple', brands)).toBeNull();
  });
});
