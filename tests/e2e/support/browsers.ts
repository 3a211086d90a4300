import type { Browser } from 'webextension-polyfill';
import { launchChromium } from './chromium';
import { launchFirefox } from './firefox';

/** The WebExtension API inside an extension page: `browser` in Firefox, `chrome` (promise-based in MV3) in Chromium. */
export type WithApi = { browser?: Browser; chrome?: Browser };

/** Every end-to-end suite runs in both browsers: `describe.each(BROWSER_NAMES)`, then `LAUNCHERS[name](…)`. */
export const LAUNCHERS = { chromium: launchChromium, firefox: launchFirefox } as const;
export const BROWSER_NAMES = Object.keys(LAUNCHERS) as (keyof typeof LAUNCHERS)[];
