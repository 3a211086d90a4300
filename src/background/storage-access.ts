import browser from 'webextension-polyfill';
import type { SettingsChanged } from '../runtime/messages';

type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
type WithAccessLevel = { setAccessLevel?: (options: { accessLevel: AccessLevel }) => Promise<void> };

/**
 * storage.local for the extension's own pages and worker only, where the browser can do it (Chrome;
 * its default lets content scripts in). Firefox cannot: there content scripts always read it, which
 * is why secrets live in the worker's IndexedDB (vault/) and not here.
 */
export async function keepStorageFromPages(): Promise<void> {
  try {
    await (browser.storage.local as WithAccessLevel).setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' });
  } catch {
    // Firefox supports it for storage.session only.
  }
}

/** Content scripts no longer see storage changes: they are told when the settings change. */
export function tellTabsWhenSettingsChange(): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !('settings' in changes)) return;
    const message: SettingsChanged = { type: 'settings-changed' };
    void browser.tabs.query({}).then((tabs) => {
      for (const tab of tabs) {
        // A tab without Flagpost's content script has nobody to tell.
        if (tab.id !== undefined) browser.tabs.sendMessage(tab.id, message, { frameId: 0 }).catch(() => undefined);
      }
    });
  });
}
