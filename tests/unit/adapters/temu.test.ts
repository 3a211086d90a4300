import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { temuAdapter } from '../../../src/core/adapters/temu';
import { SECTION_FIELDS } from '../../../src/core/facts';
import { documentFrom } from '../../support/dom';
import { PAGES_DIR } from '../../support/fixtures';

const LOCALES = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'de-en', 'fr-en'];

function page(name: string): string {
  return readFileSync(join(PAGES_DIR, 'temu', `${name}.html`), 'utf8');
}

function extract(html: string, url: string) {
  return temuAdapter.extract({ doc: documentFrom(html), url: new URL(url) });
}

function pageTypeOf(url: string) {
  return temuAdapter.pageType({ doc: documentFrom('<html></html>'), url: new URL(url) });
}

describe('temu addresses', () => {
  it.each(LOCALES)('reads listing pages under /%s/', (locale) => {
    for (const href of [
      `https://www.temu.com/${locale}/holz-stapelturm-regenbogen-g-601099512345678.html`,
      `https://www.temu.com/${locale}/holz-stapelturm-regenbogen-g-601099512345678.html?_oak_mp_inf=EPj8%2B&top_gallery_url=x&spec_id=2`,
      `https://www.temu.com/${locale}/goods.html?goods_id=601099512345678`,
    ]) {
      const url = new URL(href);
      expect(temuAdapter.matchesUrl(url)).toBe(true);
      expect(temuAdapter.listingIdOf(url)).toBe('601099512345678');
      expect(pageTypeOf(href)).toBe('product');
    }
  });

  it.each(LOCALES)('tells mall, search and other pages apart under /%s/', (locale) => {
    expect(pageTypeOf(`https://www.temu.com/${locale}/mubei-holzwelt-m-634418212345678.html`)).toBe('seller');
    expect(pageTypeOf(`https://www.temu.com/${locale}/mall.html?mall_id=634418212345678`)).toBe('seller');
    expect(pageTypeOf(`https://www.temu.com/${locale}/search_result.html?search_key=holz`)).toBe('search');
    expect(pageTypeOf(`https://www.temu.com/${locale}/support-center.html`)).toBe('other');
    expect(pageTypeOf(`https://www.temu.com/${locale}`)).toBe('other');
    expect(temuAdapter.listingIdOf(new URL(`https://www.temu.com/${locale}/mubei-holzwelt-m-634418212345678.html`))).toBeNull();
  });

  it('reads addresses without a locale prefix', () => {
    expect(temuAdapter.listingIdOf(new URL('https://www.temu.com/holz-stapelturm-g-601099512345678.html'))).toBe('601099512345678');
    expect(temuAdapter.listingIdOf(new URL('https://temu.com/goods.html?goods_id=abc'))).toBeNull();
  });

  it('does not take look-alike hosts for Temu', () => {
    for (const href of [
      'https://temu.com.evil.example/de/x-g-601099512345678.html',
      'https://www.temu.com.evil.example/de/x-g-601099512345678.html',
      'https://nottemu.com/de/x-g-601099512345678.html',
      'https://temu.com@evil.example/de/x-g-601099512345678.html',
    ]) {
      const url = new URL(href);
      expect(temuAdapter.matchesUrl(url)).toBe(false);
      expect(temuAdapter.listingIdOf(url)).toBeNull();
    }
  });
});

describe('temu extraction', () => {
  const completeUrl = 'https://www.temu.com/de/holz-stapelturm-regenbogen-montessori-spielzeug-fuer-kleinkinder-g-601099512345678.html';

  it('reads window.rawData by key when its store moves deeper', () => {
    // No title in the markup: only the state can name it.
    const html = page('de-complete').replace(/(<h1 data-type="goodsName"[^>]*>)[^<]*/, '$1');
    const nested = html.replace('window.rawData={"store": {', 'window.rawData={"ssr": {"pageData": {"store": {').replace('}}};window.leo_config', '}}}}};window.leo_config');
    expect(nested).not.toBe(html);
    expect(extract(nested, completeUrl).listing.title).toBe('Holz Stapelturm Regenbogen, Montessori Spielzeug für Kleinkinder ab 12 Monaten, 7 Ringe');
  });

  it('falls back to the page markup when window.rawData is broken', () => {
    const intact = extract(page('de-complete'), completeUrl);
    const broken = extract(page('de-complete').replace('window.rawData={', 'window.rawData={"store":,'), completeUrl);
    expect(broken.listing).toEqual(intact.listing);
    expect(broken.trader).toEqual(intact.trader);
    expect(broken.safety.identifiers).toEqual(intact.safety.identifiers);
    expect(broken.unreadable).toEqual([]);
  });

  it('reports a page with broken state and no known markup as unreadable, never as empty', () => {
    const html = '<html lang="de"><body><div id="main"></div><script>window.rawData={"store":{</script></body></html>';
    const extraction = extract(html, completeUrl);
    expect(extraction.listing.id).toBe('601099512345678');
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
    expect(extraction.links).toEqual([]);
  });

  it('takes the description text from the page state when it is not rendered, but its links stay unreadable', () => {
    const html = page('de-complete').replace('data-type="goodsDescription"', 'data-type="x"').replace('<h2>Produktbeschreibung</h2>', '<h2>Mehr Infos</h2>');
    const extraction = extract(html, completeUrl);
    expect(extraction.texts.description).toContain('Klassischer Stapelturm aus Buchenholz');
    expect(extraction.unreadable).toEqual(['links']);
  });

  it('never collects the recommendations or the site chrome', () => {
    const html = page('pl-partial');
    const extraction = extract(html, 'https://www.temu.com/pl/interaktywna-pluszowa-zabawka-dla-niemowlat-z-muzyka-g-601099545678901.html');
    const hrefs = extraction.links.map((link) => link.href);
    for (const id of ['601099401112233', '601099401223344']) {
      expect(html).toContain(id);
      expect(hrefs.some((href) => href.includes(id))).toBe(false);
    }
    expect(hrefs.some((href) => href.includes('support-center') || href.includes('cart.html'))).toBe(false);
  });

  it('reads a mall page as a seller page', () => {
    const url = 'https://www.temu.com/de/mubei-holzwelt-m-634418212345678.html';
    const extraction = extract(page('de-complete'), url);
    expect(extraction.trader.storeId).toBe('634418212345678');
    expect(extraction.trader.registrationNumber).toBe('91330106MA28KT6P49');
    expect(extraction.listing.title).toBeNull();
    expect(extraction.unreadable).toEqual([]);
  });
});
