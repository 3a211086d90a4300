import { traderIdentifiers, type TraderSource } from '../../campaign/traders';
import type { Check } from '../types';

/** Evidence names the earlier notices and the campaigns by id: never a trader's name (campaign lists carry none). */
const evidenceOf = (source: TraderSource) =>
  source.kind === 'reported' ? source.noticeIds.map((id) => `notice:${id}`) : [`campaign:${source.campaign}`];

export const previouslyReportedCheck: Check = {
  id: 'trader.previously-reported',
  reads: [],
  pageTypes: ['product', 'seller'],
  run(page, context) {
    const sources = context.knownTraders?.sourcesOf(traderIdentifiers(page.trader, page.platform)) ?? [];
    if (sources.length === 0) return null;
    const notices = sources.flatMap((s) => (s.kind === 'reported' ? s.noticeIds : []));
    const campaigns = sources.flatMap((s) => (s.kind === 'campaign' ? [s.campaign] : []));
    return {
      severity: 'medium',
      legalBasis: 'DSA Art. 16; DSA Art. 30',
      evidence: sources.flatMap(evidenceOf),
      params: [String(notices.length), campaigns.join(', ') || '—'],
    };
  },
};
