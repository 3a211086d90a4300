import browser from 'webextension-polyfill';
import type { Analysis } from '../core/model';

// Kept in storage.session, not in memory: the service worker may be stopped at any time.
const keyOf = (tabId: number) => `tab:${tabId}`;

export async function saveTabAnalysis(tabId: number, analysis: Analysis): Promise<void> {
  await browser.storage.session.set({ [keyOf(tabId)]: analysis });
}

export async function tabAnalysis(tabId: number): Promise<Analysis | null> {
  return ((await browser.storage.session.get(keyOf(tabId)))[keyOf(tabId)] as Analysis | undefined) ?? null;
}

export async function clearTab(tabId: number): Promise<void> {
  await browser.storage.session.remove(keyOf(tabId));
}
