import { createHash } from 'node:crypto';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listFixtures } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import { startNoticeServer, type NoticeServer } from '../support/notice-server';
import type { ExtensionBrowser, TestPage } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';
import { popupUrlFor } from './support/popup';
import { configureNotices } from './support/notices';

const LISTING = listFixtures().find((f) => f.name === 'aliexpress/de-partial');
if (!LISTING) throw new Error('fixture aliexpress/de-partial is missing');
const EDITED = 'My own words: the toy has no CE marking and the seller gives no address anywhere on the page.';

async function click(page: TestPage, selector: string): Promise<void> {
  await page.waitFor(selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

const field = (page: TestPage, path: string) => page.textOf(`[data-field="${path}"] dd`);

/** Keys in the extension's storage.local (drafts are kept there). */
function storedKeys(page: TestPage): Promise<string[]> {
  return page.evaluate(async () => {
    const scope = globalThis as unknown as WithApi;
    return Object.keys(await (scope.browser ?? (scope.chrome as Browser)).storage.local.get(null));
  }, null);
}

describe.each(BROWSER_NAMES)('a notice with evidence and a draft in %s', (name) => {
  let marketplace: DemoMarketplace;
  let server: NoticeServer;
  let browser: ExtensionBrowser;
  let popup: TestPage;
  let popupUrl: string;

  beforeAll(async () => {
    marketplace = await startMarketplace();
    server = await startNoticeServer();
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl });
    const listing = await browser.newPage();
    await listing.goto(LISTING.url);
    await listing.waitFor('flagpost-badge');
    popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/src/popup/index.html`);
    await configureNotices(popup, { aliexpress: { kind: 'api', endpoint: server.endpoint, token: null } });
    popupUrl = await popupUrlFor(browser, popup, LISTING.url);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await marketplace?.close();
  });

  it('keeps the unsent form as a draft, restores it, and sends the notice citing the WACZ the library exports', async () => {
    await popup.goto(popupUrl);
    await click(popup, '[data-testid=report-listing]');
    const started = performance.now();
    await popup.waitFor('[data-testid=evidence-status][data-state=attached]');
    const attachMs = performance.now() - started;
    expect(await field(popup, 'evidence.0.kind')).toBe('wacz');
    const sha = await field(popup, 'evidence.0.sha256');
    expect(sha).toMatch(/^[0-9a-f]{64}$/);

    // The user writes their own explanation, then the popup closes.
    await popup.evaluate((text) => {
      const area = document.querySelector('textarea[name=explanation]') as HTMLTextAreaElement;
      area.value = text;
      area.dispatchEvent(new Event('input', { bubbles: true }));
    }, EDITED);
    await vi.waitFor(async () =>
      expect((await storedKeys(popup)).some((k) => k.startsWith('noticeDraft:'))).toBe(true),
    );
    await popup.goto(popupUrl);
    await click(popup, '[data-testid=open-history]');
    await popup.waitFor('[data-draft-url] [data-notice-state=draft]');

    // Reopened: the same text and the same evidence, without a second snapshot.
    await popup.goto(popupUrl);
    await click(popup, '[data-testid=report-listing]');
    await popup.waitFor('[data-testid=evidence-status][data-state=attached]');
    expect(
      await popup.evaluate(
        () => (document.querySelector('textarea[name=explanation]') as HTMLTextAreaElement).value,
        null,
      ),
    ).toBe(EDITED);
    expect(await field(popup, 'evidence.0.sha256')).toBe(sha);

    await click(popup, 'input[name=goodFaith]');
    await popup.waitFor('button[name=send]:not([disabled])');
    await click(popup, 'button[name=send]');
    await popup.waitFor('[data-testid=notice-sent]');
    const id = await popup.evaluate(
      () => document.querySelector('[data-testid=notice-sent]')?.getAttribute('data-notice-id') ?? '',
      null,
    );
    const filed = await vi.waitFor(
      () => {
        const notice = server.notices().find((n) => n.idempotencyKey === id);
        if (!notice) throw new Error('not filed yet');
        return notice;
      },
      { timeout: 20_000, interval: 50 },
    );
    const evidence = filed.body.evidence as { kind: string; sha256: string; bytes: number; capturedAt: string }[];
    expect(evidence).toHaveLength(1);
    expect(filed.body.explanation).toBe(EDITED);

    // The library holds one snapshot; its WACZ export hashes to what the notice cites.
    await popup.goto(`${browser.extensionOrigin}/src/library/index.html`);
    await popup.waitFor('[data-snapshot]');
    const ids = await popup.evaluate(
      () => [...document.querySelectorAll('[data-snapshot]')].map((e) => e.getAttribute('data-snapshot') ?? ''),
      null,
    );
    expect(ids).toHaveLength(1);
    const exported = await popup.evaluate(async (snapshotIds) => {
      const scope = globalThis as unknown as WithApi;
      return (await (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage({
        type: 'snapshot-wacz',
        ids: snapshotIds,
      })) as { base64: string; bytes: number };
    }, ids);
    const bytes = Buffer.from(exported.base64, 'base64');
    expect(evidence[0]).toMatchObject({
      kind: 'wacz',
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
    });
    console.log(
      `${name}: snapshot attached to the notice in ${attachMs.toFixed(0)} ms; WACZ ${bytes.byteLength} bytes, hash matches the library export`,
    );

    // Sent: no longer a draft.
    expect((await storedKeys(popup)).some((k) => k.startsWith('noticeDraft:'))).toBe(false);
  });
});
