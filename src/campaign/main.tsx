import { render } from 'preact';
import { loadTranslator, resolveLanguage } from '../runtime/i18n';
import { loadSettings } from '../runtime/settings';
import { TranslateContext } from '../ui/i18n-context';
import { CampaignPage } from './campaign';

async function start(): Promise<void> {
  const language = resolveLanguage((await loadSettings()).language);
  document.documentElement.lang = language;
  const translate = await loadTranslator(language);
  document.title = translate('campaign_page_title');
  render(
    <TranslateContext.Provider value={translate}>
      <CampaignPage id={new URLSearchParams(location.search).get('id') ?? ''} language={language} />
    </TranslateContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
}

void start();
