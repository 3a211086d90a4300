import type { Extraction } from '../../facts';
import { pageLanguage } from '../dom';
import { assemble, IDENTIFIER_LABELS } from '../labelled-blocks';
import { identifiersFrom } from '../specs';
import { listingImages } from './images';
import {
  descriptionRoot,
  markupCategory,
  markupParameters,
  markupPrice,
  markupSafety,
  markupSellerContact,
  markupStore,
  markupTitle,
  safetyRoot,
  sellerText,
} from './markup';
import { boxOffer, boxParameters, boxSafety, boxSellerContact, readBoxes } from './state';

/**
 * Reads an Allegro offer page: the serialised boxes first, the markup for any box that is missing or
 * broken. Images only on an offer page.
 */
export function extractAllegro(doc: Document, url: URL, offerId: string | null): Extraction {
  const boxes = readBoxes(doc);
  const offer = boxOffer(boxes, url);
  const specs = boxParameters(boxes) ?? markupParameters(doc) ?? [];
  const extraction = assemble({
    pageUrl: url,
    language: pageLanguage(doc),
    listingId: offerId ?? offer?.id ?? null,
    title: offer?.title ?? markupTitle(doc),
    price: offer?.price ?? markupPrice(doc),
    category: offer?.category ?? markupCategory(doc),
    store: offer?.store ?? markupStore(doc, url),
    contact: boxSellerContact(boxes) ?? markupSellerContact(doc),
    safety: boxSafety(boxes) ?? markupSafety(doc),
    specs,
    identifiers: identifiersFrom(specs, IDENTIFIER_LABELS),
    description: descriptionRoot(doc),
    linkRoots: [[safetyRoot(doc), 'safety']],
    sellerText: sellerText(doc),
  });
  if (offerId) extraction.images = listingImages(doc, url, boxes);
  return extraction;
}
