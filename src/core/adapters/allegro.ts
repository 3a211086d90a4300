import { extractAllegro } from './allegro/extract';
import { isAllegroSite, isProductPath, isSearchPath, isSellerPath, offerIdOf, SITE_DOMAINS } from './allegro/urls';
import { metaContent, resolveUrl } from './dom';
import type { Adapter } from './types';

/** The marketplaces, the help centre (allegro.com), image and static CDNs, and Allegro Lokalnie. */
const OWN_DOMAINS = [...SITE_DOMAINS, 'allegro.com', 'allegroimg.com', 'allegrostatic.com', 'allegrolokalnie.pl'];

const OFFER_HEADER = '[data-prototype-id="allegro.showoffer.productHeader"]';

/** The offer a page names in its own address (og:url keeps the offerId that the canonical link drops). */
function offerIdOfPage(doc: Document): string | null {
  const address = resolveUrl(metaContent(doc, 'og:url'), new URL('https://allegro.pl/'));
  return address ? offerIdOf(address) : null;
}

export const allegroAdapter: Adapter = {
  platform: 'allegro',
  ownDomains: OWN_DOMAINS,
  matchesUrl: isAllegroSite,
  listingIdOf: offerIdOf,
  pageType: ({ url, doc }) => {
    if (offerIdOf(url)) return 'product';
    // A product page saved under its canonical address (no offerId) still shows its offer.
    if (isProductPath(url) && doc.querySelector(OFFER_HEADER)) return 'product';
    if (isSellerPath(url)) return 'seller';
    return isSearchPath(url) ? 'search' : 'other';
  },
  extract: ({ doc, url }) => extractAllegro(doc, url, offerIdOf(url) ?? offerIdOfPage(doc)),
};
