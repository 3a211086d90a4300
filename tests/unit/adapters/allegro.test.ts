import { describe, expect, it } from 'vitest';
import { allegroAdapter } from '../../../src/core/adapters/allegro';
import type { Analysis } from '../../../src/core/model';
import { documentFrom } from '../../support/dom';
import { adapterFactsOf, edited, expectAdapterReads, factsOf, fixturesOf, hrefsIn, readFixtureHtml } from '../../support/adapter-reads';

const fixtures = fixturesOf('allegro');
const byName = (name: string) => {
  const fixture = fixtures.find((f) => f.name === `allegro/${name}`);
  if (!fixture) throw new Error(`missing fixture ${name}`);
  return fixture;
};

/** Makes every serialised box unparsable, as a truncated or changed page would. */
const breakBoxes = (html: string): string => edited(html, /(data-serialize-box-id="[^"]*">)\{/g, '$1{,');

describe('allegro fixtures: what the adapter reads', () => {
  it('has two languages in three states', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(
      ['cs-changed-layout', 'cs-complete', 'cs-partial', 'pl-changed-layout', 'pl-complete', 'pl-partial'].map(
        (n) => `allegro/${n}`,
      ),
    );
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    expectAdapterReads(factsOf(readFixtureHtml(fixture), fixture.url), fixture.expected as Partial<Analysis>);
  });
});

describe('allegro urls', () => {
  // Page types follow the address alone.
  const blank = documentFrom('<!DOCTYPE html><html><body></body></html>');
  const type = (href: string) => allegroAdapter.pageType({ doc: blank, url: new URL(href) });
  const id = (href: string) => allegroAdapter.listingIdOf(new URL(href));

  it.each([
    ['https://allegro.pl/oferta/klocki-drewniane-120-elementow-15873302214', '15873302214'],
    ['https://allegro.pl/oferta/15873302214', '15873302214'],
    ['https://allegro.pl/oferta/klocki-drewniane-15873302214?bi_s=ads&bi_m=listing', '15873302214'],
    ['https://www.allegro.pl/oferta/klocki-drewniane-15873302214', '15873302214'],
    ['https://allegro.cz/nabidka/detska-stolni-lampa-led-16330871559', '16330871559'],
    ['https://allegro.sk/ponuka/detska-stolna-lampa-16330871559', '16330871559'],
    ['https://allegro.hu/ajanlat/gyerek-asztali-lampa-16330871559', '16330871559'],
    ['https://allegro.pl/produkt/klocki-drewniane-120-el-7c1f2a9e-4b1d-4f7e-9a55-0d2b8e6c1a11?offerId=15873302214', '15873302214'],
  ])('%s is offer %s', (href, offerId) => {
    expect(id(href)).toBe(offerId);
    expect(type(href)).toBe('product');
    expect(allegroAdapter.matchesUrl(new URL(href))).toBe(true);
  });

  it.each([
    ['https://allegro.pl/uzytkownik/DrewnianeKlocki_PL', 'seller'],
    ['https://allegro.pl/uzytkownik/DrewnianeKlocki_PL/sklep', 'seller'],
    ['https://allegro.cz/uzivatel/Lampex_CZ', 'seller'],
    ['https://allegro.sk/pouzivatel/Lampex_SK', 'seller'],
    ['https://allegro.hu/felhasznalo/Lampex_HU', 'seller'],
    ['https://allegro.pl/listing?string=klocki%20drewniane', 'search'],
    ['https://allegro.pl/kategoria/klocki-11840', 'search'],
    ['https://allegro.cz/kategorie/stolni-lampy-257120', 'search'],
    ['https://allegro.pl/pomoc/dla-kupujacych/zwroty-i-reklamacje', 'other'],
    ['https://allegro.pl/', 'other'],
    ['https://allegro.pl/produkt/klocki-drewniane-7c1f2a9e', 'other'],
  ])('%s is a %s page with no offer id', (href, pageType) => {
    expect(type(href)).toBe(pageType);
    expect(id(href)).toBeNull();
  });

  it.each([
    'https://allegro.pl.oferta-bezpieczna.example/oferta/klocki-15873302214',
    'https://allegro-pl.example/oferta/klocki-15873302214',
    'https://fakeallegro.pl/oferta/klocki-15873302214',
    'https://allegrolokalnie.pl/oferta/klocki-drewniane',
    'https://help.allegro.com/pl/kupujacy',
  ])('does not claim %s', (href) => {
    expect(allegroAdapter.matchesUrl(new URL(href))).toBe(false);
    expect(id(href)).toBeNull();
  });

  it('counts its help centre, CDNs and Allegro Lokalnie as its own domains', () => {
    expect(allegroAdapter.ownDomains).toEqual(
      expect.arrayContaining(['allegro.pl', 'allegro.cz', 'allegro.com', 'allegroimg.com', 'allegrolokalnie.pl']),
    );
  });
});

describe('allegro fallbacks', () => {
  it.each(['pl-complete', 'pl-partial', 'cs-complete', 'cs-partial'])(
    '%s reads the same from the markup when no box parses',
    (name) => {
      const fixture = byName(name);
      expectAdapterReads(factsOf(breakBoxes(readFixtureHtml(fixture)), fixture.url), fixture.expected as Partial<Analysis>);
    },
  );

  it('reports seller and safety unreadable when neither boxes nor their markup are there', () => {
    const fixture = byName('pl-complete');
    const html = edited(
      edited(breakBoxes(readFixtureHtml(fixture)), 'allegro.showoffer.sellerInfo', 'allegro.offer.v2.merchant'),
      'allegro.showoffer.productSafety',
      'allegro.offer.v2.gpsr',
    );
    const facts = adapterFactsOf(html, fixture.url);
    expect(facts.trader.legalName).toBeNull();
    expect(facts.safety.manufacturer.name).toBeNull();
    expect(facts.unreadable).toEqual(
      expect.arrayContaining(['trader.legalName', 'trader.vatNumber', 'safety.manufacturer.name', 'safety.warnings']),
    );
    expect(facts.listing.title).toBe((fixture.expected as Partial<Analysis>).listing?.title);
  });

  it('shows a private seller\'s company fields as null, not unreadable', () => {
    const fixture = byName('pl-complete');
    const html = edited(readFixtureHtml(fixture), /"accountType":"COMPANY","company":\{[^}]*\}/, '"accountType":"PERSONAL","company":null');
    const facts = adapterFactsOf(html, fixture.url);
    expect(facts.trader).toMatchObject({ status: 'private', legalName: null, vatNumber: null, name: 'DrewnianeKlocki_PL' });
    expect(facts.unreadable).toEqual([]);
  });

  it('prefers the KRS to the REGON as the register number', () => {
    const fixture = byName('pl-complete');
    const withoutKrs = edited(readFixtureHtml(fixture), '"krs":"0000912345"', '"krs":null');
    expect(factsOf(withoutKrs, fixture.url).trader.registrationNumber).toBe('387214650');
  });
});

describe('allegro links', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: only the listing\'s own links, never "similar offers"', (_n, fixture) => {
    const html = readFixtureHtml(fixture);
    const links = factsOf(html, fixture.url).links;
    const collected = links.map((l) => l.href);
    const own = [
      ...hrefsIn(html, '[data-prototype-id="allegro.showoffer.description"]', fixture.url),
      ...hrefsIn(html, '[data-prototype-id="allegro.showoffer.productSafety"]', fixture.url),
    ];
    const carousels = hrefsIn(html, '[data-box-name="similarOffers"]', fixture.url);
    expect(carousels.length).toBeGreaterThan(0);
    expect(collected.filter((href) => carousels.includes(href))).toEqual([]);
    expect(links.filter((l) => l.source !== 'text').map((l) => l.href)).toEqual(own);
  });
});

describe('allegro: the boxes of the offer pages served since 2024', () => {
  const box = (name: string, id: string, props: unknown, markup = '') =>
    `<div data-box-name="${name}" data-box-id="${id}" data-prototype-id="allegro.${name}">${markup}</div>
     <script type="application/json" data-serialize-box-id="${id}">${JSON.stringify(props)}</script>`;
  const html = `<html><head><meta property="og:url" content="https://allegro.pl/produkt/szelki-fc45a09e?offerId=18024165357"></head><body>
    ${box('showoffer.productHeader', 'h', { offerId: '18024165357', offerName: 'SZELKI DLA PSA XL', brand: { name: 'Truelove' } }, '<h1>SZELKI DLA PSA XL</h1>')}
    ${box('showoffer.summary', 's', { price: { formattedPrice: '159,89 zł' }, schema: { sku: '18024165357', price: '159.89', priceCurrency: 'PLN', gtin: '6971818795157', brand: 'Truelove' } })}
    ${box('breadcrumb', 'b', { breadcrumbs: [
      { name: 'Allegro', url: 'https://allegro.pl', type: 'DEPARTMENT' },
      { name: 'Artykuły dla zwierząt', url: 'https://allegro.pl/kategoria/artykuly-dla-zwierzat-1528', type: 'CATEGORY' },
      { name: 'Szelki', url: 'https://allegro.pl/kategoria/dla-psow-szelki-90074', type: 'CATEGORY' },
      { name: 'Szelki treningowe Truelove', url: 'https://allegro.pl/oferty-produktu/szelki-fc45a09e' },
    ] })}
    ${box('showoffer.sellerInfoHeader', 'sh', { sellerName: 'Helen_pl', sellerListingUrl: 'https://allegro.pl/uzytkownik/Helen_pl', isPrivateSeller: false },
      '<div>od Helen_pl</div><span>Firma</span><a href="#aboutSeller">poleca 99%</a><a href="https://allegro.pl/uzytkownik/Helen_pl">Sklep sprzedawcy</a>')}
    ${box('showoffer.description', 'd', {}, '<p>Szelki dla psa</p>')}
    </body></html>`;
  // The canonical address drops the offerId: the page still shows one offer.
  const url = new URL('https://allegro.pl/produkt/szelki-fc45a09e');
  const input = { doc: documentFrom(html), url };

  it('is a product page, read from the header, summary, breadcrumb and seller header boxes', () => {
    expect(allegroAdapter.pageType(input)).toBe('product');
    const facts = allegroAdapter.extract(input);
    expect(facts.listing).toEqual({
      id: '18024165357',
      title: 'SZELKI DLA PSA XL',
      price: { amount: 159.89, currency: 'PLN' },
      category: ['Artykuły dla zwierząt', 'Szelki'],
    });
    expect(facts.trader).toMatchObject({
      name: 'Helen_pl',
      storeId: 'Helen_pl',
      storeUrl: 'https://allegro.pl/uzytkownik/Helen_pl',
      status: 'trader',
    });
    expect(facts.safety.identifiers).toMatchObject({ brand: 'Truelove', gtin: ['6971818795157'] });
    expect(facts.links).toEqual([{ href: 'https://allegro.pl/uzytkownik/Helen_pl', text: 'Sklep sprzedawcy', source: 'seller' }]);
  });

  it('leaves the seller data and product safety unreadable while their side panels are not loaded', () => {
    const facts = allegroAdapter.extract(input);
    expect(facts.unreadable).toEqual(expect.arrayContaining(['trader.legalName', 'trader.address', 'safety.manufacturer.name']));
    expect(facts.unreadable).not.toContain('trader.status');
  });
});
