import { describe, expect, it } from 'vitest';
import { sheinAdapter } from '../../../src/core/adapters/shein';
import type { Analysis } from '../../../src/core/model';
import { documentFrom } from '../../support/dom';
import {
  edited,
  expectAdapterReads,
  adapterFactsOf,
  factsOf,
  fixturesOf,
  hrefsIn,
  readFixtureHtml,
} from '../../support/adapter-reads';

const fixtures = fixturesOf('shein');
const byName = (name: string) => {
  const fixture = fixtures.find((f) => f.name === `shein/${name}`);
  if (!fixture) throw new Error(`missing fixture ${name}`);
  return fixture;
};

describe('shein fixtures: what the adapter reads', () => {
  it('has two languages in three states', () => {
    expect(fixtures.map((f) => f.name).sort()).toEqual(
      ['de-changed-layout', 'de-complete', 'de-partial', 'fr-changed-layout', 'fr-complete', 'fr-partial'].map(
        (n) => `shein/${n}`,
      ),
    );
  });

  it.each(fixtures.map((f) => [f.name, f] as const))('%s', (_name, fixture) => {
    expectAdapterReads(factsOf(readFixtureHtml(fixture), fixture.url), fixture.expected as Partial<Analysis>);
  });
});

describe('shein urls', () => {
  // Page types follow the address alone.
  const blank = documentFrom('<!DOCTYPE html><html><body></body></html>');
  const hosts = ['de', 'fr', 'es', 'it', 'nl', 'pl', 'eur', 'www', 'm'].map((sub) => `https://${sub}.shein.com`);

  it.each(hosts)('reads product, store, search and other pages on %s', (origin) => {
    const type = (path: string) => sheinAdapter.pageType({ doc: blank, url: new URL(path, origin) });
    expect(type('/Holz-Lernuhr-p-28493017.html')).toBe('product');
    expect(type('/Holz-Lernuhr-p-28493017-cat-2341.html?mallCode=1&src_module=search')).toBe('product');
    expect(type('/store/home?store_code=7261948302')).toBe('seller');
    expect(type('/pdsearch/lernuhr/')).toBe('search');
    expect(type('/Toys-Games-c-2030.html')).toBe('search');
    expect(type('/Shipping-Info-a-280.html')).toBe('other');
    expect(type('/')).toBe('other');
    expect(sheinAdapter.matchesUrl(new URL(origin))).toBe(true);
  });

  it('takes the goods id from product addresses only', () => {
    const id = (href: string) => sheinAdapter.listingIdOf(new URL(href));
    expect(id('https://de.shein.com/Lumikid-Holz-Lernuhr-p-28493017.html')).toBe('28493017');
    expect(id('https://fr.shein.com/Sac-a-main-p-30518842-cat-1764.html?mallCode=1')).toBe('30518842');
    expect(id('https://m.shein.com/de/Lernuhr-p-28493017.html')).toBe('28493017');
    expect(id('https://de.shein.com/store/home?store_code=7261948302')).toBeNull();
    expect(id('https://de.shein.com/Toys-c-2030.html')).toBeNull();
    expect(id('https://de.shein.com/Shipping-Info-a-280.html')).toBeNull();
    // Same path on another site is not a Shein listing.
    expect(id('https://shein-outlet.example/Lernuhr-p-28493017.html')).toBeNull();
  });

  it.each([
    'https://shein.com.deals.example/Lernuhr-p-28493017.html',
    'https://fakeshein.com/',
    'https://sheinside.com/',
    'https://de.shein.com.evil.example/',
    'https://www.aliexpress.com/item/1005006.html',
  ])('does not claim %s', (href) => {
    expect(sheinAdapter.matchesUrl(new URL(href))).toBe(false);
  });
});

describe('shein fallbacks', () => {
  const complete = byName('de-complete');
  const html = readFixtureHtml(complete);
  const expected = complete.expected as Partial<Analysis>;
  const brokenState = edited(html, 'window.gbRawData = {"googleSEO"', 'window.gbRawData = {"googleSEO" "oops"');

  it('reads everything from the markup when the embedded state does not parse', () => {
    expectAdapterReads(factsOf(brokenState, complete.url), expected);
  });

  it('reports the seller unreadable when neither the state nor the seller box is there', () => {
    const noSellerBox = edited(brokenState, 'class="product-intro__seller-info"', 'class="pdp-sheet"');
    const facts = adapterFactsOf(noSellerBox, complete.url);
    expect(facts.trader.name).toBe('Lumikid Spielwelt');
    expect(facts.trader.legalName).toBeNull();
    expect(facts.unreadable).toEqual(
      expect.arrayContaining(['trader.legalName', 'trader.address', 'trader.email', 'trader.vatNumber']),
    );
    expect(facts.unreadable).not.toContain('trader.name');
  });

  it('reports safety unreadable when neither the state nor the safety block is there', () => {
    const noSafety = edited(brokenState, 'class="product-intro__gpsr"', 'class="pdp-compliance"');
    const facts = adapterFactsOf(noSafety, complete.url);
    expect(facts.safety.manufacturer).toEqual({ name: null, address: null, email: null });
    expect(facts.unreadable).toEqual(expect.arrayContaining(['safety.manufacturer.name', 'safety.warnings']));
  });

  it('shows a missing EU responsible person as null, not unreadable, when the safety block is there', () => {
    const partial = byName('de-partial');
    const facts = factsOf(
      edited(readFixtureHtml(partial), 'window.gbRawData = {"googleSEO"', 'window.gbRawData = {"googleSEO" "oops"'),
      partial.url,
    );
    expect(facts.safety.euResponsiblePerson).toEqual({ name: null, address: null, email: null });
    expect(facts.trader.phone).toBeNull();
    expect(facts.unreadable).toEqual([]);
  });
});

describe('shein links', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s: only the listing\'s own links, never the carousels\'', (_n, fixture) => {
    const html = readFixtureHtml(fixture);
    const links = factsOf(html, fixture.url).links;
    const collected = links.map((l) => l.href);
    const own = [
      ...hrefsIn(html, '.product-intro__description-text', fixture.url),
      ...hrefsIn(html, '.product-intro__gpsr', fixture.url),
    ];
    const carousels = [...hrefsIn(html, '.recommend-carousel', fixture.url), ...hrefsIn(html, '.pdp-rec-rail', fixture.url)];
    expect(carousels.length).toBeGreaterThan(0);
    expect(collected.filter((href) => carousels.includes(href))).toEqual([]);
    expect(links.filter((l) => l.source !== 'text').map((l) => l.href)).toEqual(fixture.state === 'changed-layout' ? [] : own);
  });
});
