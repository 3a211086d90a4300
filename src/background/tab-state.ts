import browser from 'webextension-polyfill';
import type { PageFacts } from '../core/facts';
import type { DescriptionFrame } from '../core/frames';
import type { Analysis } from '../core/model';

// Kept in storage.session, not in memory: the service worker may be stopped at any time.
const keyOf = (tabId: number) => `tab:${tabId}`;
// The facts the tab's page sent and its description frame's content: merged whichever arrives second.
const factsKeyOf = (tabId: number) => `facts:${tabId}`;
const frameKeyOf = (tabId: number) => `frame:${tabId}`;

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

export async function saveTabFrame(tabId: number, frame: DescriptionFrame): Promise<void> {
  await browser.storage.session.set({ [frameKeyOf(tabId)]: frame });
}

export function tabFrame(tabId: number): Promise<DescriptionFrame | null> {
  return read<DescriptionFrame>(frameKeyOf(tabId));
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove([keyOf(tabId), factsKeyOf(tabId), frameKeyOf(tabId)]);
}
