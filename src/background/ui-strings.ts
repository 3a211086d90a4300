import { loadTranslator, resolveLanguage } from '../runtime/i18n';
import { loadSettings } from '../runtime/settings';

/**
 * The given message keys in the language chosen in the options (browser.i18n only knows the
 * browser's), with the placeholder $1 kept for the caller to fill.
 */
export async function uiStrings(keys: readonly string[]): Promise<Record<string, string>> {
  const translate = await loadTranslator(resolveLanguage((await loadSettings()).language));
  return Object.fromEntries(keys.map((key) => [key, translate(key, ['$1'])]));
}
