import type { Adapter } from '../../../src/core/adapters/types';
import type { CheckContext, JudgedPage } from '../../../src/core/checks/types';
import { emptyExtraction, type FieldPath, type ListingTexts, type RawLink } from '../../../src/core/facts';
import { classifyLink } from '../../../src/core/links/classify';
import type { LinkContext } from '../../../src/core/links/types';
import type { PageLink, Platform } from '../../../src/core/model';

/** A stand-in marketplace with AliExpress-shaped listing addresses (independent of the real adapter). */
export const marketAdapter: Adapter = {
  platform: 'aliexpress',
  ownDomains: ['aliexpress.com', 'aliexpress.us', 'alicdn.com'],
  matchesUrl: (url) => url.hostname.endsWith('aliexpress.com'),
  pageType: () => 'product',
  listingIdOf: (url) => /^\/item\/(\d+)\.html$/.exec(url.pathname)?.[1] ?? null,
  extract: () => emptyExtraction(),
};

export const PAGE_URL = 'https://www.aliexpress.com/item/1005001.html';

export function marketContext(pageUrl = PAGE_URL): LinkContext {
  return { pageUrl: new URL(pageUrl), adapter: marketAdapter };
}

export function classify(href: string, text = '', context: LinkContext = marketContext()): PageLink {
  return classifyLink({ href, text, source: 'description' }, context);
}

export const readable: CheckContext = { isUnreadable: () => false };

export interface PageInput {
  platform?: Platform | null;
  url?: string;
  links?: RawLink[];
  texts?: Partial<ListingTexts>;
  unreadable?: FieldPath[];
}

/** A judged product page, its links classified as on the stand-in marketplace. */
export function judgedPage(input: PageInput = {}): JudgedPage {
  const url = input.url ?? PAGE_URL;
  const platform = input.platform === undefined ? 'aliexpress' : input.platform;
  const context: LinkContext = { pageUrl: new URL(url), adapter: platform === 'aliexpress' ? marketAdapter : null };
  const base = emptyExtraction();
  return {
    ...base,
    url,
    platform,
    pageType: 'product',
    texts: { ...base.texts, ...input.texts },
    unreadable: input.unreadable ?? [],
    links: (input.links ?? []).map((link) => classifyLink(link, context)),
  };
}

export function link(href: string, text = '', source: RawLink['source'] = 'description'): RawLink {
  return { href, text, source };
}
