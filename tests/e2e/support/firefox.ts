import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type KeyInput, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../../scripts/manifest-targets';
import { FIREFOX_PATH } from '../../support/browsers';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';

export const FIREFOX_BUILD = join(process.cwd(), process.env.FLAGPOST_OUT ?? 'dist', 'firefox');

const NAVIGATION_TIMEOUT_MS = 15_000;

/** The page's own address and state; null while it is between documents. */
async function where(page: Page): Promise<{ href: string; ready: boolean } | null> {
  try {
    return await page.evaluate(() => ({ href: location.href, ready: document.readyState === 'complete' }));
  } catch {
    return null;
  }
}

/**
 * Firefox loads extension pages but never reports their load to WebDriver BiDi. So: a page that is
 * already on an extension page navigates itself (no BiDi navigation left pending); otherwise BiDi
 * starts the navigation. Either way the test then polls the page itself, tolerating the moment
 * between two documents.
 */
async function gotoExtensionPage(page: Page, url: string): Promise<void> {
  const current = await where(page);
  if (current?.href.startsWith('moz-extension:')) {
    await page.evaluate((target) => void location.assign(target), url).catch(() => undefined);
  } else {
    void page.goto(url, { timeout: NAVIGATION_TIMEOUT_MS }).catch(() => undefined);
  }
  const deadline = Date.now() + NAVIGATION_TIMEOUT_MS;
  for (;;) {
    const now = await where(page);
    if (now?.href === url && now.ready) return;
    if (Date.now() > deadline) throw new Error(`Firefox did not load ${url} (at ${now?.href ?? 'no document'})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function wrap(page: Page): TestPage {
  return {
    goto: async (url) => {
      if (!url.startsWith('moz-extension:')) return void (await page.goto(url));
      await gotoExtensionPage(page, url);
    },
    waitFor: async (selector) => void (await page.waitForSelector(selector)),
    textOf: (selector) => page.$eval(selector, (el) => el.textContent ?? ''),
    count: async (selector) => (await page.$$(selector)).length,
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key as KeyInput),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    screenshot: async (path) => void (await page.screenshot({ path: path as `${string}.png`, fullPage: true })),
    close: () => page.close(),
  };
}

/** The extension's internal UUID for this profile: kept in it, so a relaunch gives the extension the same origin (and storage). */
function profileUuid(profile: string): string {
  const file = join(profile, 'flagpost-extension-uuid');
  if (!existsSync(file)) writeFileSync(file, randomUUID());
  return readFileSync(file, 'utf8');
}

/**
 * Firefox ESR with the built extension. The demo marketplace is its proxy (prefs), its certificate
 * is accepted for this session only, and the extension's internal UUID is fixed so the test knows
 * the address of its pages. With `profile` (a directory an earlier launch kept), the extension,
 * reinstalled on it, finds its storage again.
 */
export async function launchFirefox(options: LaunchOptions): Promise<ExtensionBrowser> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'flagpost-firefox-'));
  const uuid = profileUuid(profile);
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
      // The temporary add-on is uninstalled when the browser closes: keep its storage and UUID for a relaunch.
      'extensions.webextensions.keepStorageOnUninstall': true,
      'extensions.webextensions.keepUuidOnUninstall': true,
      // Optional host access asked for on a click is granted as if the user chose "Allow": the prompt
      // is browser UI that WebDriver cannot reach (Mozilla's own extension tests use this pref).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  await browser.installExtension(options.build ?? FIREFOX_BUILD);
  return {
    name: 'firefox',
    extensionOrigin: `moz-extension://${uuid}`,
    newPage: async () => wrap(await browser.newPage()),
    close: async (closing) => {
      const process = browser.process();
      await browser.close();
      // Firefox's child processes can still be writing the profile when the browser has closed.
      if (process && process.exitCode === null && process.signalCode === null) await once(process, 'exit');
      if (!closing?.keepProfile) rmSync(profile, { recursive: true, force: true, maxRetries: 10 });
    },
  };
}
