import type { Browser } from 'webextension-polyfill';
import type { WithApi } from './browsers';
import type { TestPage } from './types';

/** The test user who files notices. */
export const NOTIFIER = { name: 'Erika Mustermann', email: 'erika@example.org', role: 'consumer' };

/**
 * Stores the notice settings as the options page does, by asking the service worker (they live in its
 * vault): the test notifier and these channels per marketplace (e.g. `{ aliexpress: { kind: 'api',
 * endpoint, token: null } }`). `page` is an extension page.
 */
export async function configureNotices(page: TestPage, channels: Record<string, object>): Promise<void> {
  await page.evaluate(
    async ({ notifier, channels }) => {
      const scope = globalThis as unknown as WithApi;
      await (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage({
        type: 'notice-config-save',
        config: { notifier, channels },
      });
    },
    { notifier: NOTIFIER, channels },
  );
}
