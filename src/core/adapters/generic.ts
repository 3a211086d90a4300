import { emptyExtraction, SECTION_FIELDS, type Extraction, type FieldPath } from '../facts';
import type { Party } from '../model';
import { foldForMatching } from '../text/normalize';
import { blockText, linksIn, pageLanguage, textOf } from './dom';
import { readStructuredData, type StructuredParty, type StructuredProduct } from './structured-data';
import type { Adapter } from './types';

// A microdata product's own description element: the one place on an unknown layout whose links
// are known to be the listing's.
const MICRODATA_DESCRIPTION = '[itemscope][itemtype*="schema.org/Product"] [itemprop="description"]';

/**
 * Any other shop. Its layout is never "recognised": only what the page declares as structured
 * data (schema.org JSON-LD or microdata, OpenGraph product tags) is read, and every field that
 * data leaves out is reported unreadable rather than "not shown".
 */
export const genericAdapter: Adapter = {
  platform: 'generic',
  ownDomains: [],
  matchesUrl: () => true,
  pageType: ({ doc }) => (readStructuredData(doc).products.length > 0 ? 'product' : 'other'),
  listingIdOf: () => null,
  extract({ doc, url }) {
    const extraction = emptyExtraction();
    const data = readStructuredData(doc);
    const product = data.products[0];
    if (!product) {
      extraction.unreadable = Object.values(SECTION_FIELDS).flat();
      return extraction;
    }
    const seller = product.offers.find((offer) => offer.seller)?.seller ?? data.organizations[0] ?? null;
    extraction.language = pageLanguage(doc);
    extraction.listing = {
      id: product.sku,
      title: product.name,
      price: product.offers.find((offer) => offer.price)?.price ?? null,
      category: data.breadcrumbs.length > 0 ? data.breadcrumbs : product.category,
    };
    extraction.trader = {
      ...extraction.trader,
      name: seller?.name ?? null,
      legalName: seller?.legalName ?? null,
      address: seller?.address ?? null,
      country: seller?.country ?? null,
      email: seller?.email ?? null,
      phone: seller?.phone ?? null,
      registrationNumber: seller?.registrationNumber ?? null,
      vatNumber: seller?.vatNumber ?? null,
      storeUrl: seller?.url ?? null,
    };
    extraction.safety = {
      manufacturer: toParty(product.manufacturer),
      euResponsiblePerson: toParty(null),
      warnings: [],
      identifiers: { brand: product.brand, model: product.model ?? product.mpn, gtin: product.gtin },
    };
    const description = readDescription(doc, product);
    if (description.element) extraction.links = linksIn(description.element, 'description', url);
    extraction.texts = {
      title: product.name ?? '',
      description: description.text,
      specs: '',
      seller: seller ? partyText(seller) : '',
      safety: product.manufacturer ? partyText(product.manufacturer) : '',
    };
    extraction.unreadable = unreadableOf(extraction, description);
    return extraction;
  },
};

interface Description {
  element: Element | null;
  text: string;
  /** Whether the text is the listing's description (OpenGraph's is a teaser for link previews). */
  isListingText: boolean;
}

// Where shops put a product's description: its own element, named so by the shop system
// (Shopify "product__description", WooCommerce "woocommerce-product-details__short-description", "#tab-description"...).
const NAMED_DESCRIPTION = '[itemprop="description"], [id*="description"], [class*="description"], [id*="Description"], [class*="Description"]';
const OUTSIDE_CONTENT = 'header, nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], script, style, template';

/**
 * The description as the page shows it, so its links are read too: the microdata one, else the
 * element the shop names a description (in the content, not its header, navigation or footer) whose
 * words are the structured description's (or, without one, the one with the most words).
 */
function descriptionElement(doc: Document, product: StructuredProduct): Element | null {
  if (product.source === 'microdata') {
    const own = doc.querySelector(MICRODATA_DESCRIPTION);
    if (own) return own;
  }
  const declared = foldForMatching(product.description ?? '').slice(0, 60);
  const candidates = Array.from(doc.querySelectorAll(NAMED_DESCRIPTION)).filter(
    (el) => !el.closest(OUTSIDE_CONTENT) && !el.matches('meta, link, input, script, style') && textOf(el).length >= 20,
  );
  const matching = declared ? candidates.filter((el) => foldForMatching(textOf(el)).includes(declared)) : [];
  const pool = matching.length > 0 ? matching : candidates;
  // The innermost such elements (their wrappers say the same and more besides), the wordiest first.
  const innermost = pool.filter((el) => !pool.some((other) => other !== el && el.contains(other)));
  return innermost.sort((a, b) => textOf(b).length - textOf(a).length)[0] ?? null;
}

function readDescription(doc: Document, product: StructuredProduct): Description {
  const element = descriptionElement(doc, product);
  if (element) return { element, text: blockText(element), isListingText: true };
  if (product.source === 'opengraph') return { element: null, text: '', isListingText: false };
  return { element: null, text: product.description ?? '', isListingText: product.description !== null };
}

function toParty(party: StructuredParty | null): Party {
  return { name: party?.name ?? null, address: party?.address ?? null, email: party?.email ?? null };
}

function partyText(party: StructuredParty): string {
  return [party.name, party.legalName, party.address, party.email, party.phone, party.registrationNumber, party.vatNumber]
    .filter(Boolean)
    .join('\n');
}

/**
 * Every contract field the structured data did not fill. Status, EU responsible person and
 * warnings have no schema.org property, so they are never readable here.
 */
function unreadableOf(extraction: Extraction, description: Description): FieldPath[] {
  const { listing, trader, safety } = extraction;
  const values: Record<Exclude<FieldPath, `safety.identifiers.${string}`>, unknown> = {
    'listing.id': listing.id,
    'listing.title': listing.title,
    'listing.price': listing.price,
    'listing.category': listing.category.length > 0 ? listing.category : null,
    'trader.name': trader.name,
    'trader.legalName': trader.legalName,
    'trader.address': trader.address,
    'trader.country': trader.country,
    'trader.email': trader.email,
    'trader.phone': trader.phone,
    'trader.registrationNumber': trader.registrationNumber,
    'trader.vatNumber': trader.vatNumber,
    'trader.status': null,
    'safety.manufacturer.name': safety.manufacturer.name,
    'safety.manufacturer.address': safety.manufacturer.address,
    'safety.manufacturer.email': safety.manufacturer.email,
    'safety.euResponsiblePerson.name': null,
    'safety.euResponsiblePerson.address': null,
    'safety.euResponsiblePerson.email': null,
    'safety.warnings': null,
    links: description.element,
    'texts.description': description.isListingText ? description.text : null,
  };
  return (Object.entries(values) as [FieldPath, unknown][])
    .filter(([, value]) => value === null || value === '')
    .map(([path]) => path);
}
