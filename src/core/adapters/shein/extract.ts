import type { Extraction } from '../../facts';
import { pageLanguage } from '../dom';
import { assemble, IDENTIFIER_LABELS } from '../labelled-blocks';
import { gtinsIn, specValue } from '../specs';
import { listingImages } from './images';
import {
  descriptionRoot,
  markupCategory,
  markupPrice,
  markupSafety,
  markupSellerContact,
  markupSpecs,
  markupStore,
  markupTitle,
  productSchema,
  safetyRoot,
  sellerText,
} from './markup';
import {
  readState,
  stateBrand,
  stateCategory,
  stateGoodsId,
  statePrice,
  stateSafety,
  stateSellerContact,
  stateSpecs,
  stateStore,
  stateTitle,
} from './state';

/**
 * Reads a Shein product page: the embedded state first, the markup where the state lacks a part
 * (or cannot be parsed), the JSON-LD for title and price last. Images only on a product page.
 */
export function extractShein(doc: Document, url: URL, listingId: string | null): Extraction {
  const state = readState(doc);
  const schema = productSchema(doc);
  const specs = (state && stateSpecs(state)) ?? markupSpecs(doc) ?? [];
  const gtinSpec = gtinsIn(specValue(specs, IDENTIFIER_LABELS.gtin));
  const extraction = assemble({
    pageUrl: url,
    language: pageLanguage(doc),
    listingId: listingId ?? (state && stateGoodsId(state)),
    title: (state && stateTitle(state)) ?? markupTitle(doc) ?? schema?.title ?? null,
    price: (state && statePrice(state)) ?? markupPrice(doc) ?? schema?.price ?? null,
    category: (state && stateCategory(state)) ?? markupCategory(doc),
    store: (state && stateStore(state, url)) ?? markupStore(doc, url),
    contact: (state && stateSellerContact(state)) ?? markupSellerContact(doc),
    safety: (state && stateSafety(state)) ?? markupSafety(doc),
    specs,
    identifiers: {
      brand: (state && stateBrand(state)) ?? specValue(specs, IDENTIFIER_LABELS.brand) ?? schema?.brand ?? null,
      model: specValue(specs, IDENTIFIER_LABELS.model) ?? schema?.model ?? null,
      gtin: gtinSpec.length > 0 ? gtinSpec : (schema?.gtin ?? []),
    },
    description: descriptionRoot(doc),
    linkRoots: [[safetyRoot(doc), 'safety']],
    sellerText: sellerText(doc),
  });
  if (listingId) extraction.images = listingImages(doc, url, state);
  return extraction;
}
