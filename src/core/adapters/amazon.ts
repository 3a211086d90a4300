import { emptyExtraction, SECTION_FIELDS } from '../facts';
import { hostIn } from './hosts';
import type { Adapter } from './types';

// Placeholder: recognises the host, reads nothing yet (everything reported unreadable).
const DOMAINS = ['amazon.com'] as const;

export const amazonAdapter: Adapter = {
  platform: 'amazon',
  ownDomains: DOMAINS,
  matchesUrl: (url) => hostIn(url, DOMAINS),
  pageType: () => 'product',
  listingIdOf: () => null,
  extract: () => ({ ...emptyExtraction(), unreadable: Object.values(SECTION_FIELDS).flat() }),
};
