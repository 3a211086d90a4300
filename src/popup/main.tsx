import browser from 'webextension-polyfill';
import { onSettingsChanged } from '../runtime/settings-watch';
import { mountPage } from '../ui/mount';
import { Popup } from './popup';

/** The tab the popup speaks about: the active one, or `?tab=` when opened as a page (tests, keyboard users). */
async function targetTab(): Promise<browser.Tabs.Tab | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return browser.tabs.get(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? null;
}

const start = () => mountPage('extName', async () => <Popup tab={await targetTab()} />);

void start();
// Another language chosen in the options: render again in it.
onSettingsChanged(() => void start());
