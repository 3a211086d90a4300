import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures } from '../support/fixtures';
import { listFrameFixtures } from '../support/frames';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import type { ExtensionBrowser } from './support/types';
import { BROWSER_NAMES, LAUNCHERS } from './support/browsers';
import { findingOnListing } from './support/popup';

// An eBay item page whose description is only in its ebaydesc.com iframe, and that frame's document.
const frame = listFrameFixtures().find((f) => f.page === 'ebay/fr-changed-layout');
const page = listFixtures().find((f) => f.name === frame?.page);

describe.each(BROWSER_NAMES)("eBay's description frame in %s", (name) => {
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

  it('shows the findings from the description in the popup', async () => {
    if (!frame || !page) throw new Error('the eBay description-frame fixture is missing');
    // Without the frame the page has no finding at all (its description is unreadable).
    expect(page.expected.findings).toEqual([]);
    const messenger = await findingOnListing(browser, page.url, 'links.messenger');
    expect(messenger).toContain('wa.me');
    const offPlatform = await findingOnListing(browser, page.url, 'links.off-platform');
    expect(offPlatform).toContain('linge-durand-boutique.fr');
  });
});
