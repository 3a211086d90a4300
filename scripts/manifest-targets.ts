import type { ManifestV3Export } from '@crxjs/vite-plugin';

export type Browser = 'chrome' | 'firefox';

export const GECKO_ID = 'flagpost@flagpost.eu';

type Manifest = Record<string, unknown>;

/**
 * Firefox reads the same manifest plus its own settings. Data collection is declared honestly:
 * nothing leaves the browser unless the user files a notice, which sends the notifier's name and
 * email and the listing's content to the platform they chose, so those are optional, asked for then.
 */
export function manifestFor(base: Manifest, browser: Browser): ManifestV3Export {
  if (browser === 'chrome') return base as unknown as ManifestV3Export;
  const background = base.background as { service_worker: string; type?: string };
  return {
    ...base,
    // Firefox runs the background as an event page, not a service worker.
    background: { scripts: [background.service_worker], type: background.type },
    browser_specific_settings: {
      gecko: {
        id: GECKO_ID,
        strict_min_version: '140.0',
        data_collection_permissions: {
          required: ['none'],
          optional: ['personallyIdentifyingInfo', 'websiteContent'],
        },
      },
      // data_collection_permissions came to Firefox for Android in 142.
      gecko_android: { strict_min_version: '142.0' },
    },
  } as unknown as ManifestV3Export;
}
