import { ebayDescriptionFrame } from './adapters/ebay/description-frame';
import { mergedImages } from './adapters/images';
import { SECTION_FIELDS, type PageFacts, type RawLink } from './facts';
import type { Platform } from './model';

/**
 * Listing descriptions that a marketplace shows in a frame of another host (eBay: ebaydesc.com).
 * The page's content script cannot read into that frame, so the content script also runs in the
 * frame, reads the description there and the service worker merges it into the page's facts.
 */

/** What a description frame holds, read in the frame. */
export interface FrameContent {
  links: RawLink[];
  text: string;
  /** Full size, as the adapter lists the listing's images. */
  images: string[];
}

/** A frame's content and the listing it describes (taken from the frame's address, not from its word). */
export interface DescriptionFrame extends FrameContent {
  platform: Platform;
  listingId: string;
}

export interface DescriptionFrameReader {
  platform: Platform;
  /** The listing whose description `url` shows, or null when `url` is no description frame of this marketplace. */
  listingIdOf(url: URL): string | null;
  /** The description in the frame's document; null when it is not there (the description then stays unreadable). */
  read(doc: Document, url: URL): FrameContent | null;
}

const READERS: readonly DescriptionFrameReader[] = [ebayDescriptionFrame];

export function frameReaderFor(url: URL): DescriptionFrameReader | null {
  return READERS.find((reader) => reader.listingIdOf(url) !== null) ?? null;
}

/** The frame's content with the listing its address names; null when the address is no description frame. */
export function describedBy(frameUrl: string, content: FrameContent): DescriptionFrame | null {
  const url = URL.canParse(frameUrl) ? new URL(frameUrl) : null;
  const reader = url ? frameReaderFor(url) : null;
  const listingId = url ? reader?.listingIdOf(url) : null;
  return reader && listingId ? { ...content, platform: reader.platform, listingId } : null;
}

const DESCRIPTION_FIELDS: readonly string[] = SECTION_FIELDS.description;

/** Whether a description frame could still add to these facts: a listing of such a marketplace that could not read its description inline. */
export const awaitsDescriptionFrame = (facts: PageFacts): boolean =>
  facts.pageType === 'product' &&
  READERS.some((reader) => reader.platform === facts.platform) &&
  facts.unreadable.some((field) => DESCRIPTION_FIELDS.includes(field));

/**
 * The page's facts with its description frame's content, when the frame describes this very listing
 * and the page itself could not read the description (one shown inline is the same description).
 * Otherwise the facts unchanged (the same object).
 */
export function withDescriptionFrame(facts: PageFacts, frame: DescriptionFrame): PageFacts {
  const sameListing = facts.platform === frame.platform && facts.listing.id === frame.listingId;
  if (!sameListing || !awaitsDescriptionFrame(facts)) return facts;
  const { imageCodes, ...page } = facts;
  const images = mergedImages(facts.images ?? [], frame.images);
  // Codes found in the page's images stand while the frame adds none; otherwise all are scanned again (cached by address).
  const codesStand = imageCodes !== undefined && images.length === (facts.images?.length ?? 0);
  return {
    ...page,
    links: [...facts.links, ...frame.links],
    texts: { ...facts.texts, description: frame.text },
    unreadable: facts.unreadable.filter((field) => !DESCRIPTION_FIELDS.includes(field)),
    images,
    ...(codesStand ? { imageCodes } : {}),
  };
}
