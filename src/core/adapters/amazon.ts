import { extractProduct, extractSellerProfile } from './amazon/extract';
import { asinOf, isAmazonSite, isSearchPath, isSellerPath, SITE_DOMAINS } from './amazon/urls';
import type { Adapter } from './types';

/** The marketplaces, image CDNs and Amazon's own short links (amzn.to, a.co: classified as shorteners first). */
const OWN_DOMAINS = [...SITE_DOMAINS, 'media-amazon.com', 'ssl-images-amazon.com', 'amzn.to', 'amzn.eu', 'a.co'];

export const amazonAdapter: Adapter = {
  platform: 'amazon',
  ownDomains: OWN_DOMAINS,
  matchesUrl: isAmazonSite,
  listingIdOf: asinOf,
  pageType: ({ url, doc }) => {
    if (asinOf(url)) return 'product';
    if (isSellerPath(url)) return 'seller';
    if (isSearchPath(url)) return 'search';
    // Product pages reached through other paths (/gp/aw/…, campaign links) still carry the title.
    return doc.getElementById('productTitle') ? 'product' : 'other';
  },
  extract: ({ doc, url }) => (isSellerPath(url) ? extractSellerProfile(doc, url) : extractProduct(doc, url)),
};
