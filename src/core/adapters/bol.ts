import labels from '../terms/labels-bol.json';
import { readLabelledPage, type LabelledLayout } from './labelled-page';
import { hostIn } from './hosts';
import { listingImagesIn } from './images';
import type { Adapter } from './types';

const SITE_DOMAINS = ['bol.com'] as const;
// media.s-bol.com serves the images.
const OWN_DOMAINS = ['bol.com', 's-bol.com'] as const;

// /nl/nl/p/<slug>/<id>/, /be/nl/p/…, /be/fr/p/…; stores under /v/, search and lists under /s/ and /l/.
const PATH = /^\/(?:nl|be)\/(?:nl|fr)\/([pvsl])\/(?:([^/]+)\/(\d{5,20})(?:\/|$))?/;

function pathParts(url: URL): { kind: string; slug: string | null; id: string | null } | null {
  if (!hostIn(url, SITE_DOMAINS)) return null;
  const match = PATH.exec(url.pathname);
  return match ? { kind: match[1] ?? '', slug: match[2] ?? null, id: match[3] ?? null } : null;
}

/** The product's image viewer and description; not the "also viewed" or sponsored carousels. */
const IMAGE_ROOTS = ['[data-test="product-images"]', '[data-test="description"]'] as const;

/**
 * media.s-bol.com names each copy by its pixel size ("…/550x550.jpg", "…/1200x900.jpg") and the sizes
 * depend on the picture's proportions, so the largest cannot be derived from a smaller one: kept as shown.
 */
const imageAsShown = (url: URL): string => url.href;

const LAYOUT: LabelledLayout = {
  labels,
  title: ['[data-test="title"]', 'h1.page-heading'],
  breadcrumb: ['[data-test="breadcrumb"] [data-test="breadcrumb-name"]'],
  description: ['[data-test="description"]'],
  specs: ['[data-test="specifications"]'],
  storeLink: ['[data-test="seller-name"]'],
  sellerDetails: ['[data-test="seller-details"]'],
  safety: ['[data-test="product-safety"]'],
  manufacturer: ['[data-test="manufacturer"]'],
  responsiblePerson: ['[data-test="responsible-person"]'],
  warnings: ['[data-test="safety-warnings"]'],
  storeOf(href) {
    const parts = pathParts(href);
    if (parts?.kind !== 'v' || !parts.id) return null;
    return { id: parts.id, url: `${href.origin}${href.pathname}` };
  },
  structuredBrandIsProductBrand: true,
};

export const bolAdapter: Adapter = {
  platform: 'bol',
  ownDomains: OWN_DOMAINS,
  matchesUrl: (url) => hostIn(url, SITE_DOMAINS),
  pageType({ url }) {
    const parts = pathParts(url);
    if (parts?.kind === 'p' && parts.id) return 'product';
    if (parts?.kind === 'v' && parts.id) return 'seller';
    if (parts?.kind === 's' || parts?.kind === 'l') return 'search';
    return 'other';
  },
  listingIdOf(url) {
    const parts = pathParts(url);
    return parts?.kind === 'p' ? parts.id : null;
  },
  extract(input) {
    const listingId = bolAdapter.listingIdOf(input.url);
    const extraction = readLabelledPage(input, LAYOUT, listingId);
    if (listingId) extraction.images = listingImagesIn(input.doc, input.url, IMAGE_ROOTS, imageAsShown);
    return extraction;
  },
};
