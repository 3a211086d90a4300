import browser from 'webextension-polyfill';
import type { Analysis } from '../core/model';
import type { AnalysisUpdate } from '../runtime/messages';

/** Gives the tab's content script its page's new analysis (its badge and open panel show it). */
export async function tellTab(tabId: number, analysis: Analysis): Promise<void> {
  const update: AnalysisUpdate = { type: 'analysis-updated', analysis };
  try {
    await browser.tabs.sendMessage(tabId, update, { frameId: 0 });
  } catch {
    // The tab closed or shows another page meanwhile: nobody to tell.
  }
}
