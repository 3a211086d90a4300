import type { DescriptionFrameReader } from '../../frames';
import { blockLines, first, linksIn } from '../dom';
import { hostIn } from '../hosts';
import { imagesIn, imageUrls } from '../images';
import { DESCRIPTION, fullSizeImage } from './extract';

/** vi.vipr.ebaydesc.com (older pages), itm.ebaydesc.com (newer ones), vi.raptor.ebaydesc.com. */
const DESCRIPTION_DOMAINS = ['ebaydesc.com'];
/** "https://itm.ebaydesc.com/itmdesc/<item>?…" */
const ITEM_PATH = /^\/itmdesc\/(\d{9,15})\/?$/;
const ITEM_ID = /^\d{9,15}$/;

/**
 * The item whose description this ebaydesc.com frame shows: "/itmdesc/<item>" or
 * "/ws/eBayISAPI.dll?ViewItemDescV4&item=<item>"; null for any other address.
 */
export function descriptionItemIdOf(url: URL): string | null {
  if (url.protocol !== 'https:' || !hostIn(url, DESCRIPTION_DOMAINS)) return null;
  const id = ITEM_PATH.exec(url.pathname)?.[1] ?? url.searchParams.get('item');
  return id !== null && ITEM_ID.test(id) ? id : null;
}

/** The seller's description in eBay's description frame (#desc_ifr on the item page). */
export const ebayDescriptionFrame: DescriptionFrameReader = {
  platform: 'ebay',
  listingIdOf: descriptionItemIdOf,
  read(doc, url) {
    const description = first(doc, DESCRIPTION);
    if (!description) return null;
    return {
      links: linksIn(description, 'description', url),
      text: blockLines(description).join('\n'),
      images: imageUrls(imagesIn([description]), url, fullSizeImage),
    };
  },
};
