import browser from 'webextension-polyfill';
import type { PageFacts } from '../core/facts';
import type { DescriptionFrame } from '../core/frames';
import type { Analysis } from '../core/model';

// Kept in storage.session, not in memory: the service worker may be stopped at any time.
const keyOf = (tabId: number) => `tab:${tabId}`;
// The facts the tab's page sent and its description frame's content: merged whichever arrives second.
const factsKeyOf = (tabId: number) => `facts:${tabId}`;
const framesKeyOf = (tabId: number) => `frames:${tabId}`;
/**
 * Description frames are kept per listing: a frame of another item (a recommendation's, or the next
 * listing's arriving before its page) never takes the place of this listing's one. A few per tab.
 */
const FRAMES_PER_TAB = 4;

async function read<T>(key: string): Promise<T | null> {
  return ((await browser.storage.session.get(key))[key] as T | undefined) ?? null;
}

export async function saveTabAnalysis(tabId: number, analysis: Analysis): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: analysis });
}

export function tabAnalysis(tabId: number): Promise<Analysis | null> {
  return read<Analysis>(keyOf(tabId));
}

export async function saveTabFacts(tabId: number, facts: PageFacts): Promise<void> {
  await browser.storage.session.set({ [factsKeyOf(tabId)]: facts });
}

export function tabFacts(tabId: number): Promise<PageFacts | null> {
  return read<PageFacts>(factsKeyOf(tabId));
}

const sameListing = (frame: DescriptionFrame, platform: string | null, listingId: string | null) =>
  frame.platform === platform && frame.listingId === listingId;

export async function saveTabFrame(tabId: number, frame: DescriptionFrame): Promise<void> {
  const others = ((await read<DescriptionFrame[]>(framesKeyOf(tabId))) ?? []).filter(
    (kept) => !sameListing(kept, frame.platform, frame.listingId),
  );
  await browser.storage.session.set({ [framesKeyOf(tabId)]: [...others, frame].slice(-FRAMES_PER_TAB) });
}

/** The tab's description frame of this very listing, if it reported. */
export async function tabFrame(
  tabId: number,
  platform: string | null,
  listingId: string | null,
): Promise<DescriptionFrame | null> {
  const frames = (await read<DescriptionFrame[]>(framesKeyOf(tabId))) ?? [];
  return frames.find((frame) => sameListing(frame, platform, listingId)) ?? null;
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([keyOf(tabId), factsKeyOf(tabId), framesKeyOf(tabId)]);
}
