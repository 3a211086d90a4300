import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LINK_CHECKS } from '../../../src/core/checks/links/index';
import { PRODUCT_CHECKS } from '../../../src/core/checks/product/index';
import { findingMessageKey } from '../../../src/core/i18n/translate';
import { linkKindMessageKey, reasonMessage } from '../../../src/core/links/reasons';
import { LINK_KINDS } from '../../../src/core/model';

const LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'];
const FILES = ['findings-links', 'findings-product', 'links'];
type Messages = Record<string, { message: string; description?: string }>;

function load(language: string, file: string): Messages {
  return JSON.parse(readFileSync(new URL(`../../../src/locales/${language}/${file}.json`, import.meta.url), 'utf8'));
}

const placeholders = (message: string) => [...message.matchAll(/\$([1-9])/g)].map((m) => m[1]).sort();

describe('link and product messages', () => {
  for (const file of FILES) {
    const english = load('en', file);
    it(`${file}: every language has every key, with the same substitutions`, () => {
      for (const language of LANGUAGES) {
        const messages = load(language, file);
        expect(Object.keys(messages).sort(), language).toEqual(Object.keys(english).sort());
        for (const [key, entry] of Object.entries(messages)) {
          expect(key).toMatch(/^[A-Za-z0-9_]+$/);
          expect(entry.message.trim(), `${language}/${key}`).not.toBe('');
          expect(placeholders(entry.message), `${language}/${key}`).toEqual(placeholders(english[key]!.message));
        }
      }
    });
  }

  it('has a title and detail for every check of these groups', () => {
    const english = { ...load('en', 'findings-links'), ...load('en', 'findings-product'), ...load('en', 'gate') };
    for (const check of [...LINK_CHECKS, ...PRODUCT_CHECKS]) {
      expect(english[findingMessageKey(check.id, 'title')], check.id).toBeDefined();
      expect(english[findingMessageKey(check.id, 'detail')], check.id).toBeDefined();
    }
  });

  it('names every link kind and reason code', () => {
    const english = load('en', 'links');
    for (const kind of LINK_KINDS) expect(english[linkKindMessageKey(kind)], kind).toBeDefined();
    for (const reason of [
      'scheme:javascript',
      'contact:mailto',
      'messenger:whatsapp',
      'shortener:bit.ly',
      'affiliate:amzn.to',
      'redirect-param:url',
      'redirect-target:example.com',
      'listing:1',
      'idn',
      'homograph',
      'look-alike:amazon',
      'brand-in-subdomain:amazon.com',
      'brand-in-domain:amazon',
      'ip-host',
      'credentials',
      'text-names-other-domain:example.com',
      'unparsable',
    ]) {
      expect(english[reasonMessage(reason).key], reason).toBeDefined();
    }
    expect(reasonMessage('shortener:bit.ly')).toEqual({ key: 'link_reason_shortener', substitutions: ['bit.ly'] });
  });
});
