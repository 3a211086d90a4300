import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import manifest from '../../manifest.json' with { type: 'json' };
import { demoListings } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import type { ExtensionBrowser } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';
import { openPopupFor } from './support/popup';

describe.each(BROWSER_NAMES)('built extension in %s', (name) => {
  let marketplace: DemoMarketplace;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    marketplace = await startMarketplace();
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl });
  });
  afterAll(async () => {
    await browser?.close();
    await marketplace?.close();
  });

  it('has a service worker that answers', async () => {
    const page = await browser.newPage();
    await page.goto(`${browser.extensionOrigin}/src/popup/index.html`);
    const answer = await page.evaluate(() => {
      const scope = globalThis as unknown as WithApi;
      return (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage({ type: 'ping' });
    }, null);
    expect(answer).toEqual({ version: '0.1.0' });
    await page.close();
  });

  it.each(demoListings(manifest.content_scripts.flatMap((c) => c.matches)).map((f) => [f.name, f] as const))(
    'analyses %s on the page and in the popup',
    async (_n, fixture) => {
      const page = await browser.newPage();
      await page.goto(fixture.url);
      // The content script ran: its badge host is on the page (its contents are in a closed shadow root).
      await page.waitFor('flagpost-badge');

      const popup = await openPopupFor(browser, fixture.url);
      await popup.waitFor('[data-testid=listing-title]');

      const expected = fixture.expected as { listing: { title: string }; findings: string[] };
      expect(await popup.textOf('[data-testid=listing-title]')).toBe(expected.listing.title);
      expect(await popup.count('[data-finding]')).toBe(expected.findings.length);
      for (const id of expected.findings) expect(await popup.count(`[data-finding="${id}"]`)).toBe(1);
      await popup.close();
      await page.close();
    },
  );
});
