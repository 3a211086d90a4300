import type { Adapter } from '../adapters/types';
import type { RawLink } from '../facts';
import type { PageLink } from '../model';

export interface LinkContext {
  pageUrl: URL;
  /** The marketplace adapter, for its own domains and listing URL shapes; null on unknown shops. */
  adapter: Adapter | null;
}

export type ClassifyLink = (link: RawLink, context: LinkContext) => PageLink;
