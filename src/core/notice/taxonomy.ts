import type { FindingId } from '../model';

/** DSA Transparency Database statement categories that a marketplace listing can fall under (exact keys). */
export const CATEGORIES = [
  'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
  'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
  'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
  'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
  'STATEMENT_CATEGORY_PROTECTION_OF_MINORS',
  'STATEMENT_CATEGORY_RISK_FOR_PUBLIC_SECURITY',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** DSA Transparency Database keywords for those categories (exact keys). */
export const KEYWORDS = [
  'KEYWORD_UNSAFE_PRODUCTS',
  'KEYWORD_PROHIBITED_PRODUCTS',
  'KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS',
  'KEYWORD_MISLEADING_INFO_GOODS_SERVICES',
  'KEYWORD_TRADEMARK_INFRINGEMENT',
  'KEYWORD_DESIGN_INFRINGEMENT',
  'KEYWORD_INAUTHENTIC_LISTINGS',
  'KEYWORD_PHISHING',
] as const;
export type Keyword = (typeof KEYWORDS)[number];

interface Classification {
  category: Category;
  keywords: Keyword[];
}

/** What each finding says about the listing, in the taxonomy's terms. */
const BY_FINDING: Record<FindingId, Classification> = {
  'product.prohibited': {
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    keywords: ['KEYWORD_PROHIBITED_PRODUCTS'],
  },
  'product.safety-gate-match': {
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    keywords: ['KEYWORD_UNSAFE_PRODUCTS'],
  },
  'safety.manufacturer-missing': {
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    keywords: ['KEYWORD_UNSAFE_PRODUCTS'],
  },
  'safety.eu-responsible-missing': {
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    keywords: ['KEYWORD_UNSAFE_PRODUCTS'],
  },
  'safety.ce-missing': {
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    keywords: ['KEYWORD_UNSAFE_PRODUCTS'],
  },
  'safety.warnings-missing': {
    category: 'STATEMENT_CATEGORY_UNSAFE_AND_PROHIBITED_PRODUCTS',
    keywords: ['KEYWORD_UNSAFE_PRODUCTS'],
  },
  'product.counterfeit-signal': {
    category: 'STATEMENT_CATEGORY_INTELLECTUAL_PROPERTY_INFRINGEMENTS',
    keywords: ['KEYWORD_TRADEMARK_INFRINGEMENT'],
  },
  'links.messenger': { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: ['KEYWORD_INAUTHENTIC_LISTINGS'] },
  'links.hidden-listing': {
    category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD',
    keywords: ['KEYWORD_INAUTHENTIC_LISTINGS'],
  },
  'links.deceptive-text': { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: ['KEYWORD_PHISHING'] },
  'links.unsafe-scheme': { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: ['KEYWORD_PHISHING'] },
  'links.shortener': { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: ['KEYWORD_PHISHING'] },
  'links.redirect': { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: ['KEYWORD_PHISHING'] },
  'links.image-code': { category: 'STATEMENT_CATEGORY_SCAMS_AND_FRAUD', keywords: ['KEYWORD_INAUTHENTIC_LISTINGS'] },
  'links.off-platform': {
    category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
    keywords: ['KEYWORD_MISLEADING_INFO_GOODS_SERVICES'],
  },
  'trader.identity-missing': {
    category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
    keywords: ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'],
  },
  'trader.contact-missing': {
    category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
    keywords: ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'],
  },
  'trader.address-missing': {
    category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
    keywords: ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'],
  },
  'trader.registration-missing': {
    category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
    keywords: ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'],
  },
  'trader.registration-invalid': {
    category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
    keywords: ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'],
  },
  'trader.previously-reported': {
    category: 'STATEMENT_CATEGORY_CONSUMER_INFORMATION',
    keywords: ['KEYWORD_INSUFFICIENT_INFORMATION_ON_TRADERS'],
  },
};

/** The category of the gravest kind of finding present (categories are listed gravest first), and every keyword. */
export function classify(findingIds: readonly FindingId[]): Classification {
  const classes = findingIds.map((id) => BY_FINDING[id]);
  const rank = (c: Category) => CATEGORIES.indexOf(c);
  const category =
    classes.map((c) => c.category).sort((a, b) => rank(a) - rank(b))[0] ?? 'STATEMENT_CATEGORY_CONSUMER_INFORMATION';
  const keywords = KEYWORDS.filter((k) => classes.some((c) => c.keywords.includes(k)));
  return { category, keywords };
}
