/**
 * A Shein listing's own images, full size: the gallery from the embedded state first (it survives
 * redesigns), then the gallery and description markup for whatever the state lacks (description
 * images are only in the markup). "Similar items" and "customers also bought" are never read.
 */
import { listingImagesIn, mergedImages, stateImageUrls } from '../images';
import { stateGallery, type SheinState } from './state';

/** The gallery and the description; not "similar items" nor "customers also bought" (whose cards use the same CDN). */
const IMAGE_ROOTS = ['.product-intro__gallery', '.product-intro__description-text'] as const;

/** "…/28493017a1_thumbnail_900x.jpg" and "…_thumbnail_405x552.webp" are resized copies of "…/28493017a1.jpg". */
function fullSizeImage(url: URL): string {
  return `${url.origin}${url.pathname.replace(/_thumbnail_\d*x\d*(?=\.[a-z]+$)/i, '')}`;
}

export function listingImages(doc: Document, pageUrl: URL, state: SheinState | null): string[] {
  return mergedImages(
    state ? stateImageUrls(stateGallery(state), pageUrl, fullSizeImage) : [],
    listingImagesIn(doc, pageUrl, IMAGE_ROOTS, fullSizeImage),
  );
}
