import { describe, expect, it } from 'vitest';
import { parseAmount, readStructuredData } from '../../../src/core/adapters/structured-data';
import { countryOfName as countryCode } from '../../../src/core/validate/country';
import { documentFrom } from '../../support/dom';

const ldScript = (json: string) => `<script type="application/ld+json">${json}</script>`;
const page = (head: string, body = '') => documentFrom(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`);
const read = (head: string, body = '') => readStructuredData(page(head, body));

describe('readStructuredData: JSON-LD', () => {
  it('reads a plain Product with its offer, identifiers and manufacturer', () => {
    const data = read(
      ldScript(`{"@context":"https://schema.org","@type":"Product","name":" Trein ","sku":"T-1","mpn":"M-1","model":"Classic",
        "brand":"Treinwerk","gtin13":"8719327461235","category":"Speelgoed > Treinen",
        "manufacturer":{"@type":"Organization","name":"Happywood","email":"info@happywood.example","address":{"@type":"PostalAddress",
          "streetAddress":"Yinxian Avenue 88","postalCode":"315100","addressLocality":"Ningbo","addressCountry":{"@type":"Country","name":"China"}}},
        "offers":{"@type":"Offer","price":"34.99","priceCurrency":"eur","seller":{"@type":"Organization","name":"De Vlinder"}}}`),
    );
    expect(data.products).toHaveLength(1);
    expect(data.products[0]).toEqual({
      source: 'json-ld',
      name: 'Trein',
      description: null,
      sku: 'T-1',
      mpn: 'M-1',
      model: 'Classic',
      brand: 'Treinwerk',
      gtin: ['8719327461235'],
      category: ['Speelgoed', 'Treinen'],
      offers: [{ price: { amount: 34.99, currency: 'EUR' }, seller: expect.objectContaining({ name: 'De Vlinder', address: null }) }],
      manufacturer: expect.objectContaining({
        name: 'Happywood',
        email: 'info@happywood.example',
        address: 'Yinxian Avenue 88, 315100 Ningbo, China',
        country: 'CN',
      }),
    });
  });

  it('follows @graph, a page mainEntity and @id references to the seller', () => {
    const data = read(
      ldScript(`{"@context":"https://schema.org","@graph":[
        {"@type":"Organization","@id":"#org","name":"Shop","legalName":"Shop GmbH","vatID":"DE293847560","telephone":"+49 30 1",
         "email":"mailto:info@shop.example","identifier":[{"@type":"PropertyValue","propertyID":"GLN","value":"4012345000009"},
         {"@type":"PropertyValue","propertyID":"Handelsregister","value":"HRB 1234"}],
         "address":{"@type":"PostalAddress","streetAddress":"Weg 1","postalCode":"10115","addressLocality":"Berlin","addressCountry":"DE"}},
        {"@type":"WebPage","mainEntity":{"@type":"Product","name":"Ball","offers":{"@type":"Offer","price":5,"priceCurrency":"EUR","seller":{"@id":"#org"}}}}
      ]}`),
    );
    expect(data.products.map((p) => p.name)).toEqual(['Ball']);
    expect(data.products[0]?.offers[0]?.seller).toEqual({
      name: 'Shop',
      legalName: 'Shop GmbH',
      address: 'Weg 1, 10115 Berlin, DE',
      country: 'DE',
      email: 'info@shop.example',
      phone: '+49 30 1',
      vatNumber: 'DE293847560',
      registrationNumber: 'HRB 1234',
      url: null,
    });
    expect(data.organizations.map((o) => o.name)).toEqual(['Shop']);
  });

  it('accepts arrays of types and schema.org type URLs', () => {
    const data = read(
      ldScript(`[{"@type":["Thing","http://schema.org/Product"],"name":"A"},{"@type":"schema:IndividualProduct","name":"B"},{"@type":"Thing","name":"C"}]`),
    );
    expect(data.products.map((p) => p.name)).toEqual(['A', 'B']);
  });

  it('skips a malformed block and still reads its neighbours', () => {
    const data = read(
      ldScript('{"@type":"Product","name":"broken",') + ldScript('<!-- {"@type":"Product","name":"Good"} -->') + ldScript('not json at all'),
    );
    expect(data.products.map((p) => p.name)).toEqual(['Good']);
  });

  it('ignores scripts of other types', () => {
    expect(read('<script type="application/json">{"@type":"Product","name":"x"}</script><script>var a={"@type":"Product"}</script>').products).toEqual([]);
  });

  it('does not take products listed on a category or article page for the page product', () => {
    const data = read(
      ldScript(`{"@type":"ItemList","itemListElement":[{"@type":"ListItem","position":1,"item":{"@type":"Product","name":"Listed"}}]}`) +
        ldScript(`{"@type":"Article","about":{"@type":"Product","name":"Mentioned"}}`),
    );
    expect(data.products).toEqual([]);
  });

  it('does not take a manufacturer nested in a product for the shop', () => {
    const data = read(ldScript(`{"@type":"Product","name":"P","manufacturer":{"@type":"Organization","name":"Maker"}}`));
    expect(data.organizations).toEqual([]);
    expect(data.products[0]?.manufacturer?.name).toBe('Maker');
  });

  it('reads aggregate offers, offer lists and price specifications', () => {
    const data = read(
      ldScript(`{"@type":"Product","name":"P","offers":[
        {"@type":"AggregateOffer","lowPrice":"9,95","highPrice":"19,95","priceCurrency":"EUR"},
        {"@type":"Offer","priceSpecification":{"@type":"UnitPriceSpecification","price":"1.299,00","priceCurrency":"PLN"}},
        {"@type":"Offer","price":"free"}]}`),
    );
    expect(data.products[0]?.offers.map((o) => o.price)).toEqual([
      { amount: 9.95, currency: 'EUR' },
      { amount: 1299, currency: 'PLN' },
      null,
    ]);
  });

  it('keeps only well-formed GTINs, once each, from every gtin property', () => {
    const data = read(
      ldScript(`{"@type":"Product","name":"P","gtin":"0 4012345 678901","gtin8":"40123455","gtin12":12345,"gtin13":["4012345678901","n/a"],"gtin14":"04012345678901"}`),
    );
    expect(data.products[0]?.gtin).toEqual(['04012345678901', '40123455', '4012345678901']);
  });

  it('reads brand, model and manufacturer given as plain strings', () => {
    const data = read(ldScript(`{"@type":"Product","name":"P","brand":["Acme"],"model":{"@type":"ProductModel","name":"X1"},"manufacturer":"Acme Ltd."}`));
    expect(data.products[0]).toMatchObject({ brand: 'Acme', model: 'X1', manufacturer: { name: 'Acme Ltd.', address: null } });
  });

  it('orders breadcrumbs by position and leaves the home link out', () => {
    const data = read(
      ldScript(`{"@type":"BreadcrumbList","itemListElement":[
        {"@type":"ListItem","position":3,"name":"Treinen","item":"https://shop.example/speelgoed/treinen"},
        {"@type":"ListItem","position":1,"name":"Home","item":"https://shop.example/"},
        {"@type":"ListItem","position":2,"item":{"@id":"https://shop.example/speelgoed","name":"Speelgoed"}},
        {"@type":"ListItem","position":0,"name":"Start","item":"https://shop.example/de/"}]}`),
    );
    expect(data.breadcrumbs).toEqual(['Speelgoed', 'Treinen']);
  });

  it('stays bounded on deeply nested and very large JSON', () => {
    const deep = `${'['.repeat(5000)}{"@type":"Product","name":"Deep"}${']'.repeat(5000)}`;
    const many = `[${Array.from({ length: 20_000 }, (_, i) => `{"@type":"Product","name":"P${i}"}`).join(',')}]`;
    const data = read(ldScript(deep) + ldScript(many));
    expect(data.products.some((p) => p.name === 'Deep')).toBe(false);
    expect(data.products.length).toBeLessThanOrEqual(10_000);
    expect(data.products[0]?.name).toBe('P0');
  });

  it('survives a reference cycle', () => {
    const data = read(ldScript(`{"@graph":[{"@type":"Organization","@id":"#a","name":"A","parentOrganization":{"@id":"#a"}},
      {"@type":"Product","name":"P","offers":{"@type":"Offer","price":"1","priceCurrency":"EUR","seller":{"@id":"#a"}}}]}`));
    expect(data.products[0]?.offers[0]?.seller?.name).toBe('A');
  });
});

describe('readStructuredData: microdata', () => {
  const body = `
    <div itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Hanglamp</h1>
      <span itemprop="sku">H-40</span>
      <div itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Rietveld</span></div>
      <meta itemprop="gtin13" content="8712345000017">
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <meta itemprop="price" content="89.00"><meta itemprop="priceCurrency" content="EUR">
        <link itemprop="availability" href="https://schema.org/InStock">
        <div itemprop="seller" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Lampen Atelier</span>
          <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">Kade 1</span>
          <span itemprop="postalCode">1011 AA</span> <span itemprop="addressLocality">Amsterdam</span> <span itemprop="addressCountry">Nederland</span></div></div>
      </div>
      <div itemprop="description"><p>Rotan lamp.</p></div>
    </div>
    <div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Footer Org</span></div>`;

  it('reads nested items, attribute-carried values and text values', () => {
    const data = read('', body);
    expect(data.products).toHaveLength(1);
    expect(data.products[0]).toMatchObject({
      source: 'microdata',
      name: 'Hanglamp',
      sku: 'H-40',
      brand: 'Rietveld',
      gtin: ['8712345000017'],
      description: 'Rotan lamp.',
      offers: [{ price: { amount: 89, currency: 'EUR' }, seller: { name: 'Lampen Atelier', address: 'Kade 1, 1011 AA Amsterdam, Nederland', country: 'NL' } }],
    });
    expect(data.organizations.map((o) => o.name)).toEqual(['Footer Org']);
  });

  it('puts JSON-LD products before microdata and OpenGraph ones', () => {
    const data = read(
      `${ldScript('{"@type":"Product","name":"From JSON-LD"}')}<meta property="og:type" content="product"><meta property="og:title" content="From OG">`,
      body,
    );
    expect(data.products.map((p) => p.source)).toEqual(['json-ld', 'microdata', 'opengraph']);
  });
});

describe('readStructuredData: OpenGraph', () => {
  it('reads product tags when og:type is a product', () => {
    const data = read(`<meta property="og:type" content="product"><meta property="og:title" content="Ours">
      <meta property="product:price:amount" content="24,90"><meta property="product:price:currency" content="eur">
      <meta property="product:brand" content="Doudouland"><meta property="product:retailer_item_id" content="B-42">
      <meta property="product:ean" content="4012345678901">`);
    expect(data.products).toEqual([
      expect.objectContaining({
        source: 'opengraph',
        name: 'Ours',
        sku: 'B-42',
        brand: 'Doudouland',
        gtin: ['4012345678901'],
        offers: [{ price: { amount: 24.9, currency: 'EUR' }, seller: null }],
      }),
    ]);
  });

  it('reads nothing when og:type is not a product', () => {
    expect(read('<meta property="og:type" content="article"><meta property="product:price:amount" content="1">').products).toEqual([]);
    expect(read('<meta property="og:title" content="No type">').products).toEqual([]);
  });
});

describe('countryCode', () => {
  it.each([
    ['DE', 'DE'],
    ['nl', 'NL'],
    ['Deutschland', 'DE'],
    ['Germany', 'DE'],
    ['Allemagne', 'DE'],
    ['Niemcy', 'DE'],
    ['Pays-Bas', 'NL'],
    ['België', 'BE'],
    ['Belgique', 'BE'],
    ['Vereinigte Staaten', 'US'],
    ['USA', 'US'],
    ['UK', 'GB'],
    ['Volksrepublik China', 'CN'],
    ['Volksrepublik Atlantis', null],
    ['China', 'CN'],
    ['  frankreich ', 'FR'],
    ['Atlantis', null],
    [null, null],
  ])('%s → %s', (name, code) => {
    expect(countryCode(name)).toBe(code);
  });
});

describe('parseAmount', () => {
  it.each([
    ['24.00', 24],
    ['24,90', 24.9],
    ['1.299,00', 1299],
    ['1,299.00', 1299],
    ['€ 89', 89],
    ['1.299', 1.299],
    ['abc', null],
    [null, null],
  ])('%s → %s', (value, amount) => {
    expect(parseAmount(value)).toBe(amount);
  });
});

describe('readStructuredData: data-vocabulary.org microdata (pages before schema.org)', () => {
  it('reads a Product and its offerDetails price in the shown currency', () => {
    const doc = documentFrom(`<div itemscope itemtype="http://data-vocabulary.org/Product"><h1 itemprop="name">Decal sticker</h1>
      <div itemprop="offerDetails" itemscope itemtype="http://data-vocabulary.org/Offer">
        <meta itemprop="currency" content="USD"><meta itemprop="price" content="2.99"></div></div>`);
    const [product] = readStructuredData(doc).products;
    expect(product).toMatchObject({ source: 'microdata', name: 'Decal sticker' });
    expect(product?.offers[0]?.price).toEqual({ amount: 2.99, currency: 'USD' });
  });
});
