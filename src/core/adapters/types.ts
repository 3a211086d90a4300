import type { Extraction } from '../facts';
import type { PageType, Platform } from '../model';

export interface AdapterInput {
  doc: Document;
  url: URL;
}

/**
 * One marketplace. Adapters read, they never judge: see the `Extraction` convention on
 * null versus `unreadable`.
 */
export interface Adapter {
  platform: Platform;
  /** Does this adapter serve this address at all? (host check; cheap, no DOM) */
  matchesUrl(url: URL): boolean;
  /** Registrable domains (eTLD+1) that belong to the marketplace: its sites, CDNs, short links. */
  ownDomains: readonly string[];
  pageType(input: AdapterInput): PageType;
  /** The listing id when `url` points at a product listing of this marketplace, else null. */
  listingIdOf(url: URL): string | null;
  /** Reads a product page. Called only when pageType() is 'product' (or 'seller' for trader fields). */
  extract(input: AdapterInput): Extraction;
}
