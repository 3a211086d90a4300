import { describe, expect, it } from 'vitest';
import { ebayAdapter } from '../../../src/core/adapters/ebay';
import { SECTION_FIELDS, type Extraction } from '../../../src/core/facts';
import type { PageType } from '../../../src/core/model';
import { documentFrom } from '../../support/dom';
import { listFixtures, readFixtureHtml } from '../../support/fixtures';

const HOSTS = [
  'www.ebay.de',
  'www.ebay.fr',
  'www.ebay.it',
  'www.ebay.es',
  'www.ebay.nl',
  'www.ebay.pl',
  'www.ebay.at',
  'www.ebay.ie',
  'befr.ebay.be',
  'benl.ebay.be',
];
const EMPTY_PAGE = documentFrom('<html><body></body></html>');
const IDENTITY_FIELDS = SECTION_FIELDS.trader.filter((path) => path !== 'trader.name');

function pageTypeOf(address: string): string {
  return ebayAdapter.pageType({ url: new URL(address), doc: EMPTY_PAGE });
}

/** What the adapter reads, without the pipeline's own additions (handles found in text). */
function read(html: string, address: string): Extraction & { pageType: PageType } {
  const input = { doc: documentFrom(html), url: new URL(address) };
  return { ...ebayAdapter.extract(input), pageType: ebayAdapter.pageType(input) };
}

describe('ebay: addresses', () => {
  it.each(HOSTS)('serves %s', (host) => {
    expect(ebayAdapter.matchesUrl(new URL(`https://${host}/`))).toBe(true);
  });

  it.each([
    'https://ebay.de.evil.example/itm/205812334871',
    'https://notebay.de/itm/205812334871',
    'https://www.ebay-de.example/itm/205812334871',
    'https://befr.ebay.be.evil.example/itm/205812334871',
  ])('does not serve %s', (address) => {
    expect(ebayAdapter.matchesUrl(new URL(address))).toBe(false);
    expect(ebayAdapter.listingIdOf(new URL(address))).toBeNull();
  });

  describe.each(HOSTS)('on %s', (host) => {
    it.each([
      ['/itm/205812334871', '205812334871'],
      ['/itm/Lumenkind-Nachtlicht-Kinder-LED-Mond-Lampe/205812334871', '205812334871'],
      ['/itm/205812334871?hash=item2fea1b2c3d:g:abcAAOSw&var=0', '205812334871'],
      ['/itm/205812334871/', '205812334871'],
    ])('reads the item id of %s', (path, id) => {
      const url = new URL(`https://${host}${path}`);
      expect(ebayAdapter.listingIdOf(url)).toBe(id);
      expect(pageTypeOf(url.href)).toBe('product');
    });

    it.each([
      ['/str/lumenkindshop', 'seller'],
      ['/str/lumenkindshop/Nachtlichter/_i.html?store_cat=3', 'seller'],
      ['/usr/muehlen_antik_sammler', 'seller'],
      ['/sch/i.html?_nkw=nachtlicht', 'search'],
      ['/b/Drohnen/182186/bn_1943373', 'search'],
      ['/help/home', 'other'],
      ['/', 'other'],
      ['/itm/12345', 'other'],
    ])('classifies %s as %s', (path, type) => {
      expect(pageTypeOf(`https://${host}${path}`)).toBe(type);
      expect(ebayAdapter.listingIdOf(new URL(`https://${host}${path}`))).toBeNull();
    });
  });

  it('reads no listing id from a rover redirect, even one that wraps an item address', () => {
    const rover =
      'https://rover.ebay.com/rover/1/707-53477-19255-0/1?mpre=https%3A%2F%2Fwww.ebay.de%2Fitm%2F226104587800';
    expect(ebayAdapter.listingIdOf(new URL(rover))).toBeNull();
  });
});

const STORE_PAGE = `<!DOCTYPE html><html lang="de"><head><title>Lumenkind Shop | eBay Shops</title></head><body>
<section class="str-seller-card"><h1 class="str-seller-card__store-name">Lumenkind Shop</h1></section>
<div class="str-about-us">
 <div class="str-business-details">
  <div class="ux-section ux-section--nameAndAddress">
   <div class="ux-section__title"><span class="ux-textspans ux-textspans--BOLD">Rechtliche Informationen des Verkäufers</span></div>
   <div class="ux-section__item"><span class="ux-textspans">Lumenkind GmbH</span></div>
   <div class="ux-section__item"><span class="ux-textspans">Am Lindenpark 3</span></div>
   <div class="ux-section__item"><span class="ux-textspans">04109 Leipzig</span></div>
   <div class="ux-section__item"><span class="ux-textspans">Deutschland</span></div>
  </div>
  <div class="ux-section ux-section--contactInformation">
   <div class="ux-section__item"><span class="ux-textspans">Telefon:</span> <span class="ux-textspans">+49 341 2290 4410</span></div>
   <div class="ux-section__item"><span class="ux-textspans">E-Mail:</span> <span class="ux-textspans">kontakt@lumenkind.example</span></div>
  </div>
  <div class="ux-section ux-section--vatInformation"><div class="ux-section__title"><span class="ux-textspans">Umsatzsteuer-Identifikationsnummer:</span></div><div class="ux-section__item"><ul><li><span class="ux-textspans">DE351920743</span></li></ul></div></div>
  <div class="ux-section ux-section--crnInformation"><div class="ux-section__title"><span class="ux-textspans">Handelsregisternummer:</span></div><div class="ux-section__item"><ul><li><span class="ux-textspans">HRB 31877</span></li></ul></div></div>
 </div>
</div></body></html>`;

describe('ebay: store pages', () => {
  it('reads the store name and the legal details', () => {
    const facts = read(STORE_PAGE, 'https://www.ebay.de/str/lumenkindshop?_trksid=p4429486');
    expect(facts.pageType).toBe('seller');
    expect(facts.trader).toEqual({
      name: 'Lumenkind Shop',
      legalName: 'Lumenkind GmbH',
      address: 'Am Lindenpark 3, 04109 Leipzig, Deutschland',
      country: 'DE',
      email: 'kontakt@lumenkind.example',
      phone: '+49 341 2290 4410',
      registrationNumber: 'HRB 31877',
      vatNumber: 'DE351920743',
      status: 'trader',
      storeId: 'lumenkindshop',
      storeUrl: 'https://www.ebay.de/str/lumenkindshop',
    });
    expect(facts.unreadable).toEqual([]);
  });

  it('reports the legal details unreadable when their block is missing', () => {
    const html = STORE_PAGE.replace('class="str-business-details"', 'class="str-legal-v2"');
    const facts = read(html, 'https://www.ebay.de/usr/lumenkind');
    expect(facts.trader.name).toBe('Lumenkind Shop');
    expect(facts.trader.storeUrl).toBe('https://www.ebay.de/usr/lumenkind');
    expect(facts.unreadable).toEqual(IDENTITY_FIELDS);
  });
});

function itemPage(card: string, rest = ''): string {
  return `<!DOCTYPE html><html lang="de"><body>
    <h1 class="x-item-title__mainTitle"><span class="ux-textspans">Kinderbuch gebraucht</span></h1>
    <div class="x-price-primary"><span class="ux-textspans">EUR 4,50</span></div>
    ${card}${rest}</body></html>`;
}

describe('ebay: item pages', () => {
  const fixtures = listFixtures().filter((f) => f.name.startsWith('ebay/'));

  it.each(fixtures.map((f) => [f.name, f] as const))(
    '%s: collects no carousel or navigation links',
    (_name, fixture) => {
      const facts = read(readFixtureHtml(fixture), fixture.url);
      const hrefs = facts.links.map((link) => link.href);
      for (const carousel of [
        '204998877161',
        '176654320981',
        '225877601234',
        '134455667788',
        '115533442201',
        '186677889900',
        '/sch/',
        '/fdbk/',
        'cart.payments',
      ]) {
        expect(hrefs.filter((href) => href.includes(carousel))).toEqual([]);
      }
      // The seller card's link to the seller's store is the only link from outside the description.
      const outside = facts.links.filter((link) => link.source !== 'description');
      expect(outside.every((link) => link.source === 'seller' && link.href.includes('/str/'))).toBe(true);
    },
  );

  it('takes a seller marked private as private: identity fields absent, not unreadable', () => {
    const card = `<div class="x-sellercard-atf"><div class="x-sellercard-atf__info">
      <div class="x-sellercard-atf__info__about-seller"><a href="https://www.ebay.de/usr/buecherwurm_42"><span>buecherwurm_42</span></a></div>
      <ul class="x-sellercard-atf__data"><li><span class="ux-textspans ux-textspans--SECONDARY">Privatverkäufer</span></li></ul></div></div>`;
    const facts = read(itemPage(card), 'https://www.ebay.de/itm/187230045599');
    expect(facts.trader).toMatchObject({
      name: 'buecherwurm_42',
      status: 'private',
      legalName: null,
      storeId: 'buecherwurm_42',
    });
    expect(facts.unreadable).not.toContain('trader.legalName');
  });

  it('reports the identity unreadable for a seller neither private nor with a business block', () => {
    const card = `<div class="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller"><a href="https://www.ebay.de/str/x"><span>x</span></a></div></div>`;
    const facts = read(itemPage(card), 'https://www.ebay.de/itm/187230045599');
    expect(facts.trader.name).toBe('x');
    expect(facts.unreadable).toEqual(expect.arrayContaining(IDENTITY_FIELDS));
    expect(facts.unreadable).not.toContain('trader.name');
  });

  it('reads the description and its links when they are in the document, not when only the iframe is', () => {
    const inline =
      '<div class="d-item-description"><div id="ds_div"><p>Siehe <a href="https://bit.ly/abc">Video</a></p></div></div>';
    const inlined = read(itemPage('', inline), 'https://www.ebay.de/itm/187230045599');
    expect(inlined.links).toEqual([{ href: 'https://bit.ly/abc', text: 'Video', source: 'description' }]);
    expect(inlined.texts.description).toBe('Siehe Video');
    expect(inlined.unreadable).not.toContain('links');

    const iframe =
      '<div class="d-item-description"><iframe id="desc_ifr" src="https://itm.ebaydesc.com/itmdesc/187230045599"></iframe></div>';
    const framed = read(itemPage('', iframe), 'https://www.ebay.de/itm/187230045599');
    expect(framed.links).toEqual([]);
    expect(framed.unreadable).toEqual(expect.arrayContaining(['links', 'texts.description']));
  });
});

describe('ebay: the layouts of the real pages', () => {
  it('reads the pre-2020 item page: hidden "Details about" left out, US $ price, seller and store links', () => {
    const facts = read(
      `<html><body>
        <table><tr><td id="vi-VR-brumb-lnkLst"><ul>
          <li><a href="http://www.ebay.com/sch/Home-Garden-/11700/i.html"><span>Home &amp; Garden</span></a></li>
          <li><a href="http://www.ebay.com/p/best-choiceproducts-sofa/1237915200">See more Best Choice sofa</a></li>
        </ul></td></tr></table>
        <h1 id="itemTitle"><span class="g-hdn">Details about &#160;</span>Outdoor Wicker Sofa</h1>
        <span id="prcIsum">US $349.99</span>
        <div class="si-inner">Seller information
          <a href="http://www.ebay.com/usr/bestchoiceproducts?_trksid=p1" id="mbgLink"><span class="mbg-nw">bestchoiceproducts</span></a>
          <a href="http://feedback.ebay.com/ws/eBayISAPI.dll?ViewFeedback&userid=bestchoiceproducts">Feedback</a>
          Visit store: <a href="http://stores.ebay.com/Best-Choice-Products">Best Choice Products</a>
        </div></body></html>`,
      'http://www.ebay.com/itm/Outdoor-Wicker-Sofa-/381228738769',
    );
    expect(facts.listing).toEqual({
      id: '381228738769',
      title: 'Outdoor Wicker Sofa',
      price: { amount: 349.99, currency: 'USD' },
      category: ['Home & Garden'],
    });
    expect(facts.trader).toMatchObject({
      name: 'bestchoiceproducts',
      storeId: 'bestchoiceproducts',
      storeUrl: 'http://www.ebay.com/usr/bestchoiceproducts',
    });
    expect(facts.links.map((link) => [link.href, link.source])).toEqual([
      ['http://www.ebay.com/usr/bestchoiceproducts?_trksid=p1', 'seller'],
      ['http://stores.ebay.com/Best-Choice-Products', 'seller'],
    ]);
  });

  it("names the seller of a card that only links the seller's other items, and lists no search link", () => {
    const facts = read(
      `<html><body><h1 class="x-item-title__mainTitle"><!--F#1--><span>LEGO Piratenschiff</span><!--F/--></h1>
        <nav class="breadcrumbs"><ul><li><a href="https://www.ebay.de/b/Spielzeug/220/bn_1">Spielzeug</a></li>
          <li hidden><a href="https://www.ebay.de/b/Spielzeug/220/bn_1">Spielzeug</a></li></ul></nav>
        <div class="x-price-primary"><span>EUR 164,00</span></div>
        <div class="x-sellercard-atf"><div class="x-sellercard-atf__info__about-seller">
          <a href="https://www.ebay.de/sch/richiengel/m.html?item=198187151691"><span>richiengel</span></a></div>
          <div>Privat Angemeldet als privater Verkäufer</div></div></body></html>`,
      'https://www.ebay.de/itm/198187151691',
    );
    expect(facts.listing.title).toBe('LEGO Piratenschiff');
    expect(facts.listing.category).toEqual(['Spielzeug']);
    expect(facts.trader).toMatchObject({
      name: 'richiengel',
      status: 'private',
      storeId: 'richiengel',
      storeUrl: 'https://www.ebay.de/usr/richiengel',
    });
    expect(facts.links).toEqual([]);
  });
});
