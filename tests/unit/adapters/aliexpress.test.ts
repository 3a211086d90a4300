import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { aliexpressAdapter } from '../../../src/core/adapters/aliexpress';
import { blockText } from '../../../src/core/adapters/dom';
import { parsePrice } from '../../../src/core/adapters/price';
import { countryOfName as countryCode } from '../../../src/core/validate/country';
import { SECTION_FIELDS } from '../../../src/core/facts';
import { documentFrom } from '../../support/dom';
import { PAGES_DIR } from '../../support/fixtures';

const EU_HOSTS = ['www', 'de', 'fr', 'es', 'it', 'nl', 'pl', 'm'].map((sub) => `${sub}.aliexpress.com`);

function page(name: string): string {
  return readFileSync(join(PAGES_DIR, 'aliexpress', `${name}.html`), 'utf8');
}

function extract(html: string, url: string) {
  return aliexpressAdapter.extract({ doc: documentFrom(html), url: new URL(url) });
}

function pageTypeOf(url: string) {
  return aliexpressAdapter.pageType({ doc: documentFrom('<html></html>'), url: new URL(url) });
}

describe('aliexpress addresses', () => {
  it.each(EU_HOSTS)('reads item pages on %s', (host) => {
    for (const path of ['/item/1005007214583690.html', '/item/1005007214583690.html?spm=a2g0o.home.0.0&gatewayAdapt=glo2deu', '/i/1005007214583690.html']) {
      const url = new URL(`https://${host}${path}`);
      expect(aliexpressAdapter.matchesUrl(url)).toBe(true);
      expect(aliexpressAdapter.listingIdOf(url)).toBe('1005007214583690');
      expect(pageTypeOf(url.href)).toBe('product');
    }
  });

  it.each(EU_HOSTS)('tells store, search and other pages apart on %s', (host) => {
    expect(pageTypeOf(`https://${host}/store/1103456789`)).toBe('seller');
    expect(pageTypeOf(`https://${host}/store/all-wholesale-products/1103456789.html`)).toBe('seller');
    expect(pageTypeOf(`https://${host}/w/wholesale-nachtlicht.html`)).toBe('search');
    expect(pageTypeOf(`https://${host}/wholesale?SearchText=lampe`)).toBe('search');
    expect(pageTypeOf(`https://${host}/p/help-center/index.html`)).toBe('other');
    expect(pageTypeOf(`https://${host}/`)).toBe('other');
    expect(aliexpressAdapter.listingIdOf(new URL(`https://${host}/store/1103456789`))).toBeNull();
  });

  it('does not take look-alike hosts for AliExpress', () => {
    for (const href of [
      'https://aliexpress.com.evil.example/item/1005007214583690.html',
      'https://de.aliexpress.com.evil.example/item/1005007214583690.html',
      'https://evilaliexpress.com/item/1005007214583690.html',
      'https://aliexpress.com@evil.example/item/1005007214583690.html',
    ]) {
      const url = new URL(href);
      expect(aliexpressAdapter.matchesUrl(url)).toBe(false);
      expect(aliexpressAdapter.listingIdOf(url)).toBeNull();
    }
  });

  it('counts the CDNs as its own domains but not the look-alikes', () => {
    expect(aliexpressAdapter.ownDomains).toEqual(expect.arrayContaining(['aliexpress.com', 'alicdn.com']));
    expect(aliexpressAdapter.ownDomains).not.toContain('evil.example');
  });
});

describe('aliexpress extraction', () => {
  const completeUrl = 'https://de.aliexpress.com/item/1005007214583690.html';

  it('falls back to the page markup when the embedded runParams are broken', () => {
    const intact = extract(page('de-complete'), completeUrl);
    const broken = extract(page('de-complete').replace('data: {', 'data: {"broken": ,'), completeUrl);
    expect(broken.listing).toEqual(intact.listing);
    expect(broken.trader).toEqual(intact.trader);
    expect(broken.safety.identifiers).toEqual(intact.safety.identifiers);
    expect(broken.unreadable).toEqual([]);
  });

  it('reports a page with broken state and no known markup as unreadable, never as empty', () => {
    const html = '<html lang="de"><body><main><p>Seite wird geladen…</p></main><script>window.runParams = { data: {"x": </script></body></html>';
    const extraction = extract(html, completeUrl);
    expect(extraction.listing.id).toBe('1005007214583690');
    expect(extraction.unreadable).toEqual(
      expect.arrayContaining([
        'listing.title',
        'listing.price',
        'listing.category',
        ...SECTION_FIELDS.trader,
        ...SECTION_FIELDS.manufacturer,
        ...SECTION_FIELDS.euResponsiblePerson,
        ...SECTION_FIELDS.warnings,
        ...SECTION_FIELDS.description,
      ]),
    );
    expect(extraction.trader.status).toBe('unknown');
    expect(extraction.links).toEqual([]);
  });

  it('keeps the store name and country readable when only the trader section is missing', () => {
    // The hooks, the hashed class (matched by its stem) and the heading all gone.
    const html = page('de-complete')
      .replace('data-pl="trader-info"', 'data-pl="x"')
      .replace('store-detail--traderInfo--Qr8vYt2', 'shop-facts--box--a1')
      .replace('<h3>Händlerinformationen</h3>', '<h3>Shop-Fakten</h3>');
    const extraction = extract(html, completeUrl);
    expect(extraction.trader.name).toBe('LUMORA Official Store');
    // The page state names the store's country (sellerComponent.countryCompleteName).
    expect(extraction.trader.country).toBe('DE');
    expect(extraction.unreadable).toEqual(SECTION_FIELDS.trader.filter((field) => field !== 'trader.name' && field !== 'trader.country'));
  });

  it('finds the trader and safety sections by their headings when the hooks change', () => {
    const html = page('fr-complete').replace('data-pl="trader-info"', 'data-pl="seller-v2"').replace('data-pl="product-safety"', 'data-pl="gpsr-v2"');
    const extraction = extract(html, 'https://fr.aliexpress.com/item/1005006547891234.html');
    expect(extraction.trader.vatNumber).toBe('FR65912345675');
    expect(extraction.safety.euResponsiblePerson.name).toBe('Maison Verlaine Distribution SAS');
    expect(extraction.unreadable).toEqual([]);
  });

  it('never collects the "more to love" recommendations or the site chrome', () => {
    const html = page('de-partial');
    const extraction = extract(html, 'https://de.aliexpress.com/item/1005006893217745.html');
    const hrefs = extraction.links.map((link) => link.href);
    for (const id of ['1005006420018873', '1005005702219364', '1005006981004452', '1005007114470025']) {
      expect(html).toContain(id);
      expect(hrefs.some((href) => href.includes(id))).toBe(false);
    }
    expect(hrefs.some((href) => href.includes('help-center') || href.includes('login.aliexpress.com'))).toBe(false);
    // Besides the description's links, only the seller box's own store page.
    const outside = extraction.links.filter((link) => link.source !== 'description');
    expect(outside.map((link) => `${link.source} ${link.href}`)).toEqual(['seller https://de.aliexpress.com/store/1102938475']);
  });

  it('reads a store page as a seller page', () => {
    const url = 'https://de.aliexpress.com/store/1103456789';
    const extraction = extract(page('de-complete'), url);
    expect(extraction.trader.storeId).toBe('1103456789');
    expect(extraction.trader.legalName).toBe('Funkelwerk Vertriebs GmbH');
    expect(extraction.listing.title).toBeNull();
    expect(extraction.unreadable).toEqual([]);
  });
});

describe('shared section readers', () => {
  it('parses shown prices in the EU formats', () => {
    expect(parsePrice('19,49 €')).toEqual({ amount: 19.49, currency: 'EUR' });
    expect(parsePrice('€12.99')).toEqual({ amount: 12.99, currency: 'EUR' });
    expect(parsePrice('EUR 1.299,00')).toEqual({ amount: 1299, currency: 'EUR' });
    expect(parsePrice('1 299,90 zł')).toEqual({ amount: 1299.9, currency: 'PLN' });
    expect(parsePrice('24.99', 'EUR')).toEqual({ amount: 24.99, currency: 'EUR' });
    expect(parsePrice('24.99')).toBeNull();
    expect(parsePrice('Preis auf Anfrage')).toBeNull();
  });

  it('maps country names of every language to ISO codes and leaves unknown ones null', () => {
    expect(countryCode('Deutschland')).toBe('DE');
    expect(countryCode('Chine')).toBe('CN');
    expect(countryCode('Chiny')).toBe('CN');
    expect(countryCode(' hong kong ')).toBe('HK');
    expect(countryCode('CN')).toBe('CN');
    expect(countryCode('Atlantis')).toBeNull();
    expect(countryCode(null)).toBeNull();
  });

  it('keeps minified block elements apart', () => {
    const doc = documentFrom('<div id="d"><ul><li>Kaltstufe</li><li>CE-zertifiziert</li></ul><p>a<b>b</b></p><script>x()</script></div>');
    expect(blockText(doc.getElementById('d'))).toBe('Kaltstufe CE-zertifiziert ab');
  });
});

describe('aliexpress current page state (window._d_c_ modules)', () => {
  const url = 'https://www.aliexpress.com/item/1005007791813945.html';
  const supplier = (storeNum: number, name: string): string =>
    '<strong>Information of the Seller</strong><br>The seller of this item is <span><a href="https://shoprenderview.aliexpress.com/credential/' +
    `showcredential.htm?storeNum=${storeNum}&_lang=en_US">${name}</a></span>`;
  const shopCard = (name: string, storeNum: number) => ({
    storeName: name,
    storeHomePage: `https://m.aliexpress.com/store/storeHome.htm?sellerAdminSeq=${storeNum}`,
    sellerInfo: { storeNum, storeURL: `//www.aliexpress.com/store/${storeNum}`, countryCompleteName: 'China' },
  });
  const pageWith = (modules: Record<string, unknown>): string =>
    `<html lang="en"><body><h1 data-pl="product-title">Shown title</h1><script>
      window._d_c_ = window._d_c_ || {};
      window._d_c_.lifeCycleEventList = [];
      window.__INIT_DATA__ = ${JSON.stringify({ lifeCycleEventList: [{ data: { result: modules } }] })};
    </script></body></html>`;

  it('reads title, price and store by module name, however deep they sit', () => {
    const html = pageWith({
      PRODUCT_TITLE: { text: 'Terminal block KF301' },
      PRICE: { targetSkuPriceInfo: { salePriceLocal: '11,44 kr|11|44' } },
      GLOBAL_DATA: { globalData: { currencyCode: 'SEK' } },
      SHOP_CARD_PC: shopCard('qingmai Store', 3668053),
      COMPLIANCE_PC: { complianceList: [{ title: 'Explanation of the Supplier', content: supplier(3668053, 'qingmai Store') }] },
    });
    const extraction = extract(html, url);
    expect(extraction.listing.title).toBe('Terminal block KF301');
    expect(extraction.listing.price).toEqual({ amount: 11, currency: 'SEK' });
    // A disclosure naming the shown store itself is no aggregation.
    expect(extraction.trader).toMatchObject({ name: 'qingmai Store', storeId: '3668053', storeUrl: 'https://www.aliexpress.com/store/3668053', country: 'CN' });
  });

  it('names the merchant of an aggregation listing as the trader, not the shell store', () => {
    const html = pageWith({
      SHOP_CARD_PC: shopCard("Stone's Store", 1103573332),
      COMPLIANCE_PC: {
        complianceList: [
          { title: 'Additional regulatory information', content: 'For items delivered from outside the European Union…' },
          { title: 'Explanation of the Supplier', content: supplier(1102764714, 'Luyanmaoyi Store') },
          { title: '', content: "Sold by Stone's Store. Logistics by AliExpress." },
        ],
      },
    });
    const extraction = extract(html, url);
    expect(extraction.trader).toMatchObject({ name: 'Luyanmaoyi Store', storeId: '1102764714', storeUrl: 'https://www.aliexpress.com/store/1102764714', status: 'trader', country: null });
    // The shell's country describes nobody the buyer deals with.
    expect(extraction.unreadable).toContain('trader.country');
    expect(extraction.texts.seller).toContain("Stone's Store");
    expect(extraction.links.map((link) => link.href)).toContain('https://shoprenderview.aliexpress.com/credential/showcredential.htm?storeNum=1102764714&_lang=en_US');
  });

  it('reads manufacturer and EU responsible person from titled compliance entries, and nothing it did not find', () => {
    const html = pageWith({
      SHOP_CARD_PC: shopCard('Lumora Store', 1103456789),
      COMPLIANCE_PC: {
        complianceList: [
          { title: 'Manufacturer', content: '<p>Name: Shenzhen Lumora Lighting Co., Ltd.</p><p>Address: Futian District, Shenzhen, China</p><img src="https://tracker.invalid/x.png">' },
          { title: 'EU responsible person', content: '<p>Shenzhen Lumora, somewhere</p>' },
        ],
      },
    });
    const extraction = extract(html, url);
    expect(extraction.safety.manufacturer).toEqual({ name: 'Shenzhen Lumora Lighting Co., Ltd.', address: 'Futian District, Shenzhen, China', email: null });
    // An entry whose rows carry no labels is there but not understood: unreadable, not missing.
    expect(extraction.unreadable).toEqual(expect.arrayContaining([...SECTION_FIELDS.euResponsiblePerson, ...SECTION_FIELDS.warnings]));
    expect(extraction.unreadable).not.toContain('safety.manufacturer.name');
  });

  it('reads a rendered supplier disclosure when there is no state', () => {
    const html = `<html lang="en"><body><h1 data-pl="product-title">Inverter</h1><div><div class="title--wrap--NWOaiSp"><a><h2>Explanation of the Supplier </h2></a></div>
      <div class="remind--msg--bmjMqyw"><strong>Information of the Seller</strong><br>The seller of this item is ${supplier(1105053770, 'SUMRY Overseas flagship Store').replace(/^.*?The seller of this item is /, '')}</div></div></body></html>`;
    const extraction = extract(html, url);
    expect(extraction.trader).toMatchObject({ name: 'SUMRY Overseas flagship Store', storeId: '1105053770' });
  });

  it('finds the "Sold by" box by its class stem, whatever the build hash', () => {
    const box = (hash: string): string =>
      `<html lang="en"><body><a class="store-detail--wrap--${hash}" href="//www.aliexpress.com/store/1101418406"><div class="store-detail--title--${hash}">Sold by</div>` +
      `<div class="store-detail--storeNameWrap--${hash}"><span class="store-detail--storeName--${hash}">Xia Yang Store</span><span>(Trader)</span></div></a></body></html>`;
    for (const hash of ['IhR4e1j', 'Zz90aQ1']) {
      const extraction = extract(box(hash), url);
      expect(extraction.trader).toMatchObject({ name: 'Xia Yang Store', storeId: '1101418406', storeUrl: 'https://www.aliexpress.com/store/1101418406', status: 'trader' });
      expect(extraction.links).toEqual([expect.objectContaining({ href: 'https://www.aliexpress.com/store/1101418406', source: 'seller' })]);
    }
  });

  it('reads a credential page as the seller page of its store number', () => {
    const credential = 'https://shoprenderview.aliexpress.com/credential/showcredential.htm?storeNum=1103456789';
    expect(pageTypeOf(credential)).toBe('seller');
    const html = '<html lang="en"><body><table><tr><td>Company name</td><td>Funkelwerk Vertriebs GmbH</td></tr><tr><td>VAT number</td><td>DE314579201</td></tr></table></body></html>';
    const extraction = extract(html, credential);
    expect(extraction.trader).toMatchObject({ legalName: 'Funkelwerk Vertriebs GmbH', vatNumber: 'DE314579201', storeId: '1103456789', storeUrl: credential });
    expect(extraction.unreadable).not.toContain('trader.legalName');
    // A licence shown as an image only: nothing readable, nothing missing.
    expect(extract('<html><body><img src="licence.jpg"></body></html>', credential).unreadable).toContain('trader.legalName');
  });
});
