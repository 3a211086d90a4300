import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_ALERTS, reportXml } from '../fixtures/safety-gate/generate';
import { listFixtures } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import { chooseFile, click, signedPack } from './support/campaign';
import type { ExtensionBrowser, TestPage } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';
import { chromiumBuildWithAccess } from './support/chromium';
import { findingOnListing } from './support/popup';

// temu/de-partial matches alert A12/09002/26 (Voltaris) by brand and model; A12/09001/26 is the other demo alert.
const LISTING = listFixtures().find((f) => f.name === 'temu/de-partial');
const [LUMORA, VOLTARIS] = DEMO_ALERTS;

/** The fixture pack bringing two alerts, its notices going to a loopback endpoint (joining asks for host access to it). */
const packWithAlerts = () =>
  signedPack({
    listings: [],
    endpoint: 'http://127.0.0.1:9/notices',
    extra: { safetyGate: { alerts: [LUMORA!, VOLTARIS!] } },
  });

describe.each(BROWSER_NAMES)('Safety Gate alerts from a campaign pack in %s', (name) => {
  let marketplace: DemoMarketplace;
  let browser: ExtensionBrowser;
  let options: TestPage;

  beforeAll(async () => {
    marketplace = await startMarketplace();
    // Chromium cannot answer the host access prompt on joining: its build holds the access already.
    const build = name === 'chromium' ? chromiumBuildWithAccess('loopback-granted', ['http://127.0.0.1/*']) : undefined;
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl, ...(build ? { build } : {}) });
    options = await browser.newPage();
    await options.goto(`${browser.extensionOrigin}/src/options/index.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await marketplace?.close();
  });

  const send = (message: object) =>
    options.evaluate(async (m) => {
      const scope = globalThis as unknown as WithApi;
      return (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage(m);
    }, message);

  it('says the pack brings the alerts, and matches a listing against them once joined', async () => {
    if (!LISTING) throw new Error('fixture temu/de-partial missing');
    await chooseFile(options, await packWithAlerts());
    await options.waitFor('[data-testid=campaign-safety-gate]');
    expect(await options.textOf('[data-testid=campaign-safety-gate]')).toContain('2 Safety Gate alerts');
    await click(options, 'button[name=campaign-join]');
    await options.waitFor('[data-joined=magnet-toys-2026]');
    expect(await send({ type: 'safety-gate-status' })).toEqual({ total: 2 });

    expect(await findingOnListing(browser, LISTING.url, 'product.safety-gate-match')).toContain('A12/09002/26');
  });

  it('on leaving, removes the alerts only the pack held, keeping one a report also holds', async () => {
    const report = reportXml('13/11/2026', 'Report-2026-46', [LUMORA!]);
    expect(await send({ type: 'safety-gate-import', text: report })).toEqual({ total: 2, imported: 1 });
    await click(options, '[data-joined=magnet-toys-2026] button[name=campaign-leave]');
    await options.waitFor('[data-testid=campaigns]:not(:has([data-joined]))');
    expect(await send({ type: 'safety-gate-status' })).toEqual({ total: 1 });
  });
});
