import browser from 'webextension-polyfill';
import type { ReportedTrader } from '../../core/campaign/known';
import type { CampaignPack } from '../../core/campaign/types';
import type { Pinned } from '../../core/campaign/verify';

/** A campaign the user joined. */
export interface JoinedCampaign {
  pack: CampaignPack;
  publicKey: string;
  joinedAt: string;
}

// storage.local: joined campaigns by id; keys pinned at first import (kept after leaving, so a
// re-import signed by someone else is still refused); traders the user reported.
const CAMPAIGNS = 'campaigns';
const PINS = 'campaignPins';
const REPORTED = 'reportedTraders';

async function read<T>(key: string, fallback: T): Promise<T> {
  return ((await browser.storage.local.get(key))[key] as T | undefined) ?? fallback;
}

export const joinedCampaigns = () => read<Record<string, JoinedCampaign>>(CAMPAIGNS, {});
export const pins = () => read<Record<string, Pinned>>(PINS, {});
export const reportedTraders = () => read<ReportedTrader[]>(REPORTED, []);

/** Joins (or updates) a campaign and pins its key, in one write: both or neither. */
export async function saveJoined(joined: JoinedCampaign): Promise<void> {
  const [campaigns, pinned] = await Promise.all([joinedCampaigns(), pins()]);
  await browser.storage.local.set({
    [CAMPAIGNS]: { ...campaigns, [joined.pack.id]: joined },
    [PINS]: { ...pinned, [joined.pack.id]: { publicKey: joined.publicKey, version: joined.pack.version } },
  });
}

export async function removeJoined(id: string): Promise<void> {
  const { [id]: _left, ...rest } = await joinedCampaigns();
  await browser.storage.local.set({ [CAMPAIGNS]: rest });
}

export async function addReported(trader: ReportedTrader): Promise<void> {
  const all = await reportedTraders();
  if (all.some((r) => r.noticeId === trader.noticeId)) return;
  await browser.storage.local.set({ [REPORTED]: [...all, trader] });
}
