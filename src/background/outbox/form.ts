import browser from 'webextension-polyfill';
import { fillNoticeForm, formValues, type FormFieldKind } from '../../core/notice/form-fill';
import type { Notice } from '../../core/notice/types';

/** A form page that has not loaded by then (or redirected elsewhere) is left to the user unfilled. */
const LOAD_TIMEOUT_MS = 30_000;

/** Resolves when the tab has loaded `url` itself (not the blank page a new tab starts with). */
function loaded(tabId: number, url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      reject(new Error(`the form at ${url} did not load`));
    }, LOAD_TIMEOUT_MS);
    const isLoaded = (tab: browser.Tabs.Tab) => tab.status === 'complete' && tab.url === url;
    const onUpdated = (id: number, _change: browser.Tabs.OnUpdatedChangeInfoType, tab: browser.Tabs.Tab) => {
      if (id === tabId && isLoaded(tab)) done();
    };
    const done = () => {
      clearTimeout(timer);
      browser.tabs.onUpdated.removeListener(onUpdated);
      resolve();
    };
    browser.tabs.onUpdated.addListener(onUpdated);
    // It may have loaded before the listener was added.
    void browser.tabs.get(tabId).then((tab) => {
      if (isLoaded(tab)) done();
    });
  });
}

/**
 * The `form` channel: opens the platform's own notice form in a new tab and fills in what Flagpost
 * knows. The tab is Flagpost's own and the form's host is one of the extension's host permissions,
 * so no activeTab grant is needed; the user checks the form and submits it themselves.
 */
export async function openNoticeForm(notice: Notice, url: string): Promise<{ tabId: number; filled: FormFieldKind[] }> {
  const target = new URL(url).href;
  const tab = await browser.tabs.create({ url: target, active: true });
  const tabId = tab.id as number;
  await loaded(tabId, target);
  const [injection] = await browser.scripting.executeScript({
    target: { tabId },
    func: fillNoticeForm,
    args: [formValues(notice)],
  });
  return { tabId, filled: (injection?.result as FormFieldKind[] | undefined) ?? [] };
}
