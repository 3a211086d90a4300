import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import { CHECKS } from '../../src/core/checks/index';
import { findingMessageKey } from '../../src/core/i18n/translate';
import { LINK_KINDS } from '../../src/core/model';
import { UI_LANGUAGES } from '../../src/locales/index';
import { mergeLocales } from '../../scripts/vite-locales';

const catalogues = mergeLocales(fileURLToPath(new URL('../../src/locales', import.meta.url)));
const english = catalogues.get('en') ?? {};
const placeholders = (message: string) => [...message.matchAll(/\$[1-9]/g)].map((m) => m[0]).sort();

describe('message catalogues', () => {
  it('exist for every UI language', () => {
    expect([...catalogues.keys()].sort()).toEqual([...UI_LANGUAGES].sort());
  });

  it.each(UI_LANGUAGES.filter((l) => l !== 'en'))('%s has every English key, with the same placeholders, and no other', (language) => {
    const messages = catalogues.get(language) ?? {};
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
    for (const [key, { message }] of Object.entries(english)) {
      expect(placeholders(messages[key]?.message ?? ''), `${language}:${key}`).toEqual(placeholders(message));
    }
  });

  it('names every registered check and every link kind', () => {
    const keys = [
      ...CHECKS.flatMap((check) => [findingMessageKey(check.id, 'title'), findingMessageKey(check.id, 'detail')]),
      ...LINK_KINDS.map((kind) => `link_kind_${kind.replace(/-/g, '_')}`),
    ];
    expect(keys.filter((key) => !(key in english))).toEqual([]);
  });

  it('keeps every key to the characters browsers accept', () => {
    expect(Object.keys(english).filter((key) => !/^[A-Za-z0-9_@]+$/.test(key))).toEqual([]);
  });
});
