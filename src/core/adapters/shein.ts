import { hostIn } from './hosts';
import { listingImagesIn } from './images';
import { extractShein } from './shein/extract';
import type { Adapter } from './types';

/** Country sites (de., fr., eur., www., m.…) all live under shein.com. */
const SITE_DOMAINS = ['shein.com'] as const;
/** The sites plus the image CDN and the group's corporate domain. */
const OWN_DOMAINS = ['shein.com', 'ltwebstatic.com', 'sheingroup.com'] as const;

/** /<slug>-p-<goods_id>.html, optionally with -cat-<cat_id> before .html. */
const PRODUCT_PATH = /-p-(\d+)(?:-cat-\d+)?\.html$/i;
/** Category and search listings: /<name>-c-<id>.html, /<name>-sc-<id>.html, /pdsearch/<words>/. */
const SEARCH_PATH = /(?:-s?c-\d+\.html$|^\/(?:[a-z]{2}\/)?pdsearch\/)/i;
const STORE_PATH = /^\/(?:[a-z]{2}\/)?store\//i;

/** The gallery and the description; not "similar items" nor "customers also bought" (whose cards use the same CDN). */
const IMAGE_ROOTS = ['.product-intro__gallery', '.product-intro__description-text'] as const;

/** "…/28493017a1_thumbnail_900x.jpg" and "…_thumbnail_405x552.webp" are resized copies of "…/28493017a1.jpg". */
function fullSizeImage(url: URL): string {
  return `${url.origin}${url.pathname.replace(/_thumbnail_\d*x\d*(?=\.[a-z]+$)/i, '')}`;
}

function listingIdOf(url: URL): string | null {
  if (!hostIn(url, SITE_DOMAINS)) return null;
  return PRODUCT_PATH.exec(url.pathname)?.[1] ?? null;
}

export const sheinAdapter: Adapter = {
  platform: 'shein',
  ownDomains: OWN_DOMAINS,
  matchesUrl: (url) => hostIn(url, SITE_DOMAINS),
  listingIdOf,
  pageType: ({ url }) => {
    if (listingIdOf(url)) return 'product';
    if (STORE_PATH.test(url.pathname)) return 'seller';
    return SEARCH_PATH.test(url.pathname) ? 'search' : 'other';
  },
  extract({ doc, url }) {
    const listingId = listingIdOf(url);
    const extraction = extractShein(doc, url, listingId);
    if (listingId) extraction.images = listingImagesIn(doc, url, IMAGE_ROOTS, fullSizeImage);
    return extraction;
  },
};
