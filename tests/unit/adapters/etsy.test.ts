import { describe, expect, it } from 'vitest';
import { etsyAdapter } from '../../../src/core/adapters/etsy';
import { documentFrom } from '../../support/dom';
import { itReadsItsFixtures } from '../../support/adapter-fixture-reads';

const doc = documentFrom('<html><body></body></html>');
const pageTypeOf = (url: string) => etsyAdapter.pageType({ doc, url: new URL(url) });
const idOf = (url: string) => etsyAdapter.listingIdOf(new URL(url));

describe('etsy adapter', () => {
  describe('fixture pages', () => itReadsItsFixtures(etsyAdapter, 'etsy'));

  it('serves etsy.com and its subdomains only', () => {
    expect(etsyAdapter.matchesUrl(new URL('https://www.etsy.com/de/listing/1/x'))).toBe(true);
    for (const url of ['https://www.myetsy.com/listing/1587654321/x', 'https://etsy.com.example.org/listing/1587654321/x', 'https://etsy.me/3abcDEF']) {
      expect(etsyAdapter.matchesUrl(new URL(url))).toBe(false);
    }
    // etsy.me is Etsy's own share link (classified as a shortener first: it hides which listing it opens).
    expect(etsyAdapter.ownDomains).toContain('etsy.me');
  });

  it.each([
    ['https://www.etsy.com/listing/1587654321/handgemachte-holzrassel', 'product', '1587654321'],
    ['https://www.etsy.com/de/listing/1587654321/handgemachte-holzrassel?ref=shop_home', 'product', '1587654321'],
    ['https://www.etsy.com/fr/listing/1576543210', 'product', '1576543210'],
    ['https://www.etsy.com/nl/listing/1576543210/kaars', 'product', '1576543210'],
    ['https://www.etsy.com/shop/HolzwerkstattLindenblatt', 'seller', null],
    ['https://www.etsy.com/de/shop/HolzwerkstattLindenblatt?ref=shop-header-name', 'seller', null],
    ['https://www.etsy.com/de/search?q=holzrassel', 'search', null],
    ['https://www.etsy.com/c/toys-and-games', 'search', null],
    ['https://www.etsy.com/de/', 'other', null],
    ['https://www.etsy.com/de/listing/not-a-number/x', 'other', null],
    ['https://www.etsy.com/de/shop/Holzwerkstatt/reviews', 'other', null],
  ])('%s is a %s page with listing id %s', (url, pageType, id) => {
    expect(pageTypeOf(url)).toBe(pageType);
    expect(idOf(url)).toBe(id);
  });

  it('gives no listing id for other hosts with the same path', () => {
    expect(idOf('https://www.example.com/listing/1587654321/x')).toBeNull();
  });

  it('reports the seller sections unreadable, not missing, on an empty listing page', () => {
    const input = { doc, url: new URL('https://www.etsy.com/de/listing/1587654321/x') };
    const facts = etsyAdapter.extract(input);
    expect(facts.trader.status).toBe('unknown');
    expect(facts.unreadable).toEqual(
      expect.arrayContaining(['trader.name', 'trader.legalName', 'trader.status', 'safety.manufacturer.name', 'safety.warnings', 'links', 'texts.description']),
    );
  });
});
