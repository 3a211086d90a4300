import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWacz } from '../../src/capture/wacz/read';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import type { ExtensionBrowser } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';

/** The signed-in fixture (account name, address, basket to mask) made several screens tall. */
const PAGE_URL = 'https://www.amazon.de/Holzwerk-Brandner-tall/dp/B0C7K2M4QY';
const PAGE_HTML = readFileSync(
  new URL('../unit/capture/fixtures/amazon-signed-in.html', import.meta.url),
  'utf8',
).replace('</body>', '<div style="height:3000px;background:linear-gradient(#fff,#9cf)"></div></body>');

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Uint8Array) => {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
};

/**
 * captureVisibleTab needs activeTab (granted by clicking Flagpost's toolbar button, which a test
 * cannot do) or <all_urls>: this runs against a build given <all_urls> for testing, e.g.
 * FLAGPOST_OUT=.out/x-allurls (a copy of the build with "<all_urls>" added to host_permissions).
 */
const granted = (build: string) =>
  (
    JSON.parse(
      readFileSync(join(process.cwd(), process.env.FLAGPOST_OUT ?? 'dist', build, 'manifest.json'), 'utf8'),
    ) as { host_permissions: string[] }
  ).host_permissions.includes('<all_urls>');

describe.runIf(granted('chrome') && granted('firefox')).each(BROWSER_NAMES)(
  'full-page snapshot screenshots in %s',
  (name) => {
    let marketplace: DemoMarketplace;
    let browser: ExtensionBrowser;

    beforeAll(async () => {
      marketplace = await startMarketplace();
      marketplace.route(PAGE_URL, (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end(PAGE_HTML);
      });
      browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl });
    });
    afterAll(async () => {
      await browser?.close();
      await marketplace?.close();
    });

    it('stitches the whole page from viewport captures and scrolls it back where it was', async () => {
      const page = await browser.newPage();
      await page.goto(PAGE_URL);
      await page.waitFor('flagpost-badge');
      await page.evaluate(() => scrollTo(0, 400), null);
      const before = await page.evaluate(
        () => ({ y: scrollY, height: document.documentElement.scrollHeight, viewport: innerHeight }),
        null,
      );

      const popup = await browser.newPage();
      await popup.goto(`${browser.extensionOrigin}/src/popup/index.html`);
      const started = performance.now();
      const result = await popup.evaluate(async (target) => {
        const scope = globalThis as unknown as WithApi;
        const api = scope.browser ?? (scope.chrome as Browser);
        const tab = (await api.tabs.query({})).find((t) => t.url === target);
        // The listing must be the visible tab to be captured.
        await api.tabs.update(tab?.id as number, { active: true });
        const summary = (await api.runtime.sendMessage({ type: 'snapshot-save', tabId: tab?.id })) as {
          id: string;
          metadata: { screenshot: { kind: string; slices?: number } };
        };
        const wacz = (await api.runtime.sendMessage({ type: 'snapshot-wacz', ids: [summary.id] })) as {
          base64: string;
        };
        return { screenshot: summary.metadata.screenshot, base64: wacz.base64 };
      }, PAGE_URL);
      const elapsed = performance.now() - started;

      expect(result.screenshot, JSON.stringify(result.screenshot)).toMatchObject({ kind: 'visible-tab' });
      expect(result.screenshot.slices).toBe(Math.ceil(before.height / before.viewport));
      const wacz = await readWacz(new Uint8Array(Buffer.from(result.base64, 'base64')));
      const png = wacz.records.find((r) => r.url === `urn:view:${PAGE_URL}`)?.payload;
      expect(png).toBeDefined();
      const size = pngSize(png as Uint8Array);
      const scale = size.width / (await page.evaluate(() => innerWidth, null));
      expect(Math.abs(size.height - before.height * scale)).toBeLessThanOrEqual(2 * scale);
      expect(await page.evaluate(() => scrollY, null)).toBe(before.y);
      console.log(
        `${name}: full-page screenshot of a ${before.height} px page in ${result.screenshot.slices} captures, ${size.width}×${size.height} px, PNG ${(png as Uint8Array).byteLength} bytes; snapshot saved in ${elapsed.toFixed(0)} ms`,
      );
    });
  },
);
