import { describe, expect, it } from 'vitest';
import { amazonAdapter } from '../../../src/core/adapters/amazon';
import { blockLines as textLines } from '../../../src/core/adapters/dom';
import { partyFromLines } from '../../../src/core/adapters/line-blocks';
import { parsePrice } from '../../../src/core/adapters/price';
import { SECTION_FIELDS, type Extraction } from '../../../src/core/facts';
import type { PageType } from '../../../src/core/model';
import { documentFrom } from '../../support/dom';
import { listFixtures, readFixtureHtml } from '../../support/fixtures';

const HOSTS = [
  'www.amazon.de',
  'www.amazon.fr',
  'www.amazon.it',
  'www.amazon.es',
  'www.amazon.nl',
  'www.amazon.pl',
  'www.amazon.se',
  'www.amazon.com.be',
  'www.amazon.com',
  'www.amazon.co.uk',
];
const EMPTY_PAGE = documentFrom('<html><body></body></html>');

function pageTypeOf(address: string, doc: Document = EMPTY_PAGE): string {
  return amazonAdapter.pageType({ url: new URL(address), doc });
}

/** What the adapter reads, without the pipeline's own additions (handles found in text). */
function read(html: string, address: string): Extraction & { pageType: PageType } {
  const input = { doc: documentFrom(html), url: new URL(address) };
  return { ...amazonAdapter.extract(input), pageType: amazonAdapter.pageType(input) };
}

describe('amazon: addresses', () => {
  it.each(HOSTS)('serves %s', (host) => {
    expect(amazonAdapter.matchesUrl(new URL(`https://${host}/`))).toBe(true);
  });

  it.each([
    'https://amazon.de.evil.example/dp/B0C7K2M4QX',
    'https://notamazon.de/dp/B0C7K2M4QX',
    'https://www.amazon-de.example/dp/B0C7K2M4QX',
    'https://www.amazon.com.evil.example/dp/B0C7K2M4QX',
  ])('does not serve %s', (address) => {
    expect(amazonAdapter.matchesUrl(new URL(address))).toBe(false);
    expect(amazonAdapter.listingIdOf(new URL(address))).toBeNull();
  });

  describe.each(HOSTS)('on %s', (host) => {
    it.each([
      ['/dp/B0C7K2M4QX', 'B0C7K2M4QX'],
      ['/gp/product/B0C7K2M4QX', 'B0C7K2M4QX'],
      ['/Holzwerk-Brandner-Holzeisenbahn/dp/B0C7K2M4QX', 'B0C7K2M4QX'],
      ['/Holzwerk-Brandner-Holzeisenbahn/dp/B0C7K2M4QX/ref=sr_1_3?th=1', 'B0C7K2M4QX'],
      ['/dp/b0c7k2m4qx?psc=1', 'B0C7K2M4QX'],
      ['/gp/aw/d/B0C7K2M4QX', 'B0C7K2M4QX'],
    ])('reads the ASIN of %s', (path, asin) => {
      const url = new URL(`https://${host}${path}`);
      expect(amazonAdapter.listingIdOf(url)).toBe(asin);
      expect(pageTypeOf(url.href)).toBe('product');
    });

    it.each([
      ['/sp?ie=UTF8&seller=A2HB7QK4M9XV1D', 'seller'],
      ['/gp/help/seller/at-a-glance.html/ref=dp_merchant_link?ie=UTF8&seller=A2HB7QK4M9XV1D', 'seller'],
      ['/s?k=holzeisenbahn&ref=nb_sb_noss', 'search'],
      ['/gp/help/customer/display.html?nodeId=508510', 'other'],
      ['/', 'other'],
      ['/dp/B0C7K2M4', 'other'],
    ])('classifies %s as %s', (path, type) => {
      expect(pageTypeOf(`https://${host}${path}`)).toBe(type);
      expect(amazonAdapter.listingIdOf(new URL(`https://${host}${path}`))).toBeNull();
    });
  });

  it('takes a page carrying a product title as a product page whatever its path', () => {
    const doc = documentFrom('<html><body><span id="productTitle">Lampe</span></body></html>');
    expect(pageTypeOf('https://www.amazon.de/gp/aw/ol/xyz', doc)).toBe('product');
  });
});

const SELLER_PROFILE = `<!doctype html><html lang="de-de"><head><title>Amazon.de Verkäuferprofil: Holzwerk Brandner</title></head><body>
<div id="seller-profile-container">
 <h1 id="seller-name">Holzwerk Brandner</h1>
 <div id="spp-expander-about-seller"><p>Handgefertigtes Holzspielzeug aus Rosenheim. Mehr unter <a href="https://www.holzwerk-brandner.example/">unserer Website</a>.</p></div>
 <div id="page-section-detail-seller-info" class="a-section"><div class="a-box-inner">
  <h3>Impressum &amp; Info zum Verkäufer</h3>
  <div class="a-row a-spacing-none"><span class="a-text-bold">Geschäftsname:</span><span>Holzwerk Brandner GmbH</span></div>
  <div class="a-row a-spacing-none"><span class="a-text-bold">Handelsregisternummer:</span><span>HRB 214587</span></div>
  <div class="a-row a-spacing-none"><span class="a-text-bold">UStID:</span><span>DE317458627</span></div>
  <div class="a-row a-spacing-none"><span class="a-text-bold">Telefonnummer:</span><span>+49 8031 4471920</span></div>
  <div class="a-row a-spacing-none"><span class="a-text-bold">Geschäftsadresse:</span></div>
  <div class="a-row a-spacing-none indent-left"><span>Sägewerkstraße 14</span></div>
  <div class="a-row a-spacing-none indent-left"><span>Rosenheim</span></div>
  <div class="a-row a-spacing-none indent-left"><span>83022</span></div>
  <div class="a-row a-spacing-none indent-left"><span>DE</span></div>
 </div></div>
</div></body></html>`;

describe('amazon: seller profile pages', () => {
  const url = 'https://www.amazon.de/sp?ie=UTF8&seller=A2HB7QK4M9XV1D&asin=B0C7K2M4QX';

  it('reads the seller name and the legal details', () => {
    const facts = read(SELLER_PROFILE, url);
    expect(facts.pageType).toBe('seller');
    expect(facts.trader).toEqual({
      name: 'Holzwerk Brandner',
      legalName: 'Holzwerk Brandner GmbH',
      address: 'Sägewerkstraße 14, Rosenheim, 83022, DE',
      country: 'DE',
      email: null,
      phone: '+49 8031 4471920',
      registrationNumber: 'HRB 214587',
      vatNumber: 'DE317458627',
      status: 'trader',
      storeId: 'A2HB7QK4M9XV1D',
      storeUrl: 'https://www.amazon.de/sp?seller=A2HB7QK4M9XV1D',
    });
    expect(facts.unreadable).toEqual([]);
    expect(facts.links).toEqual([
      { href: 'https://www.holzwerk-brandner.example/', text: 'unserer Website', source: 'seller' },
    ]);
  });

  it('reports the legal details unreadable when their section is missing', () => {
    const html = SELLER_PROFILE.replace('id="page-section-detail-seller-info"', 'id="seller-legal-v2"');
    const facts = read(html, url);
    expect(facts.trader.name).toBe('Holzwerk Brandner');
    expect(facts.trader.legalName).toBeNull();
    expect(facts.unreadable).toEqual(SECTION_FIELDS.trader.filter((path) => path !== 'trader.name'));
  });
});

describe('amazon: product pages', () => {
  const fixtures = listFixtures().filter((f) => f.name.startsWith('amazon/'));

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: collects no carousel or navigation links',
    (_name, fixture) => {
      const facts = read(readFixtureHtml(fixture), fixture.url);
      const hrefs = facts.links.map((link) => link.href);
      for (const carousel of [
        'B0B8TQ1ZQ2',
        'B09XK4L7PM',
        'B0BX9L2K7M',
        'B0BQ4K8N1X',
        'sspa/click',
        'nav_',
        'footer_',
      ]) {
        expect(hrefs.filter((href) => href.includes(carousel))).toEqual([]);
      }
      // The buy box's link to the seller's profile is the only link from outside the description.
      const outside = facts.links.filter((link) => link.source !== 'description');
      expect(outside.every((link) => link.source === 'seller' && link.href.includes('seller='))).toBe(true);
    },
  );

  it('names Amazon as the seller when the buy box shows it without a profile link', () => {
    const html = `<html><body><span id="productTitle">Lampe</span>
      <div id="merchantInfoFeature_feature_div"><div class="offer-display-feature-label"><span>Verkäufer</span></div>
      <div class="offer-display-feature-text"><span class="offer-display-feature-text-message">Amazon</span></div></div></body></html>`;
    const facts = read(html, 'https://www.amazon.de/dp/B0C7K2M4QX');
    expect(facts.trader).toMatchObject({ name: 'Amazon', storeId: null, storeUrl: null });
    expect(facts.unreadable).not.toContain('trader.name');
    expect(facts.unreadable).toContain('trader.legalName');
  });

  it('marks the description and its links unreadable when no description block is found', () => {
    const html =
      '<html lang="de"><body><span id="productTitle">Lampe</span><div id="corePrice_feature_div"></div></body></html>';
    const facts = read(html, 'https://www.amazon.de/dp/B0C7K2M4QX');
    expect(facts.unreadable).toEqual(expect.arrayContaining(['links', 'texts.description', 'listing.category']));
    expect(facts.unreadable).not.toContain('listing.price');
    expect(facts.listing.price).toBeNull();
  });

  it('names the manufacturer from the details table when the safety section has no manufacturer block', () => {
    const html = `<html><body><span id="productTitle">Lampe</span>
      <div id="productSafety_feature_div"><h2>Produktsicherheit</h2></div>
      <table id="productDetails_techSpec_section_1"><tr><th> Hersteller ‏ : ‎</th><td>Lumidoux SAS</td></tr></table>
      <div id="productDescription"><p>Text</p></div></body></html>`;
    const facts = read(html, 'https://www.amazon.de/dp/B0C7K2M4QX');
    expect(facts.safety.manufacturer).toEqual({ name: 'Lumidoux SAS', address: null, email: null });
    expect(facts.safety.euResponsiblePerson).toEqual({ name: null, address: null, email: null });
    expect(facts.unreadable).not.toContain('safety.manufacturer.name');
  });
});

describe('amazon: text helpers', () => {
  it.each([
    ['34,99 €', 'EUR', { amount: 34.99, currency: 'EUR' }],
    ['1.299,00 €', 'EUR', { amount: 1299, currency: 'EUR' }],
    ['EUR 24,99', 'EUR', { amount: 24.99, currency: 'EUR' }],
    ['£12.99', 'EUR', { amount: 12.99, currency: 'GBP' }],
    ['$1,049.50', 'EUR', { amount: 1049.5, currency: 'USD' }],
    ['US $3,971.45', 'EUR', { amount: 3971.45, currency: 'USD' }],
    ['US$2.99', 'EUR', { amount: 2.99, currency: 'USD' }],
    ['C $12.50', 'USD', { amount: 12.5, currency: 'CAD' }],
    ['AU $9.95', 'USD', { amount: 9.95, currency: 'AUD' }],
    ['49,99 zł', 'EUR', { amount: 49.99, currency: 'PLN' }],
    ['199,00 kr', 'EUR', { amount: 199, currency: 'SEK' }],
    ['1.299', 'EUR', { amount: 1299, currency: 'EUR' }],
    ['12', 'PLN', { amount: 12, currency: 'PLN' }],
  ])('parses the price %s', (text, fallback, price) => {
    expect(parsePrice(text, fallback)).toEqual(price);
  });

  it('parses no price from text without digits', () => {
    expect(parsePrice('Derzeit nicht verfügbar.', 'EUR')).toBeNull();
    expect(parsePrice(null, 'EUR')).toBeNull();
  });

  it('splits lines at block elements and <br>, not at inline ones', () => {
    const doc = documentFrom(
      '<div id="x"><span>Lumi</span><b>doux</b> SAS<br>27 rue des Tanneurs<p>Lyon</p><script>x()</script></div>',
    );
    expect(textLines(doc.getElementById('x') as Element)).toEqual(['Lumidoux SAS', '27 rue des Tanneurs', 'Lyon']);
  });

  it('reads text nested deeper than the call stack', () => {
    const depth = 20_000;
    const doc = documentFrom(`<div id="x">${'<span>'.repeat(depth)}tief${'</span>'.repeat(depth)}</div>`);
    expect(textLines(doc.getElementById('x') as Element)).toEqual(['tief']);
  });

  it('reads a party written as lines, leaving phone lines out of the address', () => {
    expect(
      partyFromLines(['Lumidoux SAS', '27 rue des Tanneurs', 'Tél. : +33 4 72 55 18 40', 'securite@lumidoux.example']),
    ).toEqual({
      name: 'Lumidoux SAS',
      address: '27 rue des Tanneurs',
      email: 'securite@lumidoux.example',
    });
    expect(partyFromLines([])).toEqual({ name: null, address: null, email: null });
  });
});

describe('amazon: buy box and description links in the real layouts', () => {
  const page = (body: string) => read(`<html><body><span id="productTitle">Toolbox</span>${body}</body></html>`, 'https://www.amazon.es/dp/B07ZCVN7YN');

  it('reads the seller from the 2019 "Verkauf durch" line and lists its profile link', () => {
    const facts = page(
      `<div id="merchant-info">Verkauf durch <a href="/gp/help/seller/at-a-glance.html/ref=dp_merchant_link?ie=UTF8&seller=A3UEOLL2J0FBMC">NITZ OVERSEAS</a> und <a href="/gp/help/customer/display.html?nodeId=1" id="SSOFpopoverLink">Versand durch Amazon</a>.</div>`,
    );
    expect(facts.trader).toMatchObject({ name: 'NITZ OVERSEAS', storeId: 'A3UEOLL2J0FBMC' });
    expect(facts.links).toEqual([
      { href: expect.stringContaining('seller=A3UEOLL2J0FBMC'), text: 'NITZ OVERSEAS', source: 'seller' },
    ]);
  });

  it('names Amazon itself from the "sold by" row or the plain line', () => {
    const row = page(
      `<div id="merchantInfoFeature_feature_div"><div class="offer-display-feature-label"><span>Expéditeur / Vendeur</span></div><div class="offer-display-feature-text"><span class="offer-display-feature-text-message">Amazon</span><a href="javascript:void(0)" role="button"><span>Amazon</span></a></div></div>`,
    );
    expect(row.trader).toMatchObject({ name: 'Amazon', storeId: null });
    const line = page('<div id="merchant-info">Verkauf und Versand durch Amazon.</div>');
    expect(line.trader.name).toBe('Amazon');
  });

  it('reads the price to pay, not the struck list price', () => {
    const facts = page(
      `<div id="corePriceDisplay_desktop_feature_div"><span class="a-price priceToPay"><span class="a-offscreen"> </span><span aria-hidden="true"><span class="a-price-whole">33<span class="a-price-decimal">,</span></span><span class="a-price-fraction">69</span><span class="a-price-symbol">€</span></span></span>
       <span class="a-price a-text-price" data-a-strike="true"><span class="a-offscreen">40,13€</span></span></div>`,
    );
    expect(facts.listing.price).toEqual({ amount: 33.69, currency: 'EUR' });
  });

  it('skips Amazon\'s "read more" toggles, keeps a javascript: link the seller wrote', () => {
    const facts = page(
      `<div id="aplus"><a href="javascript:void(0)" data-action="a-expander-toggle" class="a-declarative" role="button">Ler mais</a><p><a href="javascript:alert(1)">Gutschein</a></p></div>`,
    );
    expect(facts.links.map((link) => link.href)).toEqual(['javascript:alert(1)']);
  });

  it('takes a "back to results" link for no category', () => {
    const facts = page(
      '<div id="wayfinding-breadcrumbs_feature_div"><ul><li><a id="breadcrumb-back-link" href="/s?k=x">Voltar aos resultados</a></li></ul></div>',
    );
    expect(facts.listing.category).toEqual([]);
    expect(facts.unreadable).toContain('listing.category');
  });
});
