import { describe, expect, it } from 'vitest';
import { buildNotice, defaultInput } from '../../../src/core/notice/build';
import { mailtoUrl, noticeEml } from '../../../src/core/notice/email';
import { printableNotice } from '../../../src/core/notice/printable';
import { translatorFor } from '../../../src/locales/index';
import { analysisWith, finding } from './analysis';

const t = translatorFor('pl');
const analysis = analysisWith([
  finding('product.counterfeit-signal', 'Regulation (EU) 2017/1001 Art. 9', ['<b>Replika</b> 1:1 "AAA"']),
]);
const notice = buildNotice(
  analysis,
  {
    ...defaultInput(analysis, {
      language: 'pl',
      translate: t,
      notifier: { name: 'Łukasz Żółć', email: 'l@example.pl', role: 'consumer' },
    }),
    goodFaith: true,
  },
  { id: '6f1c2f0e-8d3b-4a51-9c2e-1b7a2d4e5f60', now: new Date('2026-11-23T10:00:00Z') },
);

const decodeParts = (eml: string) =>
  [...eml.matchAll(/Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/g)].map((m) =>
    Buffer.from((m[1] ?? '').replace(/\r\n/g, ''), 'base64').toString('utf8'),
  );

describe('email and export channels', () => {
  it('writes an .eml with the notice as text and its exact JSON attached', () => {
    const eml = noticeEml(notice, 'dsa@platform.example', t);
    expect(eml).toContain('To: <dsa@platform.example>');
    expect(eml).toMatch(/^From: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?= <l@example\.pl>\r\n/);
    expect(eml).toContain(`filename="notice-${notice.id}.json"`);
    const [text, json] = decodeParts(eml);
    expect(text).toContain(notice.explanation);
    expect(JSON.parse(json ?? '')).toEqual(notice);
    expect(eml.split('\r\n').every((line) => line.length <= 998)).toBe(true);
  });

  it('builds a mailto: link with subject and body', () => {
    const url = new URL(mailtoUrl(notice, 'dsa@platform.example', t));
    expect(url.protocol).toBe('mailto:');
    expect(decodeURIComponent(url.pathname)).toBe('dsa@platform.example');
    expect(url.searchParams.get('body')).toContain('Regulation (EU) 2017/1001 Art. 9');
  });

  it('escapes page-derived text in the printable notice', () => {
    const html = printableNotice(notice, t);
    expect(html).not.toContain('<b>Replika</b>');
    expect(html).toContain('&#60;b&#62;Replika&#60;/b&#62;');
    expect(html).toContain('lang="pl"');
  });
});
