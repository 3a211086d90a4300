import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { Check, FindingDraft, JudgedPage } from '../../../src/core/checks/types';
import { emptyExtraction } from '../../../src/core/facts';
import { runCheck as runCheckAsJudged } from '../../../src/core/judge';
import { findingMessageKey, type Messages } from '../../../src/core/i18n/translate';
import type { Platform } from '../../../src/core/model';
import { UI_LANGUAGES } from '../../../src/locales/index';

/** A product page built from emptyExtraction(); `edit` fills in what a test needs. */
export function productPage(
  edit: (page: JudgedPage) => void = () => {},
  platform: Platform | null = 'generic',
): JudgedPage {
  const page: JudgedPage = {
    ...emptyExtraction(),
    url: 'https://shop.example/item/1',
    platform,
    pageType: 'product',
    links: [],
  };
  edit(page);
  return page;
}

/** Runs a check as judgePage does, with the page's own `unreadable` list. */
export function runCheck(check: Check, page: JudgedPage): FindingDraft | null {
  const unreadable = new Set(page.unreadable);
  return runCheckAsJudged(check, page, { isUnreadable: (path) => unreadable.has(path) });
}

/** A findings message fragment, src/locales/<lang>/findings-<area>.json. */
export function findingMessages(lang: string, area: string): Messages {
  return JSON.parse(
    readFileSync(new URL(`../../../src/locales/${lang}/findings-${area}.json`, import.meta.url), 'utf8'),
  ) as Messages;
}

/** Message completeness: every check of the group has title and detail in all languages, with en's $n. */
export function expectCompleteMessages(area: string, ids: readonly string[]): void {
  const placeholders = (text: string | undefined): string[] => [...new Set(text?.match(/\$[1-9]/g) ?? [])].sort();
  const en = findingMessages('en', area);
  for (const lang of UI_LANGUAGES) {
    const messages = findingMessages(lang, area);
    for (const id of ids) {
      for (const part of ['title', 'detail'] as const) {
        const key = findingMessageKey(id, part);
        expect(messages[key]?.message, `${lang} ${key}`).toBeTruthy();
        expect(placeholders(messages[key]?.message), `${lang} ${key}`).toEqual(placeholders(en[key]?.message));
      }
    }
    expect(Object.keys(messages).sort(), lang).toEqual(Object.keys(en).sort());
  }
}
