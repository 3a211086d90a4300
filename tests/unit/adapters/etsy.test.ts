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

  it('reads the shop from the JSON-LD brand and its store link, the shown price with its currency', () => {
    const page = documentFrom(`<html><body>
      <script type="application/ld+json">{"@type":"Product","name":"Stacking Blocks","brand":{"@type":"Brand","name":"VanityFurGrooming"},"offers":[]}</script>
      <div data-buy-box-region="price"><p><span class="wt-screen-reader-only">Price:</span>$45.00+</p></div>
      <div class="lp-shop-header"><a href="https://www.etsy.com/shop/VanityFurGrooming?ref=lp_mys_mfts">Visit shop</a></div>
      <div data-region="reg-seller-details"><button>View shop registration details</button>
        <div data-region="seller-details-captcha">Captcha failed to load.</div></div>
      </body></html>`);
    const facts = etsyAdapter.extract({ doc: page, url: new URL('https://www.etsy.com/listing/1394647088/stacking-blocks') });
    expect(facts.listing.price).toEqual({ amount: 45, currency: 'USD' });
    expect(facts.trader).toMatchObject({
      name: 'VanityFurGrooming',
      storeId: 'VanityFurGrooming',
      storeUrl: 'https://www.etsy.com/shop/VanityFurGrooming',
    });
    expect(facts.links).toEqual([
      { href: 'https://www.etsy.com/shop/VanityFurGrooming?ref=lp_mys_mfts', text: 'Visit shop', source: 'seller' },
    ]);
    // The registration details behind the captcha are not on the page: unreadable, never "not shown".
    expect(facts.unreadable).toEqual(expect.arrayContaining(['trader.legalName', 'trader.address', 'trader.status']));
  });

  it('reads a price shown without its currency as unreadable, never in a guessed currency', () => {
    const page = documentFrom('<html><body><div data-buy-box-region="price"><p>45.00</p></div></body></html>');
    const facts = etsyAdapter.extract({ doc: page, url: new URL('https://www.etsy.com/listing/1394647088/x') });
    expect(facts.listing.price).toBeNull();
    expect(facts.unreadable).toContain('listing.price');
  });

  it('reads the 2016 listing page: data-vocabulary microdata, #description-text, .shop-name', () => {
    const page = documentFrom(`<html><body>
      <div class="shop-name"><a href="https://www.etsy.com/shop/InfernoDecals?ref=l2-shop-info-name">InfernoDecals</a></div>
      <div id="listing-page-cart"><div itemscope itemtype="http://data-vocabulary.org/Product"><h1><span itemprop="name">Decal sticker</span></h1>
        <div itemprop="offerDetails" itemscope itemtype="http://data-vocabulary.org/Offer"><meta itemprop="currency" content="USD"><meta itemprop="price" content="2.99"></div></div></div>
      <div id="description-text">Die cut sticker.</div></body></html>`);
    const facts = etsyAdapter.extract({ doc: page, url: new URL('https://www.etsy.com/listing/230389421/decal') });
    expect(facts.listing).toMatchObject({ title: 'Decal sticker', price: { amount: 2.99, currency: 'USD' } });
    expect(facts.trader).toMatchObject({ name: 'InfernoDecals', storeId: 'InfernoDecals' });
    expect(facts.texts.description).toBe('Die cut sticker.');
  });
});
