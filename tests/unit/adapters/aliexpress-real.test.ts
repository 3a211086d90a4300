/**
 * Real AliExpress pages saved from the live sites (../shared/real-pages, provenance in its
 * SOURCES.md; never copied into this repository). The expected values were read off each page by
 * hand: what a careful person sees on it. The 2026 pages are client-rendered snapshots: their state
 * (`_d_c_.DCData`) is nearly empty, the description sits in a frame or a shadow root, and the
 * seller's legal identity is only behind the "Seller info" link, so those fields must stay
 * unreadable, never null.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import { extractPage } from '../../../src/core/extract';
import { SECTION_FIELDS } from '../../../src/core/facts';
import type { Analysis, Listing, Trader } from '../../../src/core/model';
import { documentFrom } from '../../support/dom';

const DIR = fileURLToPath(new URL('../../../../shared/real-pages/', import.meta.url));
const HAVE_PAGES = existsSync(DIR);

interface RealPage {
  file: string;
  url: string;
  listing: Listing;
  trader: Partial<Trader>;
  brand: string | null;
  model?: string | null;
  /** The description is in the document (not in a frame that loads later). */
  description: boolean;
  warnings?: string[];
}

const NOT_ON_ITEM_PAGE = ['trader.legalName', 'trader.address', 'trader.email', 'trader.phone', 'trader.registrationNumber', 'trader.vatNumber'];
const PARTIES = [...SECTION_FIELDS.manufacturer, ...SECTION_FIELDS.euResponsiblePerson];

function usd(amount: number): Listing['price'] {
  return { amount, currency: 'USD' };
}

const PAGES: RealPage[] = [
  {
    file: 'aliexpress-he-iphone-se-2020.html',
    url: 'https://he.aliexpress.com/item/32993251330.html',
    listing: {
      id: '32993251330',
      title: "מקורי Apple iPhone SE סמארטפון נייד טלפון A9 Dual Core 2GB RAM 16/64GB ROM 4.0 ''12MP טביעות אצבע 4G LTE Smartphone",
      price: { amount: 97.39, currency: 'EUR' },
      category: ['טלפונים סלולריים ותקשורת', 'טלפונים ניידים'],
    },
    trader: { name: 'Summer Technology Co.,Ltd.', storeId: '1392990', storeUrl: 'https://he.aliexpress.com/store/1392990', country: 'CN' },
    // The spec labels are Hebrew, a language Flagpost does not read.
    brand: null,
    description: true,
  },
  {
    file: 'aliexpress-us-bow-necklace.html',
    url: 'https://www.aliexpress.com/item/1005006975556275.html',
    listing: {
      id: '1005006975556275',
      title: '14K Dainty Gold Bow Necklace for Women Mom Teen Girls, Cute Small Tiny Bow Pendant Choker Chain Necklaces Jewelry Gifts for Her',
      price: usd(0.99),
      category: [],
    },
    trader: { name: 'Xia Yang Store', storeId: '1101418406', storeUrl: 'https://www.aliexpress.com/store/1101418406', status: 'trader' },
    brand: 'RUIYI',
    model: 'BIGG66951',
    description: false,
    warnings: [
      '⚠ WARNING: This product can expose you to chemicals including lead and cadmium, which are known to the State of California to cause cancer and birth defects or other reproductive harm. For more information go to www.P65Warnings.ca.gov.',
    ],
  },
  {
    file: 'aliexpress-us-ddr5-memory.html',
    url: 'https://www.aliexpress.com/item/1005007146144471.html',
    listing: {
      id: '1005007146144471',
      title: 'Ymeiton 2 pcs memoriam DDR5 desktop memory stick D5 4 /8G 16G 3 4800/5200/5600Mhz universal memory card 288-pin memory wholesale',
      price: usd(289.72),
      category: [],
    },
    trader: { name: 'CeaMere RAM Factory Store Store', storeId: '1103609220', storeUrl: 'https://www.aliexpress.com/store/1103609220', status: 'trader' },
    brand: 'Ymeiton',
    description: false,
  },
  {
    file: 'aliexpress-us-gan-charger.html',
    url: 'https://www.aliexpress.com/item/1005010306183068.html',
    listing: {
      id: '1005010306183068',
      title: '40W 2 Ports USB-C Type-C GaN Fast Charger with Charging Light, Fast Charging Block with 3.3Ft Type-C Charging Cable For IPhone',
      price: usd(0.99),
      category: [],
    },
    // The hover card says "Location: Hong Kong,China" for this store. Its "Store no." (1105113320)
    // differs from the number in the store link; the link is kept, as the store page it opens.
    trader: { name: 'TOPADRE Charger Store', storeId: '1105115323', storeUrl: 'https://www.aliexpress.com/store/1105115323', status: 'trader', country: 'HK' },
    brand: 'TOPADRE',
    description: true,
  },
  {
    file: 'aliexpress-us-juice-bottles.html',
    url: 'https://www.aliexpress.com/item/1005007997899722.html',
    listing: {
      id: '1005007997899722',
      title: '5/10pcs Leak-Proof Clear Plastic Juice Bottles-Perfect For Juicing Smoothies, Milk Homemade and Other Beverages Portable for Out',
      price: usd(0.99),
      category: [],
    },
    trader: { name: 'YuQin Beauty Store', storeId: '1103183128', storeUrl: 'https://www.aliexpress.com/store/1103183128', status: 'trader', country: 'CN' },
    brand: 'FIGHTYU',
    description: false,
  },
  {
    file: 'aliexpress-us-mini-excavator.html',
    url: 'https://www.aliexpress.com/item/1005010200175327.html',
    listing: {
      id: '1005010200175327',
      title: 'MMS 1.5Ton Mini Excavator 13.5HP B&S Engine Trencher Digger Pilot Control Crawler Digger for Farm Garden Yard Full Payment',
      price: usd(5355.81),
      category: [],
    },
    trader: { name: 'MMS Machinery Store', storeId: '1103706343', storeUrl: 'https://www.aliexpress.com/store/1103706343', status: 'trader' },
    brand: 'MMS',
    description: false,
  },
  {
    file: 'aliexpress-us-puer-tea-paper.html',
    url: 'https://www.aliexpress.com/item/1005010281070931.html',
    listing: {
      id: '1005010281070931',
      title: '357g Chinese Yunnanpuer tea Cotton Paper Packaging Paper Shu pu er pu erh tissue Paper Teawarebag Reusable',
      price: usd(20.88),
      category: [],
    },
    trader: { name: 'Four Seasons Tactical Equipment Store', storeId: '1101758756', storeUrl: 'https://www.aliexpress.com/store/1101758756', status: 'trader' },
    brand: null,
    description: true,
  },
  {
    // An aggregation listing: no "Sold by" box; "Information of the Seller" names the merchant.
    file: 'aliexpress-us-solar-inverter.html',
    url: 'https://www.aliexpress.com/item/3256810034014368.html',
    listing: {
      id: '3256810034014368',
      title: 'SUMRY 4KW 6KW 120V Off Grid Solar Inverter 24V 140A 5600W MPPT Charger Pure Sine Wave Home Inverter 6.25 Inch LCD Display',
      price: usd(256.48),
      category: [],
    },
    trader: { name: 'SUMRY Overseas flagship Store', storeId: '1105053770', storeUrl: 'https://www.aliexpress.com/store/1105053770', status: 'trader' },
    brand: 'SUMRY',
    model: 'HGX 4KW',
    description: false,
  },
  {
    file: 'aliexpress-us-soyes-phone.html',
    url: 'https://www.aliexpress.com/item/3256808490478300.html',
    listing: {
      id: '3256808490478300',
      title: 'SOYES XS19 Mini Smartphone 3.88in 2GB RAM 16GB ROM Android10.0 With Facial Recognition Dual SIM Standby 3G Network Small Phone',
      price: usd(32.27),
      category: [],
    },
    trader: { name: 'SOYES Choice Store', storeId: '1102515945', storeUrl: 'https://www.aliexpress.com/store/1102515945', status: 'trader' },
    brand: 'SOYES',
    description: true,
  },
];

/** Findings that accuse the trader of leaving out something; none may concern a field the page shows or Flagpost could not read. */
const ACCUSING_MISSING = [
  'trader.identity-missing',
  'trader.contact-missing',
  'trader.address-missing',
  'trader.registration-missing',
  'safety.manufacturer-missing',
  'safety.eu-responsible-missing',
  'safety.warnings-missing',
];

function analyse(page: RealPage): Analysis {
  return analyzeDocument(documentFrom(readFileSync(`${DIR}${page.file}`, 'utf8')), page.url);
}

describe.skipIf(!HAVE_PAGES)(`real AliExpress pages (${HAVE_PAGES ? DIR : 'skipped: ../shared/real-pages is absent'})`, () => {
  describe.each(PAGES.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    const analysis = analyse(page);

    it('reads the listing as shown', () => {
      expect(analysis.platform).toBe('aliexpress');
      expect(analysis.pageType).toBe('product');
      expect(analysis.listing).toEqual(page.listing);
      // A breadcrumb showing only "Home" names no category: unreadable, not empty.
      expect(analysis.unreadable.includes('listing.category')).toBe(page.listing.category.length === 0);
    });

    it('reads the seller the page names', () => {
      expect(analysis.trader).toMatchObject(page.trader);
      for (const field of Object.keys(page.trader)) expect(analysis.unreadable).not.toContain(`trader.${field}`);
      if (!page.trader.country) expect(analysis.unreadable).toContain('trader.country');
    });

    it('leaves the identity behind the "Seller info" link unreadable, never missing', () => {
      for (const field of NOT_ON_ITEM_PAGE) {
        expect(analysis.unreadable).toContain(field);
        expect(analysis.trader[field.slice('trader.'.length) as keyof Trader]).toBeNull();
      }
    });

    it('lists the seller box store page as a same-platform seller link', () => {
      const store = analysis.links.find((link) => link.source === 'seller' && link.href === page.trader.storeUrl);
      if (page.file.includes('solar-inverter')) {
        // The merchant is linked through its credential page only.
        expect(analysis.links.some((link) => link.href.includes('showcredential.htm?storeNum=1105053770'))).toBe(true);
      } else expect(store?.kind).toBe('same-platform');
    });

    it('reads brand and model from the specifications or the JSON-LD', () => {
      expect(analysis.safety.identifiers.brand).toBe(page.brand);
      if (page.model !== undefined) expect(analysis.safety.identifiers.model).toBe(page.model);
    });

    it('reads the description only where the document holds it', () => {
      expect(analysis.unreadable.includes('texts.description')).toBe(!page.description);
    });

    it('reads the warnings shown, and marks the safety parties unreadable (the site loads them later)', () => {
      for (const field of PARTIES) expect(analysis.unreadable).toContain(field);
      if (page.warnings) expect(analysis.safety.warnings).toEqual(page.warnings);
      else expect(analysis.unreadable).toContain('safety.warnings');
    });

    it('accuses nobody of leaving out what was not read', () => {
      expect(analysis.findings.map((finding) => finding.id).filter((id) => ACCUSING_MISSING.includes(id))).toEqual([]);
    });
  });

  it('reads the description text inside the declarative shadow root', () => {
    const page = PAGES.find((candidate) => candidate.file.includes('soyes'))!;
    const facts = extractPage(documentFrom(readFileSync(`${DIR}${page.file}`, 'utf8')), page.url);
    expect(facts.texts.description).toContain('Model SOYES XS19');
  });

  it('names the shell store of the aggregation listing in the seller text, not as the trader', () => {
    const page = PAGES.find((candidate) => candidate.file.includes('solar-inverter'))!;
    const facts = extractPage(documentFrom(readFileSync(`${DIR}${page.file}`, 'utf8')), page.url);
    expect(facts.texts.seller).toContain('The seller of this item is SUMRY Overseas flagship Store');
  });
});
