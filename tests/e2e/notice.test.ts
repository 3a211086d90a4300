import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { listFixtures } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import { startNoticeServer, type NoticeServer, type ReceivedNotice } from '../support/notice-server';
import { launchChromium } from './support/chromium';
import type { ExtensionBrowser, TestPage } from './support/types';
import { BROWSER_NAMES, LAUNCHERS } from './support/browsers';
import { popupUrlFor } from './support/popup';
import { configureNotices, NOTIFIER } from './support/notices';

/** A demo AliExpress listing with four findings (links and CE marking). */
const LISTING = listFixtures().find((f) => f.name === 'aliexpress/de-partial');
if (!LISTING) throw new Error('fixture aliexpress/de-partial is missing');

async function click(page: TestPage, selector: string): Promise<void> {
  await page.waitFor(selector);
  await page.evaluate((s) => (document.querySelector(s) as HTMLElement).click(), selector);
}

/** Fills the report form from the popup of the listing's tab and presses send; returns the notice id shown. */
async function report(popup: TestPage, popupUrl: string): Promise<string> {
  await popup.goto(popupUrl);
  await click(popup, '[data-testid=report-listing]');
  await popup.waitFor('textarea[name=explanation]');
  // Sending stays impossible until good faith is confirmed.
  expect(await popup.count('[data-problem=good-faith]')).toBe(1);
  expect(
    await popup.evaluate(() => (document.querySelector('button[name=send]') as HTMLButtonElement).disabled, null),
  ).toBe(true);
  await click(popup, 'input[name=goodFaith]');
  await popup.waitFor('[data-field=goodFaith]');
  expect(await popup.textOf('[data-field=goodFaith] dd')).toBe('true');
  expect(await popup.count('[data-testid=notice-problems]')).toBe(0);
  // The snapshot attached by default is taken first; sending waits for it.
  await popup.waitFor('button[name=send]:not([disabled])');
  await click(popup, 'button[name=send]');
  await popup.waitFor('[data-testid=notice-sent]');
  return popup.evaluate(
    () => document.querySelector('[data-testid=notice-sent]')?.getAttribute('data-notice-id') ?? '',
    null,
  );
}

async function filed(server: NoticeServer, id: string): Promise<ReceivedNotice> {
  return vi.waitFor(
    () => {
      const notice = server.notices().find((n) => n.idempotencyKey === id);
      if (!notice) throw new Error(`notice ${id} not filed yet`);
      return notice;
    },
    { timeout: 20_000, interval: 50 },
  );
}

/** Opens the history and waits until the notice shows the state. */
async function historyShows(popup: TestPage, popupUrl: string, id: string, state: string): Promise<void> {
  await popup.goto(popupUrl);
  await click(popup, '[data-testid=open-history]');
  await popup.waitFor(`[data-notice-id="${id}"] [data-notice-state="${state}"]`);
}

describe.each(BROWSER_NAMES)('reporting a listing in %s', (name) => {
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

  it('sends exactly one notice with the Art. 16 elements, and shows its receipt and later the decision', async () => {
    const id = await report(popup, popupUrl);
    const notice = await filed(server, id);
    const body = notice.body as Record<string, unknown>;
    expect(body).toMatchObject({
      schema: 'flagpost-notice/1',
      id,
      goodFaith: true,
      notifier: NOTIFIER,
      locations: [{ url: LISTING.url, platform: 'aliexpress', listingId: '1005006893217745' }],
      category: expect.stringMatching(/^STATEMENT_CATEGORY_/),
    });
    expect((body.findings as { id: string }[]).map((f) => f.id).sort()).toEqual(
      [...(LISTING.expected as { findings: string[] }).findings].sort(),
    );
    expect((body.explanation as string).length).toBeGreaterThanOrEqual(50);
    await historyShows(popup, popupUrl, id, 'received');
    expect(await popup.textOf(`[data-notice-id="${id}"] [data-testid=receipt-id]`)).toBe(notice.receiptId);

    server.decide(
      notice.receiptId,
      'removed',
      'The listing lacked the CE marking required for toys.',
      '2026-11-30T12:00:00.000Z',
    );
    await historyShows(popup, popupUrl, id, 'decided');
    expect(await popup.textOf(`[data-notice-id="${id}"] [data-testid=notice-decision]`)).toContain(
      'The listing lacked the CE marking',
    );
    expect(
      await popup.evaluate(
        (s) => document.querySelector(s)?.getAttribute('data-deadline'),
        `[data-notice-id="${id}"] [data-testid=complaint-deadline]`,
      ),
    ).toBe('2027-05-30T12:00:00.000Z');
    expect(server.notices().filter((n) => n.idempotencyKey === id)).toHaveLength(1);
  });

  it('waits out a 503 with Retry-After, then delivers once', async () => {
    const before = server.figures().posts;
    server.inject({ kind: 'retry-after', status: 503, after: '1' });
    const id = await report(popup, popupUrl);
    await filed(server, id);
    await historyShows(popup, popupUrl, id, 'received');
    expect(server.figures().posts - before).toBe(2);
    expect(server.notices().filter((n) => n.idempotencyKey === id)).toHaveLength(1);
  });

  it('shows a 422 with its reason and fields, and does not retry', async () => {
    const before = server.figures().posts;
    server.inject({
      kind: 'status',
      status: 422,
      error: { code: 'incomplete-notice', message: 'The notifier email cannot be reached', fields: ['notifier.email'] },
    });
    const id = await report(popup, popupUrl);
    await historyShows(popup, popupUrl, id, 'rejected');
    const error = await popup.textOf(`[data-notice-id="${id}"] [data-testid=notice-error]`);
    expect(error).toContain('The notifier email cannot be reached');
    expect(error).toContain('notifier.email');
    expect(server.figures().posts - before).toBe(1);
    expect(server.notices().some((n) => n.idempotencyKey === id)).toBe(false);
  });

  it.runIf(name === 'chromium')(
    'delivers exactly once when the service worker is stopped after the server filed the notice, before the answer',
    async () => {
      const { context } = browser as Awaited<ReturnType<typeof launchChromium>>;
      const page = context.pages()[0] ?? (await context.newPage());
      const cdp = await context.newCDPSession(page);
      let stopped = false;
      server.onFiled(async () => {
        if (stopped) return;
        stopped = true;
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      });
      const before = server.figures();
      const id = await report(popup, popupUrl);
      await vi.waitFor(() => expect(stopped).toBe(true), { timeout: 10_000 });
      // Opening the history wakes the worker, which resumes the notice it was sending.
      await historyShows(popup, popupUrl, id, 'received');
      expect(server.notices().filter((n) => n.idempotencyKey === id)).toHaveLength(1);
      const after = server.figures();
      // The resent notice was answered with the first receipt, not filed again.
      expect(after.replays - before.replays).toBe(1);
      console.log(
        `${name}: stopped mid-send: ${after.posts - before.posts} POSTs, ${after.replays - before.replays} replay(s), 1 notice filed`,
      );
      await cdp.detach();
    },
  );

  it.runIf(name === 'chromium')(
    'resumes through its alarm alone when the stopped worker has no other reason to wake',
    async () => {
      const { context } = browser as Awaited<ReturnType<typeof launchChromium>>;
      const cdp = await context.newCDPSession(context.pages()[0] ?? (await context.newPage()));
      let stops = 0;
      server.onFiled(async () => {
        if (stops++ > 0) return;
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
      });
      const before = server.figures().replays;
      const started = Date.now();
      const id = await report(popup, popupUrl);
      // No page asks the worker anything now (the popup shows the sent view, which does not poll).
      await vi.waitFor(() => expect(server.figures().replays).toBe(before + 1), { timeout: 75_000, interval: 250 });
      console.log(
        `${name}: worker stopped mid-send woke by alarm and resent after ${((Date.now() - started) / 1000).toFixed(1)} s`,
      );
      expect(server.notices().filter((n) => n.idempotencyKey === id)).toHaveLength(1);
      await cdp.detach();
    },
    90_000,
  );

  it('prepares an email to the DSA contact point, with the notice as files, and sends nothing itself', async () => {
    await configureNotices(popup, { aliexpress: { kind: 'email', address: 'dsa@aliexpress.example' } });
    const posts = server.figures().posts;
    const id = await report(popup, popupUrl);
    await popup.waitFor('[data-testid=notice-mailto]');
    const href = await popup.evaluate(
      () => document.querySelector('[data-testid=notice-mailto]')?.getAttribute('href') ?? '',
      null,
    );
    expect(href).toMatch(/^mailto:dsa%40aliexpress\.example\?subject=/);
    await historyShows(popup, popupUrl, id, 'exported');
    expect(await popup.count(`[data-notice-id="${id}"] [data-testid=notice-files] button`)).toBe(3);
    expect(server.figures().posts).toBe(posts);
  });
});
