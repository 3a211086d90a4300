import manifest from '../../manifest.json' with { type: 'json' };
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { demoListings, listFixtures, readFixtureHtml } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import { startNoticeServer, type NoticeServer, type ReceivedNotice } from '../support/notice-server';
import type { ExtensionBrowser, TestPage } from './support/types';
import { BROWSER_NAMES, LAUNCHERS } from './support/browsers';
import { chromiumBuildWithAccess } from './support/chromium';
import { campaignFixtureText as fixtureText, chooseFile, click, signedPack } from './support/campaign';
import { configureNotices, NOTIFIER } from './support/notices';

const fixture = (name: string) => listFixtures().find((f) => f.name === name)!;

/** The first listing's trader again, on another listing (a routed copy): the repeat offender. */
const FIRST = fixture('aliexpress/de-partial');
const LISTED = fixture('aliexpress/fr-partial'); // its store is on the pack's trader list
const AGAIN = 'https://de.aliexpress.com/item/1005006893299999.html';
/** Where the organiser publishes the pack: a real-looking https address on the demo marketplace. */
const PACK_URL = 'https://de.aliexpress.com/campaigns/magnet-toys.json';

/** Seven more product pages the content script runs on by itself, so the queue holds ten listings, as in the issue. */
const PATTERNS = manifest.content_scripts.flatMap((c) => c.matches);
const MORE = [...demoListings(PATTERNS, 'partial'), ...demoListings(PATTERNS, 'complete')]
  .filter((f) => f !== FIRST && f.url !== FIRST.url && f.url !== LISTED.url)
  .slice(0, 7);
const LISTINGS = [FIRST.url, LISTED.url, AGAIN, ...MORE.map((f) => f.url)];

/** Types the pack's address in the options page and fetches it, as a user would. */
async function fetchFrom(page: TestPage, url: string): Promise<void> {
  await page.waitFor('input[name=campaign-url]');
  await page.evaluate((value) => {
    const input = document.querySelector('input[name=campaign-url]') as HTMLInputElement;
    input.value = value;
  }, url);
  // A trusted click: the host access prompt needs the user's gesture.
  await page.click('button[name=campaign-fetch]');
}

/** Reviews the listing on screen without filing: dismisses a proposal, or skips a listing with nothing to report. */
async function passOn(page: TestPage): Promise<'dismissed' | 'nothing'> {
  await page.waitFor('[data-testid=proposal], [data-testid=queue-empty], [data-testid=queue-failed]');
  expect(await page.count('[data-testid=queue-failed]')).toBe(0);
  if ((await page.count('[data-testid=proposal]')) > 0) {
    await click(page, 'button[name=dismiss]');
    return 'dismissed';
  }
  await click(page, 'button[name=skip]');
  return 'nothing';
}

async function filed(server: NoticeServer, count: number): Promise<ReceivedNotice[]> {
  return vi.waitFor(
    () => {
      const notices = server.notices();
      if (notices.length < count) throw new Error(`${notices.length} of ${count} notices filed`);
      return notices;
    },
    { timeout: 20_000, interval: 50 },
  );
}

const findingIds = (page: TestPage) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid=proposal] [data-finding]')].map((e) =>
        e.getAttribute('data-finding'),
      ),
    null,
  );

describe.each(BROWSER_NAMES)('campaigns in %s', (name) => {
  let marketplace: DemoMarketplace;
  let server: NoticeServer;
  let browser: ExtensionBrowser;
  let page: TestPage;
  let packText: string;
  const packRequests: { cookie: string | undefined }[] = [];

  beforeAll(async () => {
    marketplace = await startMarketplace();
    marketplace.route(AGAIN, (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(readFixtureHtml(FIRST));
    });
    server = await startNoticeServer();
    packText = await signedPack({ listings: LISTINGS, endpoint: server.endpoint });
    const update = await signedPack({ listings: LISTINGS, endpoint: server.endpoint, version: 2 });
    marketplace.route(PACK_URL, (req, res) => {
      packRequests.push({ cookie: req.headers.cookie });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(update);
    });
    // Joining asks for host access to the organiser's loopback endpoint; Chromium cannot answer that
    // prompt, so its build holds the access already.
    const build = name === 'chromium' ? chromiumBuildWithAccess('loopback-granted', ['http://127.0.0.1/*']) : undefined;
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl, ...(build ? { build } : {}) });
    page = await browser.newPage();
    await page.goto(`${browser.extensionOrigin}/src/options/index.html`);
    await configureNotices(page, {});
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await marketplace?.close();
  });

  it('refuses a tampered pack with a clear message, joining nothing', async () => {
    await chooseFile(page, fixtureText('tampered.signed.json'));
    await page.waitFor('[data-testid=campaign-refused][data-refusal=signature]');
    expect(await page.count('[data-testid=campaign-summary]')).toBe(0);
    expect(await page.count('[data-joined]')).toBe(0);
  });

  it('shows what joining does before opting in, then joins', async () => {
    await chooseFile(page, packText);
    await page.waitFor('[data-testid=campaign-summary][data-campaign=magnet-toys-2026]');
    expect(await page.textOf('[data-testid=campaign-channel]')).toContain(server.endpoint);
    expect(await page.textOf('[data-testid=campaign-sites]')).toContain('aliexpress');
    expect(await page.count('[data-joined]')).toBe(0);
    await click(page, 'button[name=campaign-join]');
    await page.waitFor('[data-joined=magnet-toys-2026][data-version="1"]');
  });

  it("imports the organiser's update from its https address, with the same checks and summary", async () => {
    await fetchFrom(page, PACK_URL);
    await page.waitFor('[data-testid=campaign-summary][data-campaign=magnet-toys-2026]');
    expect(await page.textOf('[data-testid=campaign-channel]')).toContain(server.endpoint);
    expect(packRequests).toEqual([{ cookie: undefined }]);
    expect(await page.count('[data-joined=magnet-toys-2026][data-version="1"]')).toBe(1);
    await click(page, 'button[name=campaign-join]');
    await page.waitFor('[data-joined=magnet-toys-2026][data-version="2"]');
  });

  it('refuses a pack address that is not https, fetching nothing', async () => {
    await fetchFrom(page, 'http://de.aliexpress.com/campaigns/magnet-toys.json');
    await page.waitFor('[data-testid=campaign-refused][data-refusal=address]');
    expect(packRequests).toHaveLength(1);
  });

  it('refuses an update signed by another key, keeping the joined version', async () => {
    await chooseFile(page, fixtureText('wrong-key.signed.json'));
    await page.waitFor('[data-testid=campaign-refused][data-refusal=key-changed]');
    expect(await page.count('[data-joined=magnet-toys-2026][data-version="2"]')).toBe(1);
  });

  it("accepts the organiser's new key once the pinned key has signed the hand-over, and trusts it from then on", async () => {
    const rotated = await signedPack({
      listings: LISTINGS,
      endpoint: server.endpoint,
      version: 3,
      signer: 'other-organiser',
      endorsedBy: 'organiser',
    });
    await chooseFile(page, rotated);
    await page.waitFor('[data-testid=campaign-key-rotated]');
    expect(await page.textOf('[data-testid=campaign-key-rotated]')).toContain(fixtureText('organiser.pub').trim());
    await click(page, 'button[name=campaign-join]');
    await page.waitFor('[data-joined=magnet-toys-2026][data-version="3"]');
    // The old key alone no longer speaks for the campaign.
    await chooseFile(page, await signedPack({ listings: LISTINGS, endpoint: server.endpoint, version: 4 }));
    await page.waitFor('[data-testid=campaign-refused][data-refusal=key-changed]');
  });

  it('runs the review queue: files confirmed notices to the organiser with the campaign id, and recognises a repeat offender', async () => {
    await page.goto(`${browser.extensionOrigin}/src/campaign/index.html?id=magnet-toys-2026`);

    // 1: the first listing; the user confirms its notice.
    await click(page, 'button[name=next-listing]');
    await page.waitFor(`[data-testid=proposal]`);
    expect(server.notices()).toHaveLength(0);
    expect(
      await page.evaluate(() => (document.querySelector('button[name=confirm]') as HTMLButtonElement).disabled, null),
    ).toBe(true);
    await click(page, 'input[name=goodFaith]');
    await click(page, 'button[name=confirm]:not([disabled])');
    const [first] = await filed(server, 1);
    expect(first!.body).toMatchObject({
      campaign: 'magnet-toys-2026',
      locations: [{ url: FIRST.url }],
      notifier: NOTIFIER,
    });

    // 2: a trader on the campaign's list (matched by salted hash).
    await page.waitFor('[data-testid=queue-progress][data-reviewed="1"]');
    await click(page, 'button[name=next-listing]');
    await page.waitFor('[data-testid=proposal] [data-finding="trader.previously-reported"]');
    expect(await page.textOf('[data-testid=proposal] [data-finding="trader.previously-reported"]')).toContain(
      'campaign:magnet-toys-2026',
    );
    await click(page, 'input[name=goodFaith]');
    await click(page, 'button[name=confirm]:not([disabled])');
    const notices = await filed(server, 2);
    expect(notices.map((n) => n.body.campaign)).toEqual(['magnet-toys-2026', 'magnet-toys-2026']);

    // 3: the first listing's trader on another listing: recognised from the notice just filed; the user dismisses it.
    await page.waitFor('[data-testid=queue-progress][data-reviewed="2"]');
    await click(page, 'button[name=next-listing]');
    await page.waitFor('[data-testid=proposal] [data-finding="trader.previously-reported"]');
    expect(await page.textOf('[data-testid=proposal] [data-finding="trader.previously-reported"]')).toContain(
      `notice:${first!.idempotencyKey}`,
    );
    expect(await findingIds(page)).toContain('trader.previously-reported');
    await click(page, 'button[name=dismiss]');

    // 4–10: the other marketplaces' listings, each dismissed or, with nothing to report, skipped.
    let dismissed = 1;
    for (let reviewed = 3; reviewed < LISTINGS.length; reviewed += 1) {
      await page.waitFor(`[data-testid=queue-progress][data-reviewed="${reviewed}"]`);
      await click(page, 'button[name=next-listing]');
      if ((await passOn(page)) === 'dismissed') dismissed += 1;
    }
    await page.waitFor('[data-testid=queue-done]');
    expect(server.notices()).toHaveLength(2);

    // Results: ten listings reviewed, the proposals passed on counted as dismissed, two notices received.
    expect(await page.textOf('[data-testid=results-reviewed]')).toBe('10 / 10');
    expect(await page.textOf('[data-testid=results-dismissed]')).toBe(String(dismissed));
    await page.waitFor('[data-testid=results] [data-count-of=received][data-count="2"]');
  });

  it('leaves the campaign at any time', async () => {
    await page.goto(`${browser.extensionOrigin}/src/options/index.html`);
    await click(page, '[data-joined=magnet-toys-2026] button[name=campaign-leave]');
    await page.waitFor('[data-testid=campaign-status]:not(:empty)');
    expect(await page.count('[data-joined]')).toBe(0);
  });
});
