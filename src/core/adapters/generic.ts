import { emptyExtraction } from '../facts';
import type { Adapter } from './types';

// Placeholder: owned by the generic-adapter work (JSON-LD, microdata, OpenGraph).
export const genericAdapter: Adapter = {
  platform: 'generic',
  ownDomains: [],
  matchesUrl: () => true,
  pageType: () => 'other',
  listingIdOf: () => null,
  extract: () => emptyExtraction(),
};
