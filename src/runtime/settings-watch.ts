import browser from 'webextension-polyfill';

/** Calls `listener` whenever the settings change (options page, another window). Returns the unsubscribe. */
export function onSettingsChanged(listener: () => void): () => void {
  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && 'settings' in changes) listener();
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
