import { emptyExtraction, SECTION_FIELDS } from '../facts';
import { hostIn } from './hosts';
import type { Adapter } from './types';

// Placeholder: recognises the host, reads nothing yet (everything reported unreadable).
const DOMAINS = ['bol.com'] as const;

export const bolAdapter: Adapter = {
  platform: 'bol',
  ownDomains: DOMAINS,
  matchesUrl: (url) => hostIn(url, DOMAINS),
  pageType: () => 'product',
  listingIdOf: () => null,
  extract: () => ({ ...emptyExtraction(), unreadable: Object.values(SECTION_FIELDS).flat() }),
};
