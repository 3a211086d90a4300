import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { counterfeitSignalCheck } from '../../src/core/checks/product/counterfeit-signal';
import { prohibitedCheck } from '../../src/core/checks/product/prohibited';
import { classifyLink } from '../../src/core/links/classify';
import { linksFromText } from '../../src/core/links/text-handles';
import { urlsInText } from '../../src/core/links/text-urls';
import { documentFrom } from '../support/dom';
import { judgedPage, marketContext, readable } from './links/support';

// Properties: no input makes a reader throw. Time is not measured here (a loaded machine would make
// any bound flaky): tests/unit/regex-safety.test.ts proves every pattern linear with a ReDoS checker,
// the cases below only have to complete, and `npm run bench` keeps the timings.

const URLS = [
  'https://www.aliexpress.com/item/1005006000000000.html',
  'https://www.amazon.de/dp/B0C0000000',
  'https://www.ebay.de/itm/123456789012',
  'https://www.temu.com/de/goods.html?goods_id=1',
  'https://www.kleiner-laden.example/produkt/42',
];

const repeat = (unit: string, max: number) => fc.integer({ min: 1, max }).map((n) => unit.repeat(n));

const fragment = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  repeat('<div>', 500),
  repeat('</div>', 50),
  repeat('<span><b><i>', 200),
  repeat('{', 20_000),
  repeat('{{{{', 5_000),
  fc.constant(`<p>${'w'.repeat(100_000)}</p>`),
  fc.constant(
    `<a href="https://${'a'.repeat(60)}.example/${'x'.repeat(50_000)}" title="${'t'.repeat(50_000)}">deal</a>`,
  ),
  fc.constant(`<div data-x="${'"'.repeat(1) + '&quot;'.repeat(10_000)}">attr</div>`),
  repeat('<script>window.runParams = {"data": {', 20),
  fc.constant('<script>window.runParams = {'),
  fc.constant('<script>window.__INITIAL_STATE__ = {"a":"</script><script>alert(1)</script>"}</script>'),
  fc.constant('<script type="application/ld+json">{"@type":"Product","name":"</script>x"}</script>'),
  fc.constant('<p>\u202Ehttps://evil.example\u202C \u200Bbit.ly/x \u2066WhatsApp\u2069 +86 138 0013 8000</p>'),
  fc.constant('<p>WeChat ID: shop_8888 微信：abc12345 Telegram @fastshop VX: abcdef12</p>'),
  fc.constant('<p>Sildenafil 1:1 replica AAA quality Pfefferspray Ozempic pen case</p>'),
  fc.constant('<a href="javascript:alert(1)">www.paypal.com</a><a href=" data:text/html,x">x</a>'),
  fc.constant('<a href="https://xn--80ak6aa92e.com/">x</a><a href="https://aliexpres.com">y</a>'),
  fc.webUrl({ withQueryParameters: true, withFragments: true }).map((u) => `<a href="${u}">${u}</a>`),
  fc.string({ maxLength: 300 }).map((s) => `<a href="${s.replace(/"/g, '')}">${s}</a>`),
  fc.string({ maxLength: 50 }).map((s) => `<meta property="og:url" content="${s}"><html lang="${s}">`),
);

const hostileDocument = fc
  .array(fragment, { maxLength: 12 })
  .map((parts) => `<!doctype html><html><head><title>t</title></head><body>${parts.join('')}</body></html>`);

describe('analyzeDocument on random and hostile documents', () => {
  it.each(URLS)('never throws on %s', (url) => {
    fc.assert(
      fc.property(hostileDocument, (html) => {
        const analysis = analyzeDocument(documentFrom(html), url, { onError: () => {} });
        expect(Array.isArray(analysis.findings)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('classifyLink and linksFromText on arbitrary input', () => {
  it('never throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ maxLength: 200 }), (href, text) => {
        const link = classifyLink({ href, text, source: 'description' }, marketContext());
        expect(typeof link.suspicious).toBe('boolean');
        linksFromText({ title: '', description: href, specs: '', seller: text, safety: '' });
      }),
      { numRuns: 500 },
    );
  });

  it('classify any web URL into a contract kind', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (href) => {
        expect(classifyLink({ href, text: href, source: 'text' }, marketContext()).kind).toMatch(/^[a-z-]+$/);
      }),
      { numRuns: 300 },
    );
  });
});

// Near-matches: inputs that keep each pattern's quantifiers busy without ever completing a match.
const ADVERSARIAL: readonly [string, string][] = [
  ['letters', 'a'.repeat(50_000)],
  ['dotted labels', 'a.'.repeat(25_000)],
  ['hyphen labels', 'a-'.repeat(25_000)],
  ['long label then dot', `${'a'.repeat(62)}.`.repeat(800)],
  ['www runs', 'www.'.repeat(12_000)],
  ['schemes', 'http://'.repeat(7_000)],
  ['at signs', '@a'.repeat(25_000)],
  ['digits and spaces', '1 '.repeat(25_000)],
  ['phone near-misses', 'WhatsApp +1 2 '.repeat(3_500)],
  ['messenger names', 'WhatsApp WeChat Telegram 微信 VX QQ '.repeat(1_500)],
  ['labels without handles', 'WeChat ID ID ID nummer numero '.repeat(1_700)],
  ['colons', 'WeChat: : : : '.repeat(3_500)],
  ['ratios', '1:1 1:1:1:1 '.repeat(4_500)],
  ['replica words', 'replica replika réplique '.repeat(2_000)],
  ['term prefixes', 'sildenafi tadalafi semaglutid ozempi '.repeat(1_400)],
  ['punctuation', '.,;:!?'.repeat(8_000)],
  ['braces', '{'.repeat(50_000)],
  ['rtl overrides', '\u202Ea\u202C'.repeat(16_000)],
  ['cjk', '微信号码'.repeat(12_500)],
  ['percent', '%3A%2F'.repeat(8_000)],
];

describe('every reader completes on adversarial input', () => {
  it.each(ADVERSARIAL)('%s', (_name, text) => {
    const page = judgedPage({ texts: { title: text.slice(0, 500), description: text } });
    expect(Array.isArray(urlsInText(text))).toBe(true);
    expect(Array.isArray(linksFromText({ title: '', description: text, specs: '', seller: '', safety: '' }))).toBe(
      true,
    );
    expect(() => prohibitedCheck.run(page, readable)).not.toThrow();
    expect(() => counterfeitSignalCheck.run(page, readable)).not.toThrow();
    const link = classifyLink({ href: `https://x.example/?url=${text}`, text, source: 'description' }, marketContext());
    expect(typeof link.suspicious).toBe('boolean');
    expect(typeof classifyLink({ href: text, text: '', source: 'description' }, marketContext()).kind).toBe('string');
  });
});
