import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Browser } from 'webextension-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readWacz } from '../../src/capture/wacz/read';
import { startMarketplace, type DemoMarketplace } from '../support/marketplace-server';
import type { ExtensionBrowser } from './support/types';
import { BROWSER_NAMES, LAUNCHERS, type WithApi } from './support/browsers';
import { openPopupFor } from './support/popup';

/** The signed-in Amazon page of the redaction fixtures, served on amazon.de so the content script runs there. */
const PAGE_URL = 'https://www.amazon.de/Holzwerk-Brandner-signed-in/dp/B0C7K2M4QX';
const IMAGE_URL = 'https://www.amazon.de/images/listing-photo.png';
// One image on the marketplace's own host (where Flagpost has host access) besides the CDN ones.
const PAGE_HTML = readFileSync(
  new URL('../unit/capture/fixtures/amazon-signed-in.html', import.meta.url),
  'utf8',
).replace('</body>', `<img src="${IMAGE_URL}" alt=""></body>`);
const PERSONAL = [
  'Annegret',
  'Quandtmeier',
  'Rosenthaler',
  'Kaffeemühle',
  'tok-7f3a9c1e5b',
  'annegret.q@mailbox.example',
];

const sha256 = (bytes: Uint8Array) => `sha256:${createHash('sha256').update(bytes).digest('hex')}`;

describe.each(BROWSER_NAMES)('evidence snapshots in %s', (name) => {
  let marketplace: DemoMarketplace;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    marketplace = await startMarketplace();
    marketplace.route(PAGE_URL, (_req, res) => {
      res.writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': 'session-id=SECRET-COOKIE-4711; Path=/',
      });
      res.end(PAGE_HTML);
    });
    browser = await LAUNCHERS[name]({ proxyUrl: marketplace.proxyUrl });
  });
  afterAll(async () => {
    await browser?.close();
    await marketplace?.close();
  });

  it('saves a snapshot of a listing from the popup and exports it as a WACZ with true hashes and no personal data', async () => {
    const page = await browser.newPage();
    await page.goto(PAGE_URL);
    await page.waitFor('flagpost-badge');

    const popup = await openPopupFor(browser, PAGE_URL);
    await popup.waitFor('[data-testid=listing-title]');
    const started = performance.now();
    await popup.evaluate(
      () => (document.querySelector('[data-testid=save-snapshot]') as HTMLButtonElement).click(),
      null,
    );
    await popup.waitFor('[data-testid=snapshot-status][data-state=saved]');
    const elapsed = performance.now() - started;
    const id = await popup.evaluate(
      () => document.querySelector('[data-testid=snapshot-status]')?.getAttribute('data-snapshot') ?? '',
      null,
    );

    const exported = await popup.evaluate(async (ids) => {
      const scope = globalThis as unknown as WithApi;
      return (await (scope.browser ?? (scope.chrome as Browser)).runtime.sendMessage({
        type: 'snapshot-wacz',
        ids: [ids],
      })) as { base64: string; bytes: number };
    }, id);
    const bytes = new Uint8Array(Buffer.from(exported.base64, 'base64'));
    console.log(
      `${name}: snapshot saved in ${elapsed.toFixed(0)} ms (click to saved, with resource fetches), WACZ ${exported.bytes} bytes`,
    );
    expect(bytes.byteLength).toBe(exported.bytes);
    const wacz = await readWacz(bytes);

    expect(wacz.datapackage.wacz_version).toBe('1.1.1');
    for (const resource of wacz.datapackage.resources)
      expect(resource.hash).toBe(sha256(wacz.files[resource.path] as Uint8Array));
    expect(JSON.parse(new TextDecoder().decode(wacz.files['datapackage-digest.json']))).toEqual({
      path: 'datapackage.json',
      hash: sha256(wacz.files['datapackage.json'] as Uint8Array),
    });
    expect(wacz.pages.map((p) => p.url)).toEqual([PAGE_URL]);
    for (const record of wacz.records.filter((r) => r.type !== 'warcinfo')) {
      expect(record.payloadDigest).toBe(sha256(record.payload));
      expect(record.blockDigest).toBe(sha256(record.block));
    }
    const types = wacz.records.map(
      (r) => `${r.type} ${r.url === PAGE_URL ? 'PAGE' : r.url.split(':').slice(0, 2).join(':')}`,
    );
    expect(types).toContain('response PAGE');
    expect(types).toContain('metadata urn:flagpost');
    // The listing's image is kept; images a CDN refuses to share (no CORS, no host access) are listed as missing.
    expect(wacz.records.find((r) => r.type === 'response' && r.url === IMAGE_URL)?.mime).toBe('image/png');

    const metadata = JSON.parse(new TextDecoder().decode(wacz.records.find((r) => r.type === 'metadata')?.payload)) as {
      url: string;
      capturedAt: string;
      browser: { name: string };
      extension: { version: string };
      viewport: { width: number };
      redactionCounts: Record<string, number>;
      resourcesFailed: { url: string; reason: string }[];
    };
    expect(metadata.url).toBe(PAGE_URL);
    expect(metadata.capturedAt).toMatch(/Z$/);
    expect(metadata.extension.version).toBe('0.1.0');
    expect(metadata.viewport.width).toBeGreaterThan(0);
    expect(
      metadata.resourcesFailed.every((f) => f.url.startsWith('https://m.media-amazon.com/') && f.reason.length > 0),
    ).toBe(true);
    expect(Object.keys(metadata.redactionCounts)).toEqual(
      expect.arrayContaining(['account', 'address', 'basket', 'input', 'script']),
    );

    const everything = Object.values(wacz.files)
      .map((f) => new TextDecoder().decode(f))
      .join('\n');
    for (const value of [...PERSONAL, 'SECRET-COOKIE-4711']) expect(everything).not.toContain(value);

    // The library page lists it with size and quota.
    await popup.goto(`${browser.extensionOrigin}/src/library/index.html`);
    await popup.waitFor(`[data-snapshot="${id}"]`);
    expect(await popup.textOf('[data-testid=library-storage]')).toMatch(/\d/);
    await popup.close();
    await page.close();
  });
});
