import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listFixtures } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import { startNoticeServer, type NoticeServer } from '../support/notice-server';
import type { ExtensionBrowser, TestPage } from './support/types';
import { BROWSER_NAMES, LAUNCHERS } from './support/browsers';
import { popupUrlFor } from './support/popup';
import { configureNotices } from './support/notices';

const LISTING_URL = listFixtures().find((f) => f.name === 'aliexpress/de-partial')?.url ?? '';
/** Longer than closing and relaunching the browser takes, so the retry is due only in the new session. */
const RETRY_AFTER_S = 10;

async function click(page: TestPage, selector: string): Promise<void> {
  await page.waitFor(selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

/** The popup of the listing's tab, with the api channel configured. */
async function openPopup(browser: ExtensionBrowser, endpoint: string): Promise<{ popup: TestPage; popupUrl: string }> {
  const listing = await browser.newPage();
  await listing.goto(LISTING_URL);
  await listing.waitFor('flagpost-badge');
  const popup = await browser.newPage();
  await popup.goto(`${browser.extensionOrigin}/src/popup/index.html`);
  await configureNotices(popup, { aliexpress: { kind: 'api', endpoint, token: null } });
  return { popup, popupUrl: await popupUrlFor(browser, popup, LISTING_URL) };
}

describe.each(BROWSER_NAMES)('a queued notice across a browser restart in %s', (name) => {
  let marketplace: DemoMarketplace;
  let server: NoticeServer;
  let browser: ExtensionBrowser | undefined;
  let profile: string;

  beforeAll(async () => {
    marketplace = await startMarketplace();
    server = await startNoticeServer();
    expect(LISTING_URL).not.toBe('');
    profile = mkdtempSync(join(tmpdir(), `flagpost-restart-${name}-`));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(profile, { recursive: true, force: true });
    await server?.close();
    await marketplace?.close();
  });

  it('is delivered exactly once by the relaunched browser, after the Retry-After', async () => {
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl, profile });
    const { popup, popupUrl } = await openPopup(browser, server.endpoint);
    server.inject({ kind: 'retry-after', status: 503, after: String(RETRY_AFTER_S) });
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
    // The 503 came back and the notice is queued again, on disk.
    await popup.goto(popupUrl);
    await click(popup, '[data-testid=open-history]');
    await popup.waitFor(`[data-notice-id="${id}"] [data-notice-state=queued]`);
    const refusedAt = Date.now();
    expect(server.figures().posts).toBe(1);

    await browser.close({ keepProfile: true });
    browser = undefined;
    const closedAt = Date.now();
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl, profile });
    const relaunchedAt = Date.now();
    expect(server.notices()).toHaveLength(0);

    const filed = await vi.waitFor(
      () => {
        const notice = server.notices().find((n) => n.idempotencyKey === id);
        if (!notice) throw new Error('not delivered yet');
        return notice;
      },
      { timeout: 60_000, interval: 100 },
    );
    const deliveredAt = Date.parse(filed.receivedAt);
    expect(deliveredAt).toBeGreaterThanOrEqual(relaunchedAt - 1000);
    expect(deliveredAt - refusedAt).toBeGreaterThanOrEqual(RETRY_AFTER_S * 1000 - 1500);

    // The new session's history shows the receipt; the server has the notice once, from two POSTs.
    const popup2 = await browser.newPage();
    await popup2.goto(`${browser.extensionOrigin}/src/popup/index.html`);
    await click(popup2, '[data-testid=open-history]');
    await popup2.waitFor(`[data-notice-id="${id}"] [data-notice-state=received]`);
    expect(server.notices().filter((n) => n.idempotencyKey === id)).toHaveLength(1);
    expect(server.figures().posts).toBe(2);
    console.log(
      `${name}: restart took ${((relaunchedAt - closedAt) / 1000).toFixed(1)} s; delivered ${((deliveredAt - relaunchedAt) / 1000).toFixed(1)} s after relaunch, ${((deliveredAt - refusedAt) / 1000).toFixed(1)} s after it was seen queued with the 503 (Retry-After ${RETRY_AFTER_S} s); 2 POSTs, 1 notice`,
    );
  }, 120_000);
});
