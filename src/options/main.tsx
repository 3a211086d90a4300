import { render } from 'preact';
import { loadTranslator, resolveLanguage } from '../runtime/i18n';
import { loadSettings } from '../runtime/settings';
import { onSettingsChanged } from '../runtime/settings-watch';
import { TranslateContext } from '../ui/i18n-context';
import { Options } from './options';

async function start(): Promise<void> {
  const settings = await loadSettings();
  const language = resolveLanguage(settings.language);
  document.documentElement.lang = language;
  const translate = await loadTranslator(language);
  document.title = translate('optionsTitle');
  render(
    <TranslateContext.Provider value={translate}>
      <Options initial={settings} />
    </TranslateContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
// Another language chosen in the options: render again in it.
onSettingsChanged(() => void start());
