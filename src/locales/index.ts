import { createTranslator, type Messages, type Translate } from '../core/i18n/translate';

/**
 * Message catalogues for code that runs outside the extension (CLI, tests, benchmarks).
 * The extension gets the same fragments merged into _locales/<lang>/messages.json at build time.
 */
const fragments = import.meta.glob<Messages>('./*/*.json', { eager: true, import: 'default' });

export const UI_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

export function catalogue(language: string): Messages {
  const merged: Messages = {};
  for (const [path, messages] of Object.entries(fragments)) {
    if (path.startsWith(`./${language}/`)) Object.assign(merged, messages);
  }
  return merged;
}

export function translatorFor(language: string): Translate {
  return createTranslator(language, catalogue(language), catalogue('en'));
}
