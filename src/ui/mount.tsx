import { render, type VNode } from 'preact';
import { loadTranslator, resolveLanguage } from '../runtime/i18n';
import { loadSettings, type Settings } from '../runtime/settings';
import { TranslateContext } from './i18n-context';

export interface PageContext {
  settings: Settings;
  language: string;
}

/**
 * Renders an extension page in the user's language: reads the settings, loads that catalogue, sets
 * the document's language and title, and renders `page` inside the translator's context.
 */
export async function mountPage(
  titleKey: string,
  page: (context: PageContext) => VNode | Promise<VNode>,
): Promise<void> {
  const settings = await loadSettings();
  const language = resolveLanguage(settings.language);
  document.documentElement.lang = language;
  const [translate, content] = await Promise.all([loadTranslator(language), page({ settings, language })]);
  document.title = translate(titleKey);
  render(
    <TranslateContext.Provider value={translate}>{content}</TranslateContext.Provider>,
    document.getElementById('app') as HTMLElement,
  );
}
