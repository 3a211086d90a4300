import type { Browser } from 'webextension-polyfill';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildNotice, defaultInput } from '../../src/core/notice/build';
import type { Notice } from '../../src/core/notice/types';
import { translatorFor } from '../../src/locales/index';
import { listFixtures } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import { startNoticeServer, type NoticeServer } from '../support/notice-server';
import { analysisWith, finding } from '../unit/notice/analysis';
import type { WithApi } from './support/browsers';
import { launchChromium, wrapPlaywrightPage } from './support/chromium';
import { inContentScriptWorld } from './support/content-world';
import { configureNotices, NOTIFIER } from './support/notices';
import type { TestPage } from './support/types';

const LISTING = listFixtures().find((f) => f.name === 'aliexpress/de-partial');
if (!LISTING) throw new Error('fixture aliexpress/de-partial is missing');

const analysis = analysisWith([finding('safety.ce-missing', 'Regulation (EU) 2019/1020 Art. 4')]);
const notice = (id: string): Notice =>
  buildNotice(
    analysis,
    {
      ...defaultInput(analysis, {
        language: 'en',
        translate: translatorFor('en'),
        notifier: NOTIFIER as Notice['notifier'],
      }),
      goodFaith: true,
    },
    { id, now: new Date() },
  );

/** A message sent from an extension page, as the popup sends it. */
function fromExtensionPage(page: TestPage, message: object): Promise<unknown> {
  return page.evaluate((m) => {
    const scope = globalThis as unknown as WithApi;
    return (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage(m);
  }, message);
}

// Chromium only: the DevTools protocol reaches the content script's isolated world; Firefox's BiDi does not.
describe('the service worker refuses a page context (chromium)', () => {
  let marketplace: DemoMarketplace;
  let server: NoticeServer;
  let browser: Awaited<ReturnType<typeof launchChromium>>;
  let popup: TestPage;
  let listing: Page;
  const fromContentScript = (message: object) =>
    inContentScriptWorld(
      browser.context,
      listing,
      browser.extensionOrigin,
      `chrome.runtime.sendMessage(${JSON.stringify(message)})`,
    ).then((answer) => JSON.stringify(answer));

  beforeAll(async () => {
    marketplace = await startMarketplace();
    server = await startNoticeServer();
    browser = await launchChromium({ proxyUrl: marketplace.proxyUrl });
    popup = await browser.newPage();
    await popup.goto(`${browser.extensionOrigin}/src/popup/index.html`);
    await configureNotices(popup, { aliexpress: { kind: 'api', endpoint: server.endpoint, token: null } });
    // A notice on record, with the notifier's name and e-mail in it.
    await fromExtensionPage(popup, {
      type: 'notice-submit',
      notice: notice(crypto.randomUUID()),
      channel: { kind: 'export' },
    });
    listing = await browser.context.newPage();
    await wrapPlaywrightPage(listing).goto(LISTING.url);
    await wrapPlaywrightPage(listing).waitFor('flagpost-badge');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await marketplace?.close();
  });

  it("answers the content script what it may ask: the panel's strings", async () => {
    const answer = await fromContentScript({ type: 'ui-strings', keys: ['extName'] });
    expect(answer).toContain('Flagpost');
  });

  it("keeps the notifier and the channels out of storage.local, which the page's content script cannot read", async () => {
    const stored = await popup.evaluate(async () => {
      const scope = globalThis as unknown as WithApi;
      return JSON.stringify(await (scope.browser ?? (scope.chrome as Browser)).storage.local.get(null));
    }, null);
    expect(stored).not.toContain(NOTIFIER.email);
    expect(stored).not.toContain(server.endpoint);
    const fromPage = await inContentScriptWorld(
      browser.context,
      listing,
      browser.extensionOrigin,
      'chrome.storage.local.get(null)',
    );
    expect(fromPage).toMatchObject({ error: expect.stringMatching(/access/i) });
    expect(await fromContentScript({ type: 'notice-config' })).toContain(
      'Flagpost refused notice-config from top-frame',
    );
  });

  it("never gives the page the notifier's e-mail, while the popup gets its answer", async () => {
    const answer = await fromContentScript({ type: 'notice-list', refresh: false });
    expect(answer).toContain('Flagpost refused notice-list from top-frame');
    expect(answer).not.toContain(NOTIFIER.email);
    const records = (await fromExtensionPage(popup, { type: 'notice-list', refresh: false })) as { notice: Notice }[];
    expect(records.map((r) => r.notice.notifier.email)).toEqual([NOTIFIER.email]);
  });

  it('files, deletes, imports, joins or opens nothing for the page', async () => {
    const posts = server.figures().posts;
    const refused = [
      {
        type: 'notice-submit',
        notice: notice(crypto.randomUUID()),
        channel: { kind: 'api', endpoint: server.endpoint, token: null },
      },
      { type: 'notice-delete-all' },
      { type: 'notice-form-open', notice: notice(crypto.randomUUID()), url: 'https://evil.example/' },
      { type: 'safety-gate-clear' },
      { type: 'campaign-join', text: '{}' },
      { type: 'campaign-preview-url', url: 'https://evil.example/' },
      { type: 'snapshot-save', tabId: 1 },
      { type: 'resolve-link', href: 'https://bit.ly/x', pageUrl: LISTING.url },
    ];
    for (const message of refused) {
      expect(await fromContentScript(message)).toContain(`Flagpost refused ${message.type} from top-frame`);
    }
    expect(server.figures().posts).toBe(posts);
    const records = (await fromExtensionPage(popup, { type: 'notice-list', refresh: false })) as unknown[];
    expect(records).toHaveLength(1);
  });
});
