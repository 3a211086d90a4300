import { extractAllegro } from './allegro/extract';
import { isAllegroSite, isSearchPath, isSellerPath, offerIdOf, SITE_DOMAINS } from './allegro/urls';
import { listingImagesIn } from './images';
import type { Adapter } from './types';

/** The marketplaces, the help centre (allegro.com), image and static CDNs, and Allegro Lokalnie. */
const OWN_DOMAINS = [...SITE_DOMAINS, 'allegro.com', 'allegroimg.com', 'allegrostatic.com', 'allegrolokalnie.pl'];

/** The offer's gallery and description boxes; not the "similar offers" or sponsored boxes. */
const IMAGE_ROOTS = ['[data-box-name="showoffer.gallery"]', '[data-box-name="Description"]'] as const;

/** "https://a.allegroimg.com/s128/…/name" is the 128-pixel copy of ".../original/…/name". */
function fullSizeImage(url: URL): string {
  return `${url.origin}${url.pathname.replace(/^\/s\d+\//, '/original/')}`;
}

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
  extract({ doc, url }) {
    const offerId = offerIdOf(url);
    const extraction = extractAllegro(doc, url, offerId);
    if (offerId) extraction.images = listingImagesIn(doc, url, IMAGE_ROOTS, fullSizeImage);
    return extraction;
  },
};
