import { applyCampaigns, campaignsForPage, forcedChecks } from '../../core/campaign/apply';
import { knownTradersFor } from '../../core/campaign/known';
import { traderIdentifiers, type KnownTraders } from '../../core/campaign/traders';
import type { CampaignPack, Refusal } from '../../core/campaign/types';
import { keyFingerprint } from '../../core/campaign/fingerprint';
import { checkPack, hasEnded } from '../../core/campaign/verify';
import { downloadPack } from '../../core/campaign/download';
import type { PageFacts } from '../../core/facts';
import type { Analysis, FindingId } from '../../core/model';
import { indexCampaignAlerts, removeCampaignAlerts } from '../safety-gate/index';
import { joinedCampaigns, pins, removeJoined, reportedTraders, saveJoined, type JoinedCampaign } from './store';

/** What importing a pack file gives: the pack to show before joining (and whether it updates one), or why it is refused. */
export type CampaignImport =
  | { ok: true; pack: CampaignPack; publicKey: string; fingerprint: string; rotatedFrom?: string; update: boolean }
  | { ok: false; refusal: Refusal; detail: string[] };

async function check(text: string): Promise<CampaignImport> {
  const [pinned, joined] = await Promise.all([pins(), joinedCampaigns()]);
  const result = await checkPack(text, { now: new Date(), pinned: (id) => pinned[id] });
  return result.ok ? { ...result, update: Object.hasOwn(joined, result.pack.id), fingerprint: await keyFingerprint(result.publicKey) } : result;
}

/** Checks a pack file and says what joining would do; stores nothing. */
export const previewCampaign = (text: string): Promise<CampaignImport> => check(text);

/** A pack fetched from an address: its text (kept by the options page to join with) and the same checks as a file. */
export interface CampaignDownload {
  text: string;
  result: CampaignImport;
}

/** Fetches a pack from the organiser's address (host access was asked for on the user's click) and checks it. */
export async function previewCampaignUrl(url: string): Promise<CampaignDownload> {
  const download = await downloadPack(url, fetch);
  return download.ok ? { text: download.text, result: await check(download.text) } : { text: '', result: download };
}

/** Checks the file again (nothing is trusted from the preview) and joins; a refused pack changes nothing. */
export async function joinCampaign(text: string): Promise<CampaignImport> {
  const result = await check(text);
  if (result.ok) {
    await saveJoined({ pack: result.pack, publicKey: result.publicKey, joinedAt: new Date().toISOString() });
    await indexCampaignAlerts(result.pack.id, result.pack.safetyGate?.alerts ?? []);
  }
  return result;
}

export async function leaveCampaign(id: string): Promise<null> {
  await removeJoined(id);
  await removeCampaignAlerts(id);
  return null;
}

export async function listCampaigns(): Promise<JoinedCampaign[]> {
  return Object.values(await joinedCampaigns()).sort((a, b) => a.joinedAt.localeCompare(b.joinedAt));
}

/** What judging one page needs from the campaigns: its active campaigns, the checks they force on, the known traders. */
export interface CampaignJudging {
  packs: CampaignPack[];
  forced: Set<FindingId>;
  knownTraders: KnownTraders;
}

async function judgingFor(facts: PageFacts): Promise<CampaignJudging> {
  const now = new Date();
  const active = (await listCampaigns())
    .map((c) => c.pack)
    .filter((p) => p.starts <= now.toISOString().slice(0, 10) && !hasEnded(p, now));
  const packs = campaignsForPage(active, facts);
  const ids = traderIdentifiers(facts.trader, facts.platform);
  // Every active campaign's list counts, not only the page's: a listed trader is known wherever it sells.
  const knownTraders = await knownTradersFor(ids, await reportedTraders(), active);
  return { packs, forced: forcedChecks(packs), knownTraders };
}

/** Never in the way of the analysis itself: if the campaigns cannot be read, the page is judged without them. */
export async function campaignJudging(facts: PageFacts): Promise<CampaignJudging> {
  try {
    return await judgingFor(facts);
  } catch (error) {
    console.error('Flagpost: campaigns could not be applied', error);
    return { packs: [], forced: new Set(), knownTraders: { sourcesOf: () => [] } };
  }
}

export const withCampaigns = (analysis: Analysis, judging: CampaignJudging) => applyCampaigns(analysis, judging.packs);
