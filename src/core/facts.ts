import type { CeMarking, LinkSource, Listing, PageType, Party, Platform, ProductIdentifiers, Trader } from './model';

/** A link as found in the listing, before classification. */
export interface RawLink {
  href: string;
  text: string;
  source: LinkSource;
}

/**
 * What an adapter reads off a page: facts only, no judgement.
 *
 * Convention that keeps Flagpost from accusing traders wrongly:
 * - a field the page does not show (its section was recognised) is `null`;
 * - a field whose section the adapter could not find is listed in `unreadable`
 *   by its contract path (e.g. "trader.address", "safety.manufacturer.name"); its value is then `null` too
 *   and every check skips it.
 */
export interface Extraction {
  language: string | null;
  listing: Listing;
  trader: Trader;
  safety: {
    manufacturer: Party;
    euResponsiblePerson: Party;
    warnings: string[];
    identifiers: ProductIdentifiers;
    /** Set when the site states it in a structured field; otherwise derived from the texts. */
    ceMarking?: CeMarking;
  };
  links: RawLink[];
  /** Texts that checks scan for terms (prohibited products, counterfeit wording, CE, messenger handles). */
  texts: ListingTexts;
  unreadable: FieldPath[];
  /**
   * Where Flagpost looked for each part: the heading as the page shows it ("Produktsicherheit"), so a
   * finding about what a part lacks can say where it was looked for. Absent: no such heading was seen.
   */
  lookedIn?: Partial<Record<'trader' | 'manufacturer' | 'euResponsiblePerson' | 'warnings', string>>;
  /** The listing's own images (gallery and description, not the site's chrome), full size: scanned for QR codes and barcodes. */
  images?: string[];
}

export interface ListingTexts {
  title: string;
  description: string;
  /** Specifications / attributes as "name: value" lines. */
  specs: string;
  seller: string;
  safety: string;
}

/** A code decoded from one of the listing's images (QR code or barcode). */
export interface ImageCode {
  /** The image's address: the evidence. */
  image: string;
  /** "QRCode", "EAN-13"... as the decoder names it. */
  format: string;
  text: string;
}

/** Extraction plus what the dispatcher knows. */
export interface PageFacts extends Extraction {
  url: string;
  platform: Platform | null;
  pageType: PageType;
  /** Codes decoded from the listing's images, when they were decoded (off the main thread, after extraction). */
  imageCodes?: ImageCode[];
  /** The page has more links than MAX_LINKS: only the first were read. */
  linksCapped?: true;
}

export function emptyParty(): Party {
  return { name: null, address: null, email: null };
}

export function emptyTrader(): Trader {
  return {
    name: null,
    legalName: null,
    address: null,
    country: null,
    email: null,
    phone: null,
    registrationNumber: null,
    vatNumber: null,
    status: 'unknown',
    storeId: null,
    storeUrl: null,
  };
}

export function emptyExtraction(): Extraction {
  return {
    language: null,
    listing: { id: null, title: null, price: null, category: [] },
    trader: emptyTrader(),
    safety: {
      manufacturer: emptyParty(),
      euResponsiblePerson: emptyParty(),
      warnings: [],
      identifiers: { brand: null, model: null, gtin: [] },
    },
    links: [],
    texts: { title: '', description: '', specs: '', seller: '', safety: '' },
    unreadable: [],
  };
}

/** Contract paths of the fields that each section holds, for marking a whole section unreadable. */
export const SECTION_FIELDS = {
  listing: ['listing.id', 'listing.title', 'listing.price', 'listing.category'],
  trader: [
    'trader.name',
    'trader.legalName',
    'trader.address',
    'trader.country',
    'trader.email',
    'trader.phone',
    'trader.registrationNumber',
    'trader.vatNumber',
    'trader.status',
  ],
  manufacturer: ['safety.manufacturer.name', 'safety.manufacturer.address', 'safety.manufacturer.email'],
  euResponsiblePerson: [
    'safety.euResponsiblePerson.name',
    'safety.euResponsiblePerson.address',
    'safety.euResponsiblePerson.email',
  ],
  warnings: ['safety.warnings'],
  description: ['links', 'texts.description'],
  identifiers: ['safety.identifiers.brand', 'safety.identifiers.model', 'safety.identifiers.gtin'],
} as const satisfies Record<string, readonly string[]>;
export type Section = keyof typeof SECTION_FIELDS;

/** Every path that can be unreadable: a typo in an adapter or a check's `reads` fails the typecheck. */
export type FieldPath = (typeof SECTION_FIELDS)[Section][number];
export const FIELD_PATHS: readonly FieldPath[] = Object.values(SECTION_FIELDS).flat();
