/**
 * Real Amazon, eBay, Etsy and Allegro pages that other people saved from the live sites (see
 * ../shared/real-pages/SOURCES.md; they are not copied into this repository). The expected values are
 * what a careful person reads on each page, written down by hand; fields the saved page cannot show
 * (side panels loaded on demand, description frames, captcha-gated details) must be unreadable.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/core/analyze';
import type { Analysis, FindingId, LinkKind, LinkSource, Listing, Trader } from '../../../src/core/model';
import { documentFrom } from '../../support/dom';

const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const DIR = join(REPO, '..', 'shared', 'real-pages');
const SKIP_MESSAGE = `real pages not found at ${DIR}: these tests need the shared folder beside the repository`;

interface RealPage {
  file: string;
  url: string;
  platform: Analysis['platform'];
  listing: Listing;
  trader: Partial<Trader>;
  /** Links of the listing (description, seller box, safety): kind, source and address as found. */
  links: [LinkKind, LinkSource, string][];
  findings: FindingId[];
  /** Fields the saved page cannot show: they must be reported unreadable, never null. */
  unreadable: string[];
}

const IDENTITY = [
  'trader.legalName',
  'trader.address',
  'trader.country',
  'trader.email',
  'trader.phone',
  'trader.registrationNumber',
  'trader.vatNumber',
];
const SAFETY = [
  'safety.manufacturer.name',
  'safety.manufacturer.address',
  'safety.euResponsiblePerson.name',
  'safety.euResponsiblePerson.address',
  'safety.warnings',
];
const DESCRIPTION = ['links', 'texts.description'];

const PAGES: RealPage[] = [
  {
    file: 'allegro-pl-harness-easy-walk',
    url: 'https://allegro.pl/produkt/szelki-treningowe-easy-walk-truelove-tlh56512-96-x-65-cm-czerwono-czarne-fc45a09e-3644-4007-bac9-c31c2bfbd0c5?offerId=18024165357',
    platform: 'allegro',
    listing: {
      id: '18024165357',
      title: 'SZELKI DLA PSA REGULOWANE TRUELOVE FRONT LINE PREMIUM CZERWONO-CZARNE XL',
      price: { amount: 159.89, currency: 'PLN' },
      category: ['Supermarket', 'Artykuły dla zwierząt', 'Dla psów', 'Szelki'],
    },
    // "od Helen_pl | Firma | Sklep sprzedawcy"; the seller's data panel loads on demand.
    trader: { name: 'Helen_pl', status: 'trader', storeId: 'Helen_pl', storeUrl: 'https://allegro.pl/uzytkownik/Helen_pl' },
    links: [['same-platform', 'seller', 'https://allegro.pl/uzytkownik/Helen_pl']],
    findings: [],
    unreadable: [...IDENTITY, ...SAFETY],
  },
  {
    file: 'allegro-pl-harness-front-line',
    url: 'https://allegro.pl/produkt/szelki-dla-psa-truelove-front-line-premium-l-pomaranczowe-a30adc7e-e304-4c3b-a932-c3849ef22c93?offerId=10641630131',
    platform: 'allegro',
    listing: {
      id: '10641630131',
      title: 'MOCNE szelki dla psa Front Line Premium TRUELOVE easy walk POMARAŃCZOWE L',
      price: { amount: 229, currency: 'PLN' },
      category: ['Supermarket', 'Artykuły dla zwierząt', 'Dla psów', 'Szelki'],
    },
    trader: { name: 'petset_pl', status: 'trader', storeId: 'petset_pl', storeUrl: 'https://allegro.pl/uzytkownik/petset_pl' },
    links: [['same-platform', 'seller', 'https://allegro.pl/uzytkownik/petset_pl']],
    findings: [],
    unreadable: [...IDENTITY, ...SAFETY],
  },
  {
    file: 'amazon-de-c-programming-book-2019',
    url: 'https://www.amazon.de/Programming-Language-Prentice-Hall-Software/dp/0131103628',
    platform: 'amazon',
    listing: {
      id: '0131103628',
      title: 'The C Programming Language. (Prentice Hall Software)',
      // "Neu kaufen EUR 39,43" (the used offer at EUR 23,15 is another offer).
      price: { amount: 39.43, currency: 'EUR' },
      category: ['Bücher', 'Computer & Internet', 'Programmierung & Webdesign'],
    },
    trader: { name: 'NITZ OVERSEAS', storeId: 'A3UEOLL2J0FBMC', storeUrl: 'https://www.amazon.de/sp?seller=A3UEOLL2J0FBMC' },
    links: [
      [
        'same-platform',
        'seller',
        'https://www.amazon.de/gp/help/seller/at-a-glance.html/ref=dp_merchant_link?ie=UTF8&seller=A3UEOLL2J0FBMC&isAmazonFulfilled=1',
      ],
    ],
    findings: [],
    unreadable: [...IDENTITY, 'trader.status', ...SAFETY],
  },
  {
    file: 'amazon-de-chair-covers-2019',
    url: 'https://www.amazon.de/Abnehmbarer-Gummiband-Schutzh%C3%BCllen-Esszimmer-Sitzbez%C3%BCge/dp/B01LW7X0JJ',
    platform: 'amazon',
    listing: {
      id: 'B01LW7X0JJ',
      title: 'Abnehmbarer dehnbar Gummiband Schutzhüllen kurze Esszimmer Stuhl Sitzbezüge de',
      price: { amount: 6.37, currency: 'EUR' },
      category: ['Küche, Haushalt & Wohnen', 'Möbel & Wohnaccessoires', 'Wohnaccessoires & Deko', 'Hussen, Auflagen & Überwürfe', 'Hussen'],
    },
    trader: { name: 'Weisser Berg', storeId: 'AQ1IBDB6G2RRD', storeUrl: 'https://www.amazon.de/sp?seller=AQ1IBDB6G2RRD' },
    links: [
      ['same-platform', 'seller', 'https://www.amazon.de/gp/help/seller/at-a-glance.html/ref=dp_merchant_link?ie=UTF8&seller=AQ1IBDB6G2RRD'],
    ],
    findings: [],
    unreadable: [...IDENTITY, 'trader.status', ...SAFETY],
  },
  {
    file: 'amazon-fr-chair-covers-2019',
    url: 'https://www.amazon.fr/sourcingmap%C2%AE-Housses-housses-amovibles-%C3%89tendue/dp/B01LW7X0JJ',
    platform: 'amazon',
    listing: {
      id: 'B01LW7X0JJ',
      title: 'sourcingmap® Housses chaise housses amovibles Étendue Court Housse de siège Noir + Blanc',
      price: { amount: 4.79, currency: 'EUR' },
      category: ['Cuisine & Maison', 'Ameublement et décoration', 'Décoration de la maison', 'Housses', 'Housses de chaise de salle à manger'],
    },
    trader: { name: 'Weisser Berg', storeId: 'AQ1IBDB6G2RRD', storeUrl: 'https://www.amazon.fr/sp?seller=AQ1IBDB6G2RRD' },
    links: [
      ['same-platform', 'seller', 'https://www.amazon.fr/gp/help/seller/at-a-glance.html/ref=dp_merchant_link?ie=UTF8&seller=AQ1IBDB6G2RRD'],
    ],
    findings: [],
    unreadable: [...IDENTITY, 'trader.status', ...SAFETY],
  },
  {
    file: 'amazon-es-pt-smartwatch-2022',
    url: 'https://www.amazon.es/-/pt/Leelbox-Smartwatch-Inteligente-Impermeable-Puls%C3%B3metro/dp/B09PRB88ZK',
    platform: 'amazon',
    listing: {
      id: 'B09PRB88ZK',
      title:
        'Leelbox Smartwatch Relógio inteligente para homem e mulher, impermeável IP68, 1,69", ecrã com oxímetro (SpO2), pulsómetro, monitor de sono, pedómetro, pulseira de atividade inteligente para Android e iOS',
      price: { amount: 39.99, currency: 'EUR' },
      // The breadcrumb shows only "Voltar aos resultados": no category on the page.
      category: [],
    },
    trader: { name: 'Leelbox-EU', storeId: 'A3H1SB337TCD0J', storeUrl: 'https://www.amazon.es/sp?seller=A3H1SB337TCD0J' },
    links: [
      [
        'same-platform',
        'seller',
        'https://www.amazon.es/-/pt/gp/help/seller/at-a-glance.html/ref=dp_merchant_link?ie=UTF8&seller=A3H1SB337TCD0J&isAmazonFulfilled=1',
      ],
    ],
    // A smartwatch (radio equipment) whose listing shows no CE sign anywhere: established, not guessed.
    findings: ['safety.ce-missing'],
    // Its details row "Fabricante: Leelbox" names the maker; where the maker is stays unreadable.
    unreadable: ['listing.category', ...IDENTITY, 'trader.status', ...SAFETY.filter((path) => path !== 'safety.manufacturer.name')],
  },
  {
    file: 'amazon-es-pt-toolbox-2022',
    url: 'https://www.amazon.es/-/pt/Hi-Spec-herramientas-reparaci%C3%B3n-mantenimiento-almacenamiento/dp/B07ZCVN7YN',
    platform: 'amazon',
    listing: {
      id: 'B07ZCVN7YN',
      title:
        'Hi-Spec Caixa de ferramentas completa com 82 peças. Conjunto de ferramentas de bricolage para manutenção, arranjo e reparação de casa, escritório e oficina, inclui pasta de armazenamento',
      price: { amount: 66.99, currency: 'EUR' },
      category: [],
    },
    trader: { name: 'Apollo Tools', storeId: 'A2QAYL4BQ2I36T', storeUrl: 'https://www.amazon.es/sp?seller=A2QAYL4BQ2I36T' },
    // The A+ content's three "Ler mais" toggles are Amazon's, not the listing's.
    links: [
      [
        'same-platform',
        'seller',
        'https://www.amazon.es/-/pt/gp/help/seller/at-a-glance.html/ref=dp_merchant_link?ie=UTF8&seller=A2QAYL4BQ2I36T&isAmazonFulfilled=1',
      ],
    ],
    findings: [],
    unreadable: ['listing.category', ...IDENTITY, 'trader.status', ...SAFETY],
  },
  {
    file: 'amazon-fr-avatar-book',
    url: 'https://www.amazon.fr/Art-Avatar-Way-Water/dp/0241401127',
    platform: 'amazon',
    listing: {
      id: '0241401127',
      title: 'The Art of Avatar The Way of Water',
      // 33,69 € to pay; the struck "Prix conseillé : 40,13 €" is not the price.
      price: { amount: 33.69, currency: 'EUR' },
      category: ['Livres', 'Arts et photographie', 'Cinéma', 'Guides par genre', "Film d'animation"],
    },
    // "Expéditeur / Vendeur: Amazon": Amazon itself, no seller profile.
    trader: { name: 'Amazon', storeId: null, storeUrl: null },
    links: [],
    findings: [],
    unreadable: [...IDENTITY, 'trader.status', ...SAFETY],
  },
  {
    file: 'ebay-de-lego-private',
    url: 'https://www.ebay.de/itm/198187151691',
    platform: 'ebay',
    listing: {
      id: '198187151691',
      title: 'LEGO 4 Juniors: Großes Piratenschiff (7075)',
      price: { amount: 164, currency: 'EUR' },
      category: ['Spielzeug', 'Bausets & Konstruktion', 'LEGO (R) Konstruktionsspielzeuge', 'LEGO (R) Komplette Sets & Packs'],
    },
    // "Privat – Angemeldet als privater Verkäufer": a private seller owes no legal identity.
    trader: {
      name: 'richiengel',
      status: 'private',
      legalName: null,
      address: null,
      storeId: 'richiengel',
      storeUrl: 'https://www.ebay.de/usr/richiengel',
    },
    links: [],
    findings: [],
    // The description is in its frame (ebaydesc.com), not in the saved page.
    unreadable: [...SAFETY, ...DESCRIPTION],
  },
  {
    file: 'ebay-com-rtx5090',
    url: 'https://www.ebay.com/itm/226771798286',
    platform: 'ebay',
    listing: {
      id: '226771798286',
      title: 'NVIDIA GeForce RTX 5090 FE Founders Edition',
      // The seller lists in euros: "EUR 3,500.00", shown with "approximately US $3,971.45".
      price: { amount: 3500, currency: 'EUR' },
      category: ['Electronics', 'Computers/Tablets & Networking', 'Computer Components & Parts', 'Graphics/Video Cards'],
    },
    trader: { name: 'salomon0651', storeId: 'salomon0651', storeUrl: 'https://www.ebay.com/usr/salomon0651' },
    links: [],
    findings: [],
    unreadable: [...IDENTITY, 'trader.status', ...SAFETY, ...DESCRIPTION],
  },
  {
    file: 'ebay-com-wicker-sofa-2016',
    url: 'http://www.ebay.com/itm/Outdoor-Wicker-Patio-Furniture-Sofa-3-Seater-Luxury-Comfort-Brown-Wicker-Couch-/381228738769',
    platform: 'ebay',
    listing: {
      id: '381228738769',
      title: 'Outdoor Wicker Patio Furniture Sofa 3 Seater Luxury Comfort Brown Wicker Couch',
      price: { amount: 349.99, currency: 'USD' },
      category: ['Home & Garden', 'Yard, Garden & Outdoor Living', 'Patio & Garden Furniture', 'Patio & Garden Furniture Sets'],
    },
    trader: { name: 'bestchoiceproducts', storeId: 'bestchoiceproducts', storeUrl: 'http://www.ebay.com/usr/bestchoiceproducts' },
    links: [
      ['same-platform', 'seller', 'http://www.ebay.com/usr/bestchoiceproducts?_trksid=p2047675.l2559'],
      ['same-platform', 'seller', 'http://stores.ebay.com/Best-Choice-Products?_trksid=p2047675.l2563'],
    ],
    findings: [],
    unreadable: [...IDENTITY, 'trader.status', ...SAFETY, ...DESCRIPTION],
  },
  {
    file: 'etsy-com-birth-year-necklace',
    url: 'https://www.etsy.com/listing/1385245506/sterling-silver-crown-birth-year',
    platform: 'etsy',
    listing: {
      id: '1385245506',
      title: 'Sterling Silver Crown Birth Year Necklace: Old English Date Pendant',
      // Shown as "€40.63+" (Etsy Spain); og:price's 49.99 USD is the listing's base price, not shown.
      price: { amount: 40.63, currency: 'EUR' },
      category: ['Jewelry', 'Necklaces', 'Pendant Necklaces'],
    },
    trader: { name: 'GowaDesign', storeId: 'GowaDesign', storeUrl: 'https://www.etsy.com/shop/GowaDesign' },
    links: [
      ['other-listing', 'description', 'https://www.etsy.com/listing/1009050873/us-fast-shipping?ref=listings_manager_grid'],
      ['same-platform', 'description', 'https://www.etsy.com/shop/GowaDesign?ref=search_shop_redirect%C2%A7ion_id=33532996'],
      ['same-platform', 'description', 'https://www.etsy.com/shop/GowaDesign?ref=search_shop_redirect%C2%A7ion_id=33502476'],
      ['same-platform', 'description', 'https://www.etsy.com/shop/GowaDesign?ref=search_shop_redirect%C2%A7ion_id=36730161'],
      ['same-platform', 'description', 'https://www.etsy.com/shop/GowaDesign?ref=search_shop_redirect%C2%A7ion_id=33549679'],
      ['same-platform', 'description', 'https://www.etsy.com/shop/GowaDesign?ref=search_shop_redirect%C2%A7ion_id=3379565'],
      ['same-platform', 'seller', 'https://www.etsy.com/shop/GowaDesign?ref=shop-header-name&listing_id=1385245506&from_page=listing'],
    ],
    // The description links another listing of the shop (its "US fast shipping" add-on).
    findings: ['links.hidden-listing'],
    // "View shop registration details" sits behind a captcha that did not load.
    unreadable: [...IDENTITY, 'trader.status', ...SAFETY],
  },
  {
    file: 'etsy-com-stacking-blocks',
    url: 'https://www.etsy.com/listing/1394647088/stacking-blocks-set-of-4',
    platform: 'etsy',
    listing: {
      id: '1394647088',
      title: 'Stacking Blocks (set of 4)',
      price: { amount: 45, currency: 'USD' },
      category: ['Pet Supplies', 'Pet Health & Wellness', 'Pet Grooming'],
    },
    trader: { name: 'VanityFurGrooming', storeId: 'VanityFurGrooming', storeUrl: 'https://www.etsy.com/shop/VanityFurGrooming' },
    links: [
      ['same-platform', 'seller', 'https://www.etsy.com/shop/VanityFurGrooming?ref=shop-header-name&listing_id=1394647088&from_page=listing'],
    ],
    findings: [],
    unreadable: [...IDENTITY, 'trader.status', ...SAFETY],
  },
  {
    file: 'etsy-com-decal-2016',
    url: 'https://www.etsy.com/listing/230389421/agents-of-shield-decal-sticker-for-car',
    platform: 'etsy',
    listing: {
      id: '230389421',
      title: 'Agents of Shield decal sticker for car, truck, laptop in ANY COLOR die cut vinyl',
      price: { amount: 2.99, currency: 'USD' },
      category: [],
    },
    trader: { name: 'InfernoDecals', storeId: 'InfernoDecals', storeUrl: 'https://www.etsy.com/shop/InfernoDecals' },
    links: [
      ['same-platform', 'description', 'https://www.etsy.com/your/shops/InfernoDecals/tools/listings/230718253'],
      ['same-platform', 'seller', 'https://www.etsy.com/shop/InfernoDecals?ref=l2-shopheader-name'],
    ],
    findings: [],
    // A 2016 page: no seller details, no product safety, no category shown.
    unreadable: ['listing.category', ...IDENTITY, 'trader.status', ...SAFETY],
  },
];

/** The fields each "-missing" finding says the page lacks: they must have been read (as null), never unreadable. */
const MISSING_FIELDS: Partial<Record<FindingId, string[]>> = {
  'trader.identity-missing': ['trader.legalName', 'trader.address'],
  'trader.contact-missing': ['trader.email', 'trader.phone'],
  'trader.address-missing': ['trader.address'],
  'trader.registration-missing': ['trader.registrationNumber'],
  'safety.manufacturer-missing': ['safety.manufacturer.name'],
  'safety.eu-responsible-missing': ['safety.euResponsiblePerson.name'],
  'safety.warnings-missing': ['safety.warnings'],
};

const LISTING_SOURCES: readonly LinkSource[] = ['description', 'seller', 'safety'];

// Each page is large (up to 1.8 MB): analysed once for both tests.
const analyses = new Map<string, Analysis>();
function analysisOf(page: RealPage): Analysis {
  const cached = analyses.get(page.file);
  if (cached) return cached;
  const html = readFileSync(join(DIR, `${page.file}.html`), 'utf8');
  const analysis = analyzeDocument(documentFrom(html), page.url);
  analyses.set(page.file, analysis);
  return analysis;
}

describe.skipIf(!existsSync(DIR))('real saved pages: Amazon, eBay, Etsy, Allegro', () => {
  it.each(PAGES.map((page) => [page.file, page] as const))('%s', (_file, page) => {
    const analysis = analysisOf(page);
    expect(analysis.platform).toBe(page.platform);
    expect(analysis.pageType).toBe('product');
    expect(analysis.listing).toEqual(page.listing);
    expect(analysis.trader).toMatchObject(page.trader);
    const links = analysis.links.filter((link) => LISTING_SOURCES.includes(link.source));
    expect(links.map((link) => [link.kind, link.source, link.href])).toEqual(page.links);
    expect(analysis.findings.map((finding) => finding.id).sort()).toEqual([...page.findings].sort());
    expect(analysis.unreadable).toEqual(expect.arrayContaining(page.unreadable));
    // What the page shows is read: none of its shown fields is reported unreadable.
    const shown = ['listing.id', 'listing.title', 'listing.price', 'trader.name'];
    expect(analysis.unreadable.filter((path) => shown.includes(path))).toEqual([]);
  });

  it.each(PAGES.map((page) => [page.file, page] as const))('%s: no "-missing" finding for a field it could not read', (_file, page) => {
    const analysis = analysisOf(page);
    for (const finding of analysis.findings) {
      const fields = MISSING_FIELDS[finding.id] ?? [];
      expect(analysis.unreadable.filter((path) => fields.includes(path)), finding.id).toEqual([]);
    }
  });
});

if (!existsSync(DIR)) {
  describe('real saved pages: Amazon, eBay, Etsy, Allegro', () => {
    it.skip(SKIP_MESSAGE, () => undefined);
  });
}
