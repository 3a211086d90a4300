import type { Extraction } from '../../facts';
import type { ProductIdentifiers } from '../../model';
import { pageLanguage } from '../dom';
import { assemble, IDENTIFIER_LABELS } from '../labelled-blocks';
import { gtinsIn, identifiersFrom } from '../specs';
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
  sellerHeaderRoot,
  sellerText,
} from './markup';
import {
  boxBreadcrumbs,
  boxHeaderOffer,
  boxOffer,
  boxParameters,
  boxSafety,
  boxSellerContact,
  boxSellerHeader,
  readBoxes,
  type HeaderOffer,
  type SellerHeader,
} from './state';

/**
 * Reads an Allegro offer page: the serialised boxes first, the markup for any box that is missing or
 * broken. Images only on an offer page.
 */
export function extractAllegro(doc: Document, url: URL, offerId: string | null): Extraction {
  const boxes = readBoxes(doc);
  const offer = boxOffer(boxes, url);
  const header = boxHeaderOffer(boxes);
  const seller = boxSellerHeader(boxes, url);
  const specs = boxParameters(boxes) ?? markupParameters(doc) ?? [];
  const extraction = assemble({
    pageUrl: url,
    language: pageLanguage(doc),
    listingId: offerId ?? offer?.id ?? header?.id ?? null,
    title: offer?.title ?? header?.title ?? markupTitle(doc),
    price: offer?.price ?? header?.price ?? markupPrice(doc),
    category: offer?.category ?? boxBreadcrumbs(boxes) ?? markupCategory(doc),
    store: offer?.store ?? seller?.store ?? markupStore(doc, url),
    contact: boxSellerContact(boxes) ?? markupSellerContact(doc),
    safety: boxSafety(boxes) ?? markupSafety(doc),
    specs,
    identifiers: withHeaderIdentifiers(identifiersFrom(specs, IDENTIFIER_LABELS), header),
    description: descriptionRoot(doc),
    linkRoots: [
      [safetyRoot(doc), 'safety'],
      [sellerHeaderRoot(doc), 'seller'],
    ],
    sellerText: sellerText(doc),
  });
  if (seller) keepHeaderStatus(extraction, seller);
  if (extraction.listing.id) extraction.images = listingImages(doc, url, boxes);
  return extraction;
}

/** The brand and GTIN the offer's summary declares, where the parameters name none. */
function withHeaderIdentifiers(identifiers: ProductIdentifiers, header: HeaderOffer | null): ProductIdentifiers {
  return {
    ...identifiers,
    brand: identifiers.brand ?? header?.brand ?? null,
    gtin: identifiers.gtin.length > 0 ? identifiers.gtin : gtinsIn(header?.gtin ?? null),
  };
}

/**
 * The seller header says whether the account is a company ("Firma") or private even where the seller's
 * declared data (a side panel loaded on demand) is not on the page.
 */
function keepHeaderStatus(extraction: Extraction, seller: SellerHeader): void {
  if (!extraction.unreadable.includes('trader.status') || seller.status === 'unknown') return;
  extraction.trader.status = seller.status;
  extraction.unreadable = extraction.unreadable.filter((path) => path !== 'trader.status');
}
