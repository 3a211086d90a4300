import { extractItem, extractStore } from './ebay/extract';
import { isEbaySite, isSearchPath, itemIdOf, SITE_DOMAINS, storeOf } from './ebay/urls';
import type { Adapter } from './types';

/** The sites, image/static/description CDNs and eBay's share links (ebay.us: classified as a shortener first). */
const OWN_DOMAINS = [...SITE_DOMAINS, 'ebayimg.com', 'ebaystatic.com', 'ebaydesc.com', 'ebay.us'];

export const ebayAdapter: Adapter = {
  platform: 'ebay',
  ownDomains: OWN_DOMAINS,
  matchesUrl: isEbaySite,
  listingIdOf: itemIdOf,
  pageType: ({ url }) => {
    if (itemIdOf(url)) return 'product';
    if (storeOf(url)) return 'seller';
    return isSearchPath(url) ? 'search' : 'other';
  },
  extract: ({ doc, url }) => (storeOf(url) ? extractStore(doc, url) : extractItem(doc, url)),
};
