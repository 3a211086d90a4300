/**
 * The analysis of one page, as fixed by docs/analysis.md (a copy of the shared contract).
 * Field names here are a contract read by tools outside the project: add, never rename.
 */

export const PLATFORMS = ['aliexpress', 'temu', 'amazon', 'ebay', 'shein', 'allegro', 'bol', 'etsy', 'generic'] as const;
export type Platform = (typeof PLATFORMS)[number];

export type PageType = 'product' | 'seller' | 'search' | 'other';

export interface Price {
  amount: number;
  currency: string;
}

export interface Listing {
  id: string | null;
  title: string | null;
  price: Price | null;
  category: string[];
}

export type TraderStatus = 'trader' | 'private' | 'unknown';

export interface Trader {
  /** Store or seller name as shown. */
  name: string | null;
  legalName: string | null;
  /** One line. */
  address: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  email: string | null;
  phone: string | null;
  registrationNumber: string | null;
  vatNumber: string | null;
  status: TraderStatus;
  /** Extra: the marketplace's own id for the store, and its page. */
  storeId: string | null;
  storeUrl: string | null;
}

export interface Party {
  name: string | null;
  address: string | null;
  email: string | null;
}

export type CeMarking = 'claimed' | 'absent' | 'unknown';

export interface Safety {
  manufacturer: Party;
  euResponsiblePerson: Party;
  ceMarking: CeMarking;
  warnings: string[];
  /** Extra: product identifiers (GPSR Art. 19(c)). */
  identifiers: ProductIdentifiers;
}

export interface ProductIdentifiers {
  brand: string | null;
  model: string | null;
  gtin: string[];
}

export const LINK_KINDS = [
  'same-platform',
  'other-listing',
  'off-platform',
  'shortener',
  'affiliate-redirect',
  'messenger',
  'unsafe-scheme',
] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

/** Where in the listing a link or text was found. */
export type LinkSource = 'description' | 'seller' | 'image' | 'text' | 'safety';

export interface PageLink {
  href: string;
  text: string;
  kind: LinkKind;
  suspicious: boolean;
  /** Reason codes (stable, English, machine-readable), e.g. "shortener:bit.ly". */
  reasons: string[];
  /** Extra: where it was found, and whether it is a handle written in text rather than an <a>. */
  source: LinkSource;
}

export const FINDING_IDS = [
  'trader.identity-missing',
  'trader.contact-missing',
  'trader.address-missing',
  'trader.registration-missing',
  'trader.registration-invalid',
  'trader.previously-reported',
  'safety.manufacturer-missing',
  'safety.eu-responsible-missing',
  'safety.ce-missing',
  'safety.warnings-missing',
  'product.prohibited',
  'product.counterfeit-signal',
  'links.off-platform',
  'links.shortener',
  'links.redirect',
  'links.messenger',
  'links.hidden-listing',
  'links.deceptive-text',
  'links.unsafe-scheme',
  'links.image-code',
  'product.safety-gate-match',
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

export type Severity = 'high' | 'medium' | 'low' | 'info';

export interface Finding {
  id: FindingId;
  severity: Severity;
  title: string;
  detail: string;
  legalBasis: string;
  evidence: string[];
  /** Extra: the name of the joined campaign this finding belongs to. */
  campaign?: string;
}

export interface Analysis {
  /** Extra: version of this output's shape. */
  schema: 'flagpost-analysis/1';
  url: string;
  platform: Platform | null;
  pageType: PageType;
  /** Extra: the page's language (BCP 47 primary subtag) where it declares one. */
  language: string | null;
  listing: Listing;
  trader: Trader;
  safety: Safety;
  links: PageLink[];
  findings: Finding[];
  /** Field paths the adapter could not read because the layout was not recognised, e.g. "trader.address". */
  unreadable: string[];
  /** Extra, only when true: the page has more links than the first 5,000 read (MAX_LINKS). */
  linksCapped?: true;
}

export const SEVERITY_ORDER: Record<Severity, number> = { high: 0, medium: 1, low: 2, info: 3 };
