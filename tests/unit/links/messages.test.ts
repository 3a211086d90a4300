import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { linkKindMessageKey, reasonMessage } from '../../../src/core/links/reasons';
import { LINK_KINDS } from '../../../src/core/model';

type Messages = Record<string, { message: string; description?: string }>;

function load(language: string, file: string): Messages {
  return JSON.parse(readFileSync(new URL(`../../../src/locales/${language}/${file}.json`, import.meta.url), 'utf8'));
}

// Every language having every message, and every check its title and detail: tests/unit/locales.test.ts.
describe('link messages', () => {
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
