import browser from 'webextension-polyfill';
import type { Analysis } from '../core/model';

/** The toolbar badge: how many high-severity findings the tab's listing has. */
export async function showOnActionBadge(tabId: number, analysis: Analysis | null): Promise<void> {
  const high = analysis?.findings.filter((f) => f.severity === 'high').length ?? 0;
  await browser.action.setBadgeText({ tabId, text: high > 0 ? String(high) : '' });
  if (high > 0) await browser.action.setBadgeBackgroundColor({ tabId, color: '#b3261e' });
}
