import labels from '../terms/labels-etsy.json';
import { readLabelledPage, type LabelledLayout } from './labelled-page';
import { hostIn } from './hosts';
import { listingImagesIn } from './images';
import type { Adapter } from './types';

const SITE_DOMAINS = ['etsy.com'] as const;
// etsy.me is Etsy's own share-link shortener; etsystatic.com serves the images.
const OWN_DOMAINS = ['etsy.com', 'etsy.me', 'etsystatic.com'] as const;

// Optional language (and region) prefix: /listing/<id>/<slug>, /de/listing/…, /fr/shop/<name>.
const LISTING = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?listing\/(\d{4,15})(?:\/|$)/i;
const SHOP = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?shop\/([A-Za-z0-9]+)\/?$/i;
const SEARCH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?(?:search|c|market)(?:\/|$)/i;

/** The listing's image carousel (main panes and thumbnails) and description; not "more from this shop" nor ads. */
const IMAGE_ROOTS = [
  '[data-component="listing-page-image-carousel"]',
  '[data-product-details-description-text-content]',
] as const;

/** "…/il_75x75.123_abcd.jpg" and "…/il_794xN.123_abcd.jpg" are resized copies of "…/il_fullxfull.123_abcd.jpg". */
function fullSizeImage(url: URL): string {
  return `${url.origin}${url.pathname.replace(/\/il_[0-9a-z]+x[0-9a-z]+\.(?=[^/]+$)/i, '/il_fullxfull.')}`;
}

// Current listing pages first, then the 2016 layout (#listing-page-cart, #description-text, .shop-name).
const LAYOUT: LabelledLayout = {
  labels,
  title: ['h1[data-buy-box-listing-title]', '#listing-page-cart h1'],
  price: ['[data-buy-box-region="price"]', '#listing-price'],
  breadcrumb: ['nav[aria-label="Breadcrumbs"] li a'],
  description: ['[data-product-details-description-text-content]', '#description-text'],
  specs: ['[data-product-details-container]'],
  storeLink: [
    '[data-shop-name]',
    '[data-appears-component-name*="shop_header"] a[href*="/shop/"]',
    '.shop-name a[href*="/shop/"]',
  ],
  // "reg-seller-details" holds the registration details behind a button (and a captcha) on a saved page.
  sellerDetails: ['[data-region="seller-details"]', '[data-region="reg-seller-details"]'],
  safety: ['[data-region="product-safety"]'],
  manufacturer: ['[data-safety-party="manufacturer"]'],
  responsiblePerson: ['[data-safety-party="responsible-person"]'],
  warnings: ['[data-safety-warnings]'],
  storeOf(href) {
    if (!hostIn(href, SITE_DOMAINS)) return null;
    const name = SHOP.exec(href.pathname)?.[1];
    return name ? { id: name, url: `https://www.etsy.com/shop/${name}` } : null;
  },
  // Etsy's JSON-LD gives the shop name as the brand.
  structuredBrandIsProductBrand: false,
};

export const etsyAdapter: Adapter = {
  platform: 'etsy',
  ownDomains: OWN_DOMAINS,
  matchesUrl: (url) => hostIn(url, SITE_DOMAINS),
  pageType({ url }) {
    if (LISTING.test(url.pathname)) return 'product';
    if (SHOP.test(url.pathname)) return 'seller';
    if (SEARCH.test(url.pathname)) return 'search';
    return 'other';
  },
  listingIdOf(url) {
    return hostIn(url, SITE_DOMAINS) ? (LISTING.exec(url.pathname)?.[1] ?? null) : null;
  },
  extract(input) {
    const listingId = etsyAdapter.listingIdOf(input.url);
    const extraction = readLabelledPage(input, LAYOUT, listingId);
    if (listingId) extraction.images = listingImagesIn(input.doc, input.url, IMAGE_ROOTS, fullSizeImage);
    return extraction;
  },
};
