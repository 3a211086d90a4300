/** Debian's browsers, never a tool's own download. */
export const CHROMIUM_PATH = process.env.FLAGPOST_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_PATH = process.env.FLAGPOST_FIREFOX ?? '/usr/bin/firefox-esr';

/** Flags that keep Chromium quiet on a machine with no network but the package registries. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
