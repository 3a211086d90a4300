import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest-targets';
import { FIREFOX_PATH } from '../../support/browsers';
import type { ExtensionBrowser, TestPage } from './types';

export const FIREFOX_BUILD = join(process.cwd(), process.env.FLAGPOST_OUT ?? 'dist', 'firefox');

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) return void (await page.goto(url));
      // Firefox loads extension pages but never reports their load to WebDriver BiDi: start the
      // navigation, then wait on the page itself.
      void page.goto(url, { timeout: 15_000 }).catch(() => undefined);
      await page.waitForFunction((target) => location.href === target && document.readyState === 'complete', {}, url);
    },
    waitFor: async (selector) => void (await page.waitForSelector(selector)),
    textOf: (selector) => page.$eval(selector, (el) => el.textContent ?? ''),
    count: async (selector) => (await page.$$(selector)).length,
    click: (selector) => page.click(selector),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: true })),
    close: () => page.close(),
  };
}

/**
 * Firefox ESR with the built extension. The demo marketplace is its proxy (prefs), its certificate
 * is accepted for this session only, and the extension's internal UUID is fixed so the test knows
 * the address of its pages.
 */
export async function launchFirefox(options: { proxyUrl: string }): Promise<ExtensionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'flagpost-firefox-'));
  const uuid = randomUUID();
  const proxy = new URL(options.proxyUrl);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    userDataDir: profile,
    acceptInsecureCerts: true,
    // Since Firefox 153, WebDriver may only open extension pages with this.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': proxy.hostname,
      'network.proxy.http_port': Number(proxy.port),
      'network.proxy.ssl': proxy.hostname,
      'network.proxy.ssl_port': Number(proxy.port),
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    },
  });
  await browser.installExtension(FIREFOX_BUILD);
  return {
    name: 'firefox',
    extensionOrigin: `moz-extension://${uuid}`,
    newPage: async () => wrap(await browser.newPage()),
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
