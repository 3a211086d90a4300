import browser from 'webextension-polyfill';
import type { FindingId } from '../core/model';

export interface Settings {
  /** Show the on-page badge on product pages. */
  showBadge: boolean;
  /** UI and finding language; null follows the browser. */
  language: string | null;
  /** Checks the user switched off. */
  disabledChecks: FindingId[];
}

export const DEFAULT_SETTINGS: Settings = { showBadge: true, language: null, disabledChecks: [] };

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(KEY))[KEY] as Partial<Settings> | undefined;
  return { ...DEFAULT_SETTINGS, ...stored };
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}
