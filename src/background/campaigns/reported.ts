import browser from 'webextension-polyfill';
import { traderIdentifiers } from '../../core/campaign/traders';
import type { Analysis } from '../../core/model';
import { canonicalListingUrl } from '../../core/notice/location';
import type { Notice } from '../../core/notice/types';
import { addReported } from './store';

/**
 * Remembers the trader of a notice just filed, by the identifiers its listing showed. The notice
 * carries only the trader's name and store page, so the identifiers come from the listing's
 * analysis, still held for its tab.
 */
export async function rememberReported(notice: Notice): Promise<void> {
  const url = notice.locations[0]?.url;
  if (!url) return;
  try {
    // Tab analyses are kept under "tab:<id>" (tab-state.ts).
    const held = Object.entries(await browser.storage.session.get(null))
      .filter(([key]) => key.startsWith('tab:'))
      .map(([, value]) => value as Analysis);
    const analysis = held.find((a) => canonicalListingUrl(a.url) === url);
    const ids = analysis ? traderIdentifiers(analysis.trader, analysis.platform) : [];
    if (ids.length > 0) await addReported({ ids, noticeId: notice.id });
  } catch (error) {
    // The notice is stored and on its way; only the memory of its trader is lost.
    console.error('Flagpost: the reported trader could not be remembered', error);
  }
}
