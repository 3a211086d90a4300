import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listFixtures } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import type { ExtensionBrowser, TestPage } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';
import { popupUrlFor } from './support/popup';
import { configureNotices, NOTIFIER } from './support/notices';

const LISTING_URL = listFixtures().find((f) => f.name === 'aliexpress/de-partial')?.url ?? '';
/** A demo of the platform's own notice form, on a host of the platform (one of Flagpost's host permissions). */
const FORM_URL = 'https://report.aliexpress.com/dsa/notice';
const FORM_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report illegal content</title></head><body>
<form method="post" action="/dsa/notice/submit">
  <label>Your name <input name="reporterName"></label>
  <label>Your email <input type="email" name="reporterEmail"></label>
  <label>Link to the listing <input name="contentUrl"></label>
  <label>Seller / store name <input name="sellerName"></label>
  <label>Why is this content illegal? <textarea name="reason"></textarea></label>
  <label><input type="checkbox" name="goodFaith"> I confirm this notice is accurate and complete</label>
  <button type="submit">Submit</button>
</form></body></html>`;

async function click(page: TestPage, selector: string): Promise<void> {
  await page.waitFor(selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

describe.each(BROWSER_NAMES)('the form channel in %s', (name) => {
  let marketplace: DemoMarketplace;
  let browser: ExtensionBrowser;
  let submitted = 0;

  beforeAll(async () => {
    marketplace = await startMarketplace();
    marketplace.route(FORM_URL, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(FORM_PAGE);
    });
    marketplace.route(`${FORM_URL}/submit`, (_req, res) => {
      submitted++;
      res.writeHead(204).end();
    });
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl });
  });
  afterAll(async () => {
    await browser?.close();
    await marketplace?.close();
  });

  it("opens the platform's form pre-filled, leaves the submit to the user, and records the notice as filed by form", async () => {
    const listing = await browser.newPage();
    await listing.goto(LISTING_URL);
    await listing.waitFor('flagpost-badge');
    const popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/src/popup/index.html`);
    await configureNotices(popup, { aliexpress: { kind: 'form', url: FORM_URL } });
    const popupUrl = await popupUrlFor(browser, popup, LISTING_URL);
    await popup.goto(popupUrl);
    await click(popup, '[data-testid=report-listing]');
    await click(popup, 'input[name=goodFaith]');
    await popup.waitFor('button[name=send]:not([disabled])');
    await click(popup, 'button[name=send]');
    await popup.waitFor('[data-testid=notice-sent]');
    const id = await popup.evaluate(
      () => document.querySelector('[data-testid=notice-sent]')?.getAttribute('data-notice-id') ?? '',
      null,
    );

    // Read the form tab's fields as the user sees them (the extension may script that host).
    const fields = await vi.waitFor(
      async () => {
        const values = await popup.evaluate(async (url) => {
          const scope = globalThis as unknown as WithApi;
          const api = scope.browser ?? (scope.chrome as Browser);
          const tab = (await api.tabs.query({})).find((t) => t.url === url);
          if (tab?.id === undefined) return null;
          const [read] = await api.scripting.executeScript({
            target: { tabId: tab.id },
            func: () =>
              Object.fromEntries(
                Array.from(
                  document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea'),
                  (f) => [f.name, f.type === 'checkbox' ? String((f as HTMLInputElement).checked) : f.value],
                ),
              ),
          });
          return read?.result as Record<string, string>;
        }, FORM_URL);
        if (!values?.reason) throw new Error(`form not filled yet: ${JSON.stringify(values)}`);
        return values;
      },
      { timeout: 15_000, interval: 100 },
    );
    expect(fields).toMatchObject({
      reporterName: NOTIFIER.name,
      reporterEmail: NOTIFIER.email,
      contentUrl: LISTING_URL,
      goodFaith: 'false',
    });
    expect(fields.sellerName ?? '').not.toBe('');
    expect((fields.reason ?? '').length).toBeGreaterThanOrEqual(50);
    expect(submitted).toBe(0);

    await popup.goto(popupUrl);
    await click(popup, '[data-testid=open-history]');
    await popup.waitFor(`[data-notice-id="${id}"] [data-testid=filed-by-form]`);
    expect(await popup.count(`[data-notice-id="${id}"] [data-notice-state=exported]`)).toBe(1);
    console.log(
      `${name}: form channel filled ${Object.values(fields).filter((v) => v && v !== 'false').length} of ${Object.keys(fields).length} fields; 0 submitted by Flagpost`,
    );
  });
});
