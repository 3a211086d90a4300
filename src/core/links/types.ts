import type { Adapter } from '../adapters/types';
import type { RawLink } from '../facts';
import type { LinkSource, PageLink } from '../model';

export interface LinkContext {
  pageUrl: URL;
  /** The marketplace adapter, for its own domains and listing URL shapes; null on unknown shops. */
  adapter: Adapter | null;
}

export type ClassifyLink = (link: RawLink, context: LinkContext) => PageLink;

/** Sources where links belong to the listing itself, not to the trader's or manufacturer's details. */
export const LISTING_SOURCES: readonly LinkSource[] = ['description', 'image', 'text'];
