import { hostIn } from './hosts';
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
  extract: ({ doc, url }) => extractShein(doc, url, listingIdOf(url)),
};
