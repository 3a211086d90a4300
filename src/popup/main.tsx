import { render } from 'preact';
import browser from 'webextension-polyfill';
import { loadTranslator, resolveLanguage } from '../runtime/i18n';
import { loadSettings } from '../runtime/settings';
import { onSettingsChanged } from '../runtime/settings-watch';
import { TranslateContext } from '../ui/i18n-context';
import { Popup } from './popup';

/** The tab the popup speaks about: the active one, or `?tab=` when opened as a page (tests, keyboard users). */
async function targetTab(): Promise<browser.Tabs.Tab | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return browser.tabs.get(fromQuery);
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active ?? null;
}

async function start(): Promise<void> {
  const settings = await loadSettings();
  const language = resolveLanguage(settings.language);
  document.documentElement.lang = language;
  const [translate, tab] = await Promise.all([loadTranslator(language), targetTab()]);
  document.title = translate('extName');
  render(
    <TranslateContext.Provider value={translate}>
      <Popup tab={tab} />
    </TranslateContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
// Another language chosen in the options: render again in it.
onSettingsChanged(() => void start());
