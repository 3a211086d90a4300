import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../support/browsers';
import type { ExtensionBrowser, LaunchOptions, TestPage } from './types';

export const CHROMIUM_BUILD = join(process.cwd(), process.env.FLAGPOST_OUT ?? 'dist', 'chrome');

export function wrapPlaywrightPage(page: Page): TestPage {
  return {
    goto: async (url) => void (await page.goto(url)),
    waitFor: async (selector) => void (await page.waitForSelector(selector, { state: 'attached' })),
    textOf: async (selector) => (await page.textContent(selector)) ?? '',
    count: (selector) => page.locator(selector).count(),
    click: (selector) => page.click(selector),
    press: (key) => page.keyboard.press(key),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
    close: () => page.close(),
  };
}

/**
 * Debian's Chromium with the built extension, a fresh profile (or `profile`, a directory an earlier
 * launch kept: the same extension id and storage), and the demo marketplace as its proxy.
 */
export async function launchChromium(
  options: LaunchOptions & { headless?: boolean },
): Promise<ExtensionBrowser & { context: BrowserContext }> {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), 'flagpost-chromium-'));
  const build = options.build ?? CHROMIUM_BUILD;
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      ...CHROMIUM_ARGS,
      `--disable-extensions-except=${build}`,
      `--load-extension=${build}`,
      `--proxy-server=${options.proxyUrl}`,
      '--ignore-certificate-errors',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionOrigin = `chrome-extension://${new URL(worker.url()).host}`;
  return {
    name: 'chromium',
    context,
    extensionOrigin,
    newPage: async () => wrapPlaywrightPage(await context.newPage()),
    close: async (closing) => {
      await context.close();
      if (!closing?.keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * A copy of the Chromium build whose manifest already holds these host permissions. Headless Chromium
 * cannot answer a permission prompt (the request never settles); with the access already held,
 * permissions.request resolves at once, as after "Allow", and everything after it is the real flow.
 */
export function chromiumBuildWithAccess(name: string, origins: string[]): string {
  const to = join('.out', `${basename(dirname(CHROMIUM_BUILD))}-${name}`, 'chrome');
  rmSync(to, { recursive: true, force: true });
  cpSync(CHROMIUM_BUILD, to, { recursive: true });
  const manifestPath = join(to, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions: string[] };
  manifest.host_permissions.push(...origins);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return to;
}
