import type { ImageCode, RawLink } from '../../facts';
import { linksFromText } from '../../links/text-handles';
import type { Check } from '../types';
import { LINK_PAGE_TYPES, linkEvidence, onMarketplace } from './select';

/** Formats that carry product numbers, not addresses: they feed the Safety Gate match instead. */
const BARCODE_FORMAT = /^(EAN|UPC|ITF|GTIN)/i;

/**
 * Addresses and messenger contacts decoded from the listing's images, as links found in the image
 * (source "image", the image's address as the link text so the evidence names it). A code's text is
 * read like description text: "https://wa.me/…", "t.me/shop", "WhatsApp +86…".
 */
export function linksFromImageCodes(codes: readonly ImageCode[] | undefined): RawLink[] {
  const links: RawLink[] = [];
  for (const code of codes ?? []) {
    if (BARCODE_FORMAT.test(code.format)) continue;
    const found = linksFromText({ title: '', description: code.text, specs: '', seller: '', safety: '' }, links);
    for (const link of found) links.push({ href: link.href, text: code.image, source: 'image' });
  }
  return links;
}

/**
 * A QR code (or printed code) in a product image that leads off the marketplace or to a messenger:
 * a way around the platform's text moderation and its buyer protection.
 */
export const imageCodeCheck: Check = {
  id: 'links.image-code',
  reads: [],
  pageTypes: LINK_PAGE_TYPES,
  run(page) {
    if (!onMarketplace(page)) return null;
    const links = page.links.filter(
      (l) => l.source === 'image' && (l.kind === 'messenger' || l.kind === 'off-platform' || l.kind === 'shortener'),
    );
    if (links.length === 0) return null;
    const images = new Set(links.map((l) => l.text)).size;
    return {
      severity: links.some((l) => l.kind === 'messenger') ? 'high' : 'medium',
      legalBasis: 'DSA Art. 16 (notice); DSA Art. 31',
      evidence: linkEvidence(links),
      params: [String(images)],
      count: images,
    };
  },
};
