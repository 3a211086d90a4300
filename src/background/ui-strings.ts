import { messagesFor, type LanguageMessages } from '../core/i18n/translate';
import { loadTranslator, resolveLanguage } from '../runtime/i18n';
import { loadSettings } from '../runtime/settings';

/**
 * The given messages and their plural forms in the language chosen in the options (browser.i18n
 * only knows the browser's), with the placeholder $1 kept for the caller to fill.
 */
export async function uiStrings(keys: readonly string[]): Promise<LanguageMessages> {
  const language = resolveLanguage((await loadSettings()).language);
  const translate = await loadTranslator(language);
  // The translator answers a key it does not know with the key itself.
  const lookup = (key: string) => {
    const message = translate(key, ['$1']);
    return message === key ? '' : message;
  };
  return { language, messages: messagesFor(keys, language, lookup) };
}
