import { findingMessageKey, type Translate } from '../i18n/translate';
import type { Analysis, Finding } from '../model';
import { canonicalListingUrl } from './location';

/** One finding's paragraph: its title in the notice's language, its legal basis and what the page shows. */
function findingParagraph(finding: Finding, t: Translate): string {
  const head = t('notice_draft_finding', [t(findingMessageKey(finding.id, 'title')), finding.legalBasis]);
  return finding.evidence.length > 0 ? `${head}\n${t('notice_draft_evidence', [finding.evidence.join('; ')])}` : head;
}

/**
 * The Art. 16(2)(a) explanation, drafted from the findings in the language of `t`: each finding
 * contributes its facts and its legal basis. The user edits it before sending.
 */
export function draftExplanation(analysis: Analysis, findings: readonly Finding[], t: Translate): string {
  if (findings.length === 0) return '';
  const listing = analysis.listing.title
    ? `"${analysis.listing.title}" (${canonicalListingUrl(analysis.url)})`
    : canonicalListingUrl(analysis.url);
  const trader = analysis.trader.name ?? t('notice_draft_trader_unknown');
  return [
    t('notice_draft_intro', [listing, trader]),
    ...findings.map((finding) => findingParagraph(finding, t)),
    t('notice_draft_closing'),
  ].join('\n\n');
}
