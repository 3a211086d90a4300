import type { Browser } from 'webextension-polyfill';
import type { WithApi } from './browsers';
import type { ExtensionBrowser, TestPage } from './types';

/**
 * The popup's address as it opens for the tab that shows `url` (a test cannot click the toolbar
 * button). `page` is taken to the popup first, to ask the extension which tab that is.
 */
export async function popupUrlFor(browser: ExtensionBrowser, page: TestPage, url: string): Promise<string> {
  const popup = `${browser.extensionOrigin}/src/popup/index.html`;
  await page.goto(popup);
  const tabId = await page.evaluate(async (target) => {
    const scope = globalThis as unknown as WithApi;
    const tabs = await (scope.browser ?? (scope.chrome as Browser)).tabs.query({});
    const tab = tabs.find((t) => t.url === target);
    if (tab?.id === undefined) throw new Error(`no tab shows ${target}`);
    return tab.id;
  }, url);
  return `${popup}?tab=${tabId}`;
}

/** A new page showing the popup for the tab that shows `url`. */
export async function openPopupFor(browser: ExtensionBrowser, url: string): Promise<TestPage> {
  const popup = await browser.newPage();
  await popup.goto(await popupUrlFor(browser, popup, url));
  return popup;
}

/** Opens a listing and its popup, waits until the popup shows the finding, and returns the finding's text. */
export async function findingOnListing(browser: ExtensionBrowser, url: string, findingId: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.waitFor('flagpost-badge');
  const popup = await openPopupFor(browser, url);
  const selector = `[data-finding="${findingId}"]`;
  await popup.waitFor(selector);
  const text = await popup.textOf(selector);
  await popup.close();
  await page.close();
  return text;
}
