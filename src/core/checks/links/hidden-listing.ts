import type { PageLink } from '../../model';
import type { Check } from '../types';
import { hasReason, LINK_PAGE_TYPES, LISTING_SOURCES, linkEvidence, reasonValues } from './select';

/** A link whose target the buyer cannot see: no text, an image, or reached through a redirect. */
function concealed(link: PageLink): boolean {
  return link.text.trim().length <= 1 || link.source === 'image' || link.kind !== 'other-listing';
}

/**
 * The listing links to another listing of the same marketplace: the "hidden link" pattern the
 * Commission found on AliExpress, where an innocent-looking listing leads to a prohibited product.
 * High when the link is concealed; medium for a visible cross-link to another product.
 */
export const hiddenListingCheck: Check = {
  id: 'links.hidden-listing',
  reads: [],
  pageTypes: LINK_PAGE_TYPES,
  run(page) {
    const links = page.links.filter((l) => LISTING_SOURCES.includes(l.source) && hasReason(l, 'listing:'));
    if (links.length === 0) return null;
    return {
      severity: links.some(concealed) ? 'high' : 'medium',
      legalBasis: 'DSA Art. 16 (notice); DSA Art. 34–35',
      evidence: linkEvidence(links),
      params: [reasonValues(links, 'listing:').join(', ')],
    };
  },
};
