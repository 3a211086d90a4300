import { describe, expect, it } from 'vitest';
import { bolAdapter } from '../../../src/core/adapters/bol';
import { documentFrom } from '../../support/dom';
import { itReadsItsFixtures } from '../../support/adapter-fixture-reads';

const doc = documentFrom('<html><body></body></html>');
const pageTypeOf = (url: string) => bolAdapter.pageType({ doc, url: new URL(url) });
const idOf = (url: string) => bolAdapter.listingIdOf(new URL(url));

describe('bol adapter', () => {
  describe('fixture pages', () => itReadsItsFixtures(bolAdapter, 'bol'));

  it('serves bol.com and its subdomains only', () => {
    expect(bolAdapter.matchesUrl(new URL('https://www.bol.com/nl/nl/'))).toBe(true);
    expect(bolAdapter.matchesUrl(new URL('https://bol.com/be/fr/'))).toBe(true);
    for (const url of ['https://www.notbol.com/nl/nl/p/x/9300000012345678/', 'https://bol.com.evil.example/nl/nl/p/x/9300000012345678/', 'https://www.bol.de/']) {
      expect(bolAdapter.matchesUrl(new URL(url))).toBe(false);
    }
  });

  it.each([
    ['https://www.bol.com/nl/nl/p/houten-trein/9300000187654321/', 'product', '9300000187654321'],
    ['https://www.bol.com/be/nl/p/houten-trein/9300000187654321/?bltgh=abc', 'product', '9300000187654321'],
    ['https://www.bol.com/be/fr/p/guirlande/9300000155566677', 'product', '9300000155566677'],
    ['https://www.bol.com/nl/nl/v/speelgoedhuis-de-vlinder/1234567/', 'seller', null],
    ['https://www.bol.com/nl/nl/s/?searchtext=trein', 'search', null],
    ['https://www.bol.com/nl/nl/l/speelgoed/7934/', 'search', null],
    ['https://www.bol.com/nl/nl/m/klantenservice/', 'other', null],
    ['https://www.bol.com/nl/nl/p/no-id-here/', 'other', null],
    ['https://www.bol.com/de/de/p/houten-trein/9300000187654321/', 'other', null],
  ])('%s is a %s page with listing id %s', (url, pageType, id) => {
    expect(pageTypeOf(url)).toBe(pageType);
    expect(idOf(url)).toBe(id);
  });

  it('gives no listing id for other hosts with the same path', () => {
    expect(idOf('https://www.example.com/nl/nl/p/houten-trein/9300000187654321/')).toBeNull();
  });

  it('counts its image CDN as its own', () => {
    expect(bolAdapter.ownDomains).toContain('s-bol.com');
  });
});

describe('labelled page text', () => {
  it('keeps words of neighbouring elements apart, even in a deeply nested page', async () => {
    const { blockText: spacedText } = await import('../../../src/core/adapters/dom');
    const section = documentFrom('<div><h2>Verkoopinformatie</h2><p>Zakelijke verkoper</p></div>').querySelector('div');
    expect(spacedText(section)).toBe('Verkoopinformatie Zakelijke verkoper');
    const deep = documentFrom(`<div id="d">${'<span>'.repeat(3000)}CE${'</span>'.repeat(3000)}</div>`);
    expect(spacedText(deep.getElementById('d'))).toBe('CE');
  });
});
