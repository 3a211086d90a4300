import browser from 'webextension-polyfill';
import type { Analysis } from '../core/model';
import { send } from '../runtime/messages';

const WAIT_MS = 30_000;

/** The analysis of the tab once its content script reported one for this URL, or null after WAIT_MS. */
async function analysisOf(tabId: number, url: string): Promise<Analysis | null> {
  const until = Date.now() + WAIT_MS;
  return new Promise((resolve) => {
    const look = async () => {
      const analysis = await send({ type: 'tab-analysis', tabId });
      if (analysis && new URL(analysis.url).pathname === new URL(url).pathname) return resolve(analysis);
      if (Date.now() > until) return resolve(null);
      setTimeout(() => void look(), 200);
    };
    void look();
  });
}

/** Opens one listing in a background tab (one at a time: politeness to the marketplace) and waits for Flagpost's analysis. */
export async function openListing(url: string): Promise<{ tabId: number; analysis: Analysis | null }> {
  const tab = await browser.tabs.create({ url, active: false });
  const tabId = tab.id ?? -1;
  return { tabId, analysis: await analysisOf(tabId, url) };
}

export async function closeListing(tabId: number): Promise<void> {
  await browser.tabs.remove(tabId).catch(() => undefined);
}
