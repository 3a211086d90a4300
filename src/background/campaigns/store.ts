import type { ReportedTrader } from '../../core/campaign/known';
import type { CampaignPack } from '../../core/campaign/types';
import { vault } from '../vault/index';

/** A campaign the user joined. */
export interface JoinedCampaign {
  pack: CampaignPack;
  publicKey: string;
  joinedAt: string;
}

// In the worker's vault, out of pages' reach: joined campaigns by id; keys pinned at first import
// (kept after leaving, so a re-import signed by someone else is still refused); traders the user reported.
export const joinedCampaigns = async () => (await vault.get('campaigns')) ?? {};
export const pins = async () => (await vault.get('campaignPins')) ?? {};
export const reportedTraders = async () => (await vault.get('reportedTraders')) ?? [];

/** Joins (or updates) a campaign and pins its key, in one write: both or neither. */
export async function saveJoined(joined: JoinedCampaign): Promise<void> {
  await vault.update(['campaigns', 'campaignPins'], ({ campaigns, campaignPins }) => ({
    campaigns: { ...campaigns, [joined.pack.id]: joined },
    campaignPins: { ...campaignPins, [joined.pack.id]: { publicKey: joined.publicKey, version: joined.pack.version } },
  }));
}

export async function removeJoined(id: string): Promise<void> {
  await vault.update(['campaigns'], ({ campaigns }) => {
    const { [id]: _left, ...rest } = campaigns ?? {};
    return { campaigns: rest };
  });
}

export async function addReported(trader: ReportedTrader): Promise<void> {
  await vault.update(['reportedTraders'], ({ reportedTraders: all = [] }) =>
    all.some((r) => r.noticeId === trader.noticeId) ? {} : { reportedTraders: [...all, trader] },
  );
}
