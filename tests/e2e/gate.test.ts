import { readFileSync } from 'node:fs';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFixtures } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import type { ExtensionBrowser } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';
import { findingOnListing, openPopupFor } from './support/popup';

const REPORT = readFileSync(new URL('../fixtures/safety-gate/report.xml', import.meta.url), 'utf8');
const QR_IMAGE = readFileSync(new URL('../fixtures/images/qr-whatsapp-busy.jpg', import.meta.url));
// One of the listing's description images; the demo marketplace serves it with a WhatsApp QR code.
const QR_IMAGE_URL = 'https://ae01.alicdn.com/kf/S4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9cA.jpg';
// Its GTIN is in the fixture report (alert A12/09001/26).
const LISTING = listFixtures().find((f) => f.name === 'aliexpress/de-complete');

describe.each(BROWSER_NAMES)('Safety Gate in %s', (name) => {
  let marketplace: DemoMarketplace;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    marketplace = await startMarketplace();
    marketplace.route(QR_IMAGE_URL, (_req, res) => {
      res.writeHead(200, { 'content-type': 'image/jpeg' });
      res.end(QR_IMAGE);
    });
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl });
  });
  afterAll(async () => {
    await browser?.close();
    await marketplace?.close();
  });

  it('decodes a WhatsApp QR code in a listing image and shows the finding', async () => {
    if (!LISTING) throw new Error('fixture aliexpress/de-complete missing');
    const page = await browser.newPage();
    await page.goto(LISTING.url);
    await page.waitFor('flagpost-badge');
    const probe = await browser.newPage();
    await probe.goto(`${browser.extensionOrigin}/src/popup/index.html`);
    // The images are scanned after the first analysis; wait until the tab's analysis has the finding.
    const evidence = await probe.evaluate(async (target) => {
      const scope = globalThis as unknown as WithApi;
      const api = scope.browser ?? (scope.chrome as Browser);
      for (;;) {
        const tab = (await api.tabs.query({})).find((t) => t.url === target);
        const analysis =
          tab?.id === undefined ? null : await api.runtime.sendMessage({ type: 'tab-analysis', tabId: tab.id });
        const finding = (analysis as { findings: { id: string; evidence: string[] }[] } | null)?.findings.find(
          (f) => f.id === 'links.image-code',
        );
        if (finding) return finding.evidence;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }, LISTING.url);
    expect(evidence).toEqual([`${QR_IMAGE_URL} → https://wa.me/8613800138000`]);
    await probe.close();
    const popup = await openPopupFor(browser, LISTING.url);
    await popup.waitFor('[data-finding="links.image-code"]');
    await popup.close();
    await page.close();
  });

  it('imports a report and shows the match on a listing whose barcode is in it', async () => {
    if (!LISTING) throw new Error('fixture aliexpress/de-complete missing');
    const options = await browser.newPage();
    await options.goto(`${browser.extensionOrigin}/src/options/index.html`);
    await options.waitFor('[data-testid=safety-gate-status]');
    const status = await options.evaluate(async (text) => {
      const scope = globalThis as unknown as WithApi;
      return (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage({ type: 'safety-gate-import', text });
    }, REPORT);
    expect(status).toEqual({ total: 304, imported: 304 });
    await options.close();

    expect(await findingOnListing(browser, LISTING.url, 'product.safety-gate-match')).toContain('A12/09001/26');
  });
});
