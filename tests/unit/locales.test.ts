import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/core/checks/index';
import { createTranslator, findingMessageKey, PLURAL_SEPARATOR } from '../../src/core/i18n/translate';
import { LINK_KINDS } from '../../src/core/model';
import { UI_LANGUAGES } from '../../src/locales/index';
import { mergeLocales } from '../../scripts/vite-locales';

const catalogues = mergeLocales(fileURLToPath(new URL('../../src/locales', import.meta.url)));
const english = catalogues.get('en') ?? {};
const isPluralForm = (key: string) => /__(zero|one|two|few|many|other)$/.test(key);
/** "resolveHops__few" → "resolveHops": a counted message's forms are one message. */
const baseKey = (key: string) => (isPluralForm(key) ? key.slice(0, key.lastIndexOf(PLURAL_SEPARATOR)) : key);
const placeholders = (message: string) => [...message.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

describe('message catalogues', () => {
  it('exist for every UI language', () => {
    expect([...catalogues.keys()].sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))(
    '%s has every English message, with the same placeholders, and no other',
    (language) => {
      const messages = catalogues.get(language) ?? {};
      expect([...new Set(Object.keys(messages).map(baseKey))].sort()).toEqual(
        [...new Set(Object.keys(english).map(baseKey))].sort(),
      );
      for (const [key, { message }] of Object.entries(messages)) {
        expect(message.trim(), `${language}:${key}`).not.toBe('');
        const reference = english[key] ?? english[`${baseKey(key)}${PLURAL_SEPARATOR}other`];
        expect(placeholders(message), `${language}:${key}`).toEqual(placeholders(reference?.message ?? ''));
      }
    },
  );

  it.each(UI_LANGUAGES)('%s gives every counted message exactly the plural forms its language has', (language) => {
    const messages = catalogues.get(language) ?? {};
    const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
    const families = [...new Set(Object.keys(english).filter(isPluralForm).map(baseKey))];
    expect(families.length).toBeGreaterThan(0);
    for (const family of families) {
      const forms = Object.keys(messages).filter((key) => isPluralForm(key) && baseKey(key) === family);
      expect(
        forms.map((key) => key.slice(family.length + PLURAL_SEPARATOR.length)).sort(),
        `${language}:${family}`,
      ).toEqual([...categories].sort());
      expect(messages[family], `${language}:${family} is also a plain message`).toBeUndefined();
    }
  });

  it('picks the plural form by the rules of the language, falling back to "other" and then to English', () => {
    const t = (language: string) => createTranslator(language, catalogues.get(language) ?? {}, english);
    expect(t('en')('campaign_bulk_progress', ['0', '1'], 1)).toBe('0 of 1 page done');
    expect(t('en')('campaign_bulk_progress', ['3', '20'], 20)).toBe('3 of 20 pages done');
    expect(t('pl')('resolveHops', ['1'], 1)).toBe('Przez 1 przekierowanie');
    expect(t('pl')('resolveHops', ['3'], 3)).toBe('Przez 3 przekierowania');
    expect(t('pl')('resolveHops', ['5'], 5)).toBe('Przez 5 przekierowań');
    expect(t('fr')('resolveHops', ['0'], 0)).toBe('Via 0 redirection');
    // A count given for a message without plural forms, and a language without the category, still find it.
    expect(t('de')('campaign_join', [], 3)).toBe(catalogues.get('de')?.campaign_join?.message);
    expect(createTranslator('pl', english)('resolveHops', ['3'], 3)).toBe('Via 3 redirects');
  });

  it('names every registered check and every link kind', () => {
    const keys = [
      ...CHECKS.flatMap((check) => [findingMessageKey(check.id, 'title'), findingMessageKey(check.id, 'detail')]),
      ...LINK_KINDS.map((kind) => `link_kind_${kind.replace(/-/g, '_')}`),
    ];
    const messages = new Set(Object.keys(english).map(baseKey));
    expect(keys.filter((key) => !messages.has(key))).toEqual([]);
  });

  it('keeps every key to the characters browsers accept', () => {
    expect(Object.keys(english).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
  });
});
