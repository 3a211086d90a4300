import { hashIdentifier, identifierKey, type KnownTraders, type TraderIdentifier, type TraderSource } from './traders';
import type { TraderList } from './types';

/** A trader the user reported: its identifiers as the listing showed them, and the notice. Kept only in this browser. */
export interface ReportedTrader {
  ids: TraderIdentifier[];
  noticeId: string;
}

/**
 * The known traders for one page, prepared before judging: the page's identifiers are hashed with
 * each campaign's salt here (hashing is asynchronous; checks are not), and the check then looks them up.
 */
export async function knownTradersFor(
  pageIds: readonly TraderIdentifier[],
  reported: readonly ReportedTrader[],
  campaigns: readonly { id: string; traders: TraderList }[],
): Promise<KnownTraders> {
  const found = new Map<string, TraderSource[]>();
  for (const id of pageIds) {
    const key = identifierKey(id);
    const noticeIds = reported
      .filter((r) => r.ids.some((other) => identifierKey(other) === key))
      .map((r) => r.noticeId);
    const sources: TraderSource[] = noticeIds.length > 0 ? [{ kind: 'reported', noticeIds }] : [];
    for (const campaign of campaigns) {
      const hash = await hashIdentifier(campaign.traders.salt, id);
      if (campaign.traders.hashes.includes(hash)) sources.push({ kind: 'campaign', campaign: campaign.id });
    }
    found.set(key, sources);
  }
  return {
    sourcesOf(ids) {
      const sources = ids.flatMap((id) => found.get(identifierKey(id)) ?? []);
      // One trader often shows several identifiers that lead to the same notices or campaign: count each once.
      const noticeIds = [...new Set(sources.flatMap((s) => (s.kind === 'reported' ? s.noticeIds : [])))];
      const campaignIds = [...new Set(sources.flatMap((s) => (s.kind === 'campaign' ? [s.campaign] : [])))];
      return [
        ...(noticeIds.length > 0 ? [{ kind: 'reported', noticeIds } as const] : []),
        ...campaignIds.map((campaign) => ({ kind: 'campaign', campaign }) as const),
      ];
    },
  };
}
