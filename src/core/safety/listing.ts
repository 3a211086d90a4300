import type { PageFacts } from '../facts';
import ceProducts from '../terms/ce-products.json';
import warningTerms from '../terms/warnings.json';
import type { TermList } from '../text/terms';
import { guardedMatcher } from './guarded-matcher';

/** What the safety rules read of a page (PageFacts and the checks' JudgedPage both fit). */
export type ListingFacts = Pick<PageFacts, 'listing' | 'texts' | 'safety' | 'unreadable'>;

/** The words that say what the product is: title and category path (not the description). */
export function productNameText(facts: ListingFacts): string {
  return [facts.listing.title ?? facts.texts.title, ...facts.listing.category].join(' \n ');
}

/** Everything the listing says about the product beyond its name. */
export function bodyText(facts: ListingFacts): string {
  return [facts.texts.description, facts.texts.specs, facts.texts.safety, ...facts.safety.warnings].join(' \n ');
}

/** Whether anything beyond the title was read; if not, silence proves nothing. */
export function hasBodyText(facts: ListingFacts): boolean {
  return bodyText(facts).trim() !== '';
}

export interface CeKind {
  kind: string;
  /** The product term as the term list writes it, e.g. "Ladegerät". */
  term: string;
  legalBasis: string;
}

const CE_KINDS = Object.entries(ceProducts.kinds).map(([kind, data]) => ({
  kind,
  legalBasis: data.legalBasis,
  match: guardedMatcher(data.terms, {
    exclude: 'exclude' in data ? (data.exclude as TermList) : {},
    notAfter: ceProducts.accessoryMarkers,
  }),
}));

/** The first product kind (in the list's order) whose terms the product's name matches. */
export function ceProductKind(facts: ListingFacts): CeKind | null {
  const text = productNameText(facts);
  for (const { kind, legalBasis, match } of CE_KINDS) {
    const term = match(text)[0];
    if (term) return { kind, term, legalBasis };
  }
  return null;
}

const matchTrigger = guardedMatcher(warningTerms.triggers, {
  exclude: warningTerms.exclude,
  notAfter: ceProducts.accessoryMarkers,
});
const matchWarning = guardedMatcher(warningTerms.warnings);

export interface WarningNeed {
  /** The product term, as the term list writes it. */
  term: string;
  /** A toy for small children or one with its own Annex V warning, rather than any toy. */
  specific: boolean;
}

/**
 * Why the listing must show warnings, or null: every toy must show its age limits and warnings
 * before an online purchase (Toy Safety Directive Art. 11(4)); some toys need specific ones.
 */
export function warningNeed(facts: ListingFacts): WarningNeed | null {
  const trigger = matchTrigger(productNameText(facts))[0];
  if (trigger) return { term: trigger, specific: true };
  const kind = ceProductKind(facts);
  return kind?.kind === 'toys' ? { term: kind.term, specific: false } : null;
}

/** Whether the listing shows any warning: the adapter found some, or a warning phrase appears. */
export function showsWarnings(facts: ListingFacts): boolean {
  return facts.safety.warnings.length > 0 || matchWarning(`${productNameText(facts)} \n ${bodyText(facts)}`).length > 0;
}
