/**
 * An Allegro offer's own images, full size: the gallery from the serialised boxes first (they survive
 * redesigns), then the gallery and description boxes' markup for whatever the state lacks.
 * "Similar offers" and sponsored boxes are never read.
 */
import { listingImagesIn, mergedImages, stateImageUrls } from '../images';
import { boxGallery } from './state';

/** The offer's gallery and description boxes; not the "similar offers" or sponsored boxes. */
const IMAGE_ROOTS = ['[data-box-name="showoffer.gallery"]', '[data-box-name="Description"]'] as const;

/** "https://a.allegroimg.com/s128/…/name" is the 128-pixel copy of ".../original/…/name". */
function fullSizeImage(url: URL): string {
  return `${url.origin}${url.pathname.replace(/^\/s\d+\//, '/original/')}`;
}

export function listingImages(doc: Document, pageUrl: URL, boxes: readonly Record<string, unknown>[]): string[] {
  return mergedImages(
    stateImageUrls(boxGallery(boxes), pageUrl, fullSizeImage),
    listingImagesIn(doc, pageUrl, IMAGE_ROOTS, fullSizeImage),
  );
}
