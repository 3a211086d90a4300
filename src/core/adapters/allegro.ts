import { extractAllegro } from './allegro/extract';
import { isAllegroSite, isSearchPath, isSellerPath, offerIdOf, SITE_DOMAINS } from './allegro/urls';
import type { Adapter } from './types';

/** The marketplaces, the help centre (allegro.com), image and static CDNs, and Allegro Lokalnie. */
const OWN_DOMAINS = [...SITE_DOMAINS, 'allegro.com', 'allegroimg.com', 'allegrostatic.com', 'allegrolokalnie.pl'];

export const allegroAdapter: Adapter = {
  platform: 'allegro',
  ownDomains: OWN_DOMAINS,
  matchesUrl: isAllegroSite,
  listingIdOf: offerIdOf,
  pageType: ({ url }) => {
    if (offerIdOf(url)) return 'product';
    if (isSellerPath(url)) return 'seller';
    return isSearchPath(url) ? 'search' : 'other';
  },
  extract: ({ doc, url }) => extractAllegro(doc, url, offerIdOf(url)),
};
