import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { basename, dirname, join } from 'node:path';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPORT_LIST_URL, SAFETY_GATE_HOST_ACCESS } from '../../src/core/safety-gate/weekly-list';
import { fictitiousAlerts, reportListXml, reportUrl, reportXml } from '../fixtures/safety-gate/generate';
import { listFixtures } from '../support/fixtures';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import type { ExtensionBrowser, TestPage } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';
import { CHROMIUM_BUILD } from './support/chromium';
import { findingOnListing } from './support/popup';

/**
 * Host access asked for on a click needs the user's "Allow" in a prompt that is browser UI. Firefox
 * grants it by a pref the launcher sets (the store build, the real request). Headless Chromium has
 * no way to answer it (the request never settles), so Chromium runs a copy of the build whose
 * manifest already holds the Commission's origin: permissions.request then resolves at once, as
 * after "Allow", and everything after it is the real flow.
 */
function chromiumBuildWithCommissionAccess(): string {
  const from = CHROMIUM_BUILD;
  const to = join('.out', `${basename(dirname(from))}-gate-granted`, 'chrome');
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  const manifestPath = join(to, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(...SAFETY_GATE_HOST_ACCESS.origins);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return to;
}

const REPORT = readFileSync(new URL('../fixtures/safety-gate/report.xml', import.meta.url), 'utf8');
// Its GTIN is in the fixture report (alert A12/09001/26), which the list names as the newest week.
const LISTING = listFixtures().find((f) => f.name === 'aliexpress/de-complete');

/** The Commission's list: four recent weeks (two alerts each before the fixture report) and an older one never fetched. */
const WEEKS = [
  { reference: 'Report-2026-42', date: '16/10/2026', id: 10000896 },
  { reference: 'Report-2026-43', date: '23/10/2026', id: 10000897 },
  { reference: 'Report-2026-44', date: '30/10/2026', id: 10000898 },
  { reference: 'Report-2026-45', date: '06/11/2026', id: 10000899 },
  { reference: 'Report-2026-46', date: '13/11/2026', id: 10000900 },
];
const OLDER = WEEKS.slice(1, 4).map((week, i) => ({
  ...week,
  xml: reportXml(week.date, week.reference, fictitiousAlerts(2, 43 + i, 50_001 + 10 * i)),
}));
const TOTAL = 304 + 2 * OLDER.length;

function xml(body: string) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(200, { 'content-type': 'application/xml; charset=utf-8' });
    res.end(body);
  };
}

describe.each(BROWSER_NAMES)('Safety Gate weekly download in %s', (name) => {
  let marketplace: DemoMarketplace;
  let browser: ExtensionBrowser;
  let options: TestPage;
  /** Every request to the Commission: its path and whether it carried a cookie. */
  const requests: { path: string; cookie: string | undefined }[] = [];
  let listDown = false;

  beforeAll(async () => {
    marketplace = await startMarketplace({ extraHosts: ['ec.europa.eu'] });
    const recorded =
      (handler: (req: IncomingMessage, res: ServerResponse) => void) => (req: IncomingMessage, res: ServerResponse) => {
        requests.push({ path: req.url ?? '', cookie: req.headers.cookie });
        handler(req, res);
      };
    marketplace.route(
      REPORT_LIST_URL,
      recorded((req, res) => {
        if (!listDown) return xml(reportListXml(WEEKS))(req, res);
        res.writeHead(503, { 'content-type': 'text/html' });
        res.end('<!doctype html><title>Service unavailable</title>');
      }),
    );
    for (const week of OLDER) marketplace.route(reportUrl(week.id), recorded(xml(week.xml)));
    marketplace.route(reportUrl(10000900), recorded(xml(REPORT)));
    const build = name === 'chromium' ? chromiumBuildWithCommissionAccess() : undefined;
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl, build });
    options = await browser.newPage();
    await options.goto(`${browser.extensionOrigin}/src/options/index.html`);
  });
  afterAll(async () => {
    await browser?.close();
    await marketplace?.close();
  });

  it('switches the weekly download on, checks now, and matches a listing from the downloaded report', async () => {
    if (!LISTING) throw new Error('fixture aliexpress/de-complete missing');
    await options.waitFor('input[name=safety-gate-weekly]:not([disabled])');
    // Trusted clicks: the host access prompt needs the user's gesture.
    await options.click('input[name=safety-gate-weekly]');
    await options.waitFor('button[name=safety-gate-check]:not([disabled]), [data-testid=safety-gate-refused]');
    expect(await options.count('[data-testid=safety-gate-refused]')).toBe(0);
    await options.click('button[name=safety-gate-check]:not([disabled])');
    await options.waitFor('[data-testid=safety-gate-download-status][data-report="Report-2026-46"]');
    expect(await options.count('[data-testid=safety-gate-download-status][data-problem]')).toBe(0);
    expect(await options.textOf('[data-testid=safety-gate-download-status]')).toContain(String(TOTAL));
    // The list, then the three new weeks oldest first and the newest; never the fifth week back; no cookies.
    expect(requests.map((r) => r.path)).toEqual([
      new URL(REPORT_LIST_URL).pathname,
      ...[10000897, 10000898, 10000899, 10000900].map((id) => `${new URL(reportUrl(id)).pathname}?language=en`),
    ]);
    expect(requests.every((r) => r.cookie === undefined)).toBe(true);

    expect(await findingOnListing(browser, LISTING.url, 'product.safety-gate-match')).toContain('A12/09001/26');
  });

  it('says so in plain words when the Commission answers 503, and keeps the index', async () => {
    listDown = true;
    await options.click('button[name=safety-gate-check]:not([disabled])');
    await options.waitFor('[data-testid=safety-gate-download-status][data-problem=server]');
    const text = await options.textOf('[data-testid=safety-gate-download-status]');
    expect(text).toContain('HTTP 503');
    expect(text).toContain('Report-2026-46');
    const status = await options.evaluate(async () => {
      const scope = globalThis as unknown as WithApi;
      return (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage({ type: 'safety-gate-status' });
    }, null);
    expect(status).toEqual({ total: TOTAL });
  });
});
