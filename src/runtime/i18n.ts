import browser from 'webextension-polyfill';
import { createTranslator, type Messages, type Translate } from '../core/i18n/translate';

export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'] as const;

/** The language to show: the user's choice, else the browser's when Flagpost speaks it, else English. */
export function resolveLanguage(choice: string | null): string {
  const wanted = (choice ?? browser.i18n.getUILanguage()).toLowerCase().split(/[-_]/)[0] ?? 'en';
  return (UI_LANGUAGES as readonly string[]).includes(wanted) ? wanted : 'en';
}

async function loadCatalogue(language: string): Promise<Messages> {
  const response = await fetch(browser.runtime.getURL(`_locales/${language}/messages.json`));
  return (await response.json()) as Messages;
}

/**
 * A translator for extension pages and the service worker. It reads the built catalogues itself
 * (rather than browser.i18n) so that the language chosen in the options page applies.
 */
export async function loadTranslator(language: string): Promise<Translate> {
  const languages = language === 'en' ? ['en'] : [language, 'en'];
  const catalogues = await Promise.all(languages.map(loadCatalogue));
  return createTranslator(language, ...catalogues);
}
