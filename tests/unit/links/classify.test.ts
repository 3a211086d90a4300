import { describe, expect, it } from 'vitest';
import { classifyLink } from '../../../src/core/links/classify';
import { classify, marketContext } from './support';

describe('classifyLink: kinds', () => {
  it.each([
    ['https://www.aliexpress.com/p/help-center/index.html', 'same-platform'],
    ['/store/912345', 'same-platform'],
    ['https://ae01.alicdn.com/kf/abc.jpg', 'same-platform'],
    ['https://www.aliexpress.us/item/1005002.html', 'other-listing'],
    ['https://de.aliexpress.com/item/1005009.html?spm=a2g0o', 'other-listing'],
    ['https://www.example-shop.de/product/1', 'off-platform'],
    ['https://bit.ly/3xYz', 'shortener'],
    ['https://a.aliexpress.com/_mKq1abc', 'shortener'],
    ['https://s.click.aliexpress.com/e/_DdqWxyz', 'affiliate-redirect'],
    ['https://amzn.to/3AbCdEf', 'shortener'],
    ['https://a.co/d/0abcDEF', 'shortener'],
    ['https://etsy.me/3abcDEF', 'shortener'],
    ['https://ebay.us/m/AbCdEf', 'shortener'],
    [
      'https://rover.ebay.com/rover/1/707-53477-19255-0/1?mpre=https%3A%2F%2Fwww.ebay.de%2Fitm%2F1',
      'affiliate-redirect',
    ],
    ['https://www.awin1.com/cread.php?awinmid=1&p=https%3A%2F%2Fshop.example', 'affiliate-redirect'],
    ['https://go.redirectingat.com/?id=1&url=https%3A%2F%2Fshop.example%2F', 'affiliate-redirect'],
    ['https://www.google.com/url?q=https://shop.example/', 'affiliate-redirect'],
    ['https://wa.me/8613800138000', 'messenger'],
    ['https://api.whatsapp.com/send?phone=8613800138000', 'messenger'],
    ['https://chat.whatsapp.com/AbCdEf', 'messenger'],
    ['https://t.me/fastshop', 'messenger'],
    ['https://telegram.me/fastshop', 'messenger'],
    ['weixin://dl/chat?shop8888', 'messenger'],
    ['https://u.wechat.com/abc', 'messenger'],
    ['https://signal.me/#p/+4915112345678', 'messenger'],
    ['viber://chat?number=%2B4915112345678', 'messenger'],
    ['https://line.me/ti/p/~shop', 'messenger'],
    ['https://open.kakao.com/o/sAbC', 'messenger'],
    ['javascript:alert(1)', 'unsafe-scheme'],
    [' JaVa\tScRiPt:alert(1)', 'unsafe-scheme'],
    ['data:text/html;base64,PHNjcmlwdD4=', 'unsafe-scheme'],
    ['file:///C:/Windows/system32', 'unsafe-scheme'],
    ['vbscript:msgbox(1)', 'unsafe-scheme'],
  ])('%s → %s', (href, kind) => {
    expect(classify(href).kind).toBe(kind);
  });

  it('treats the page itself as its own listing, not another one', () => {
    expect(classify('https://www.aliexpress.com/item/1005001.html#reviews').kind).toBe('same-platform');
  });

  it('keeps the contract fields and the source', () => {
    const link = classifyLink({ href: 'https://bit.ly/x', text: 'deal', source: 'seller' }, marketContext());
    expect(link).toEqual({
      href: 'https://bit.ly/x',
      text: 'deal',
      kind: 'shortener',
      suspicious: true,
      reasons: ['shortener:bit.ly'],
      source: 'seller',
    });
  });
});

describe('classifyLink: reasons and suspicion', () => {
  it('codes shorteners, affiliates, messengers and listings', () => {
    expect(classify('https://bit.ly/x').reasons).toEqual(['shortener:bit.ly']);
    expect(classify('https://s.click.aliexpress.com/e/_x').reasons).toEqual(['affiliate:s.click.aliexpress.com']);
    expect(classify('https://wa.me/1234567890').reasons).toEqual(['messenger:whatsapp']);
    expect(classify('https://www.aliexpress.com/item/1005002.html').reasons).toEqual(['listing:1005002']);
    expect(classify('javascript:void(0)').reasons).toEqual(['scheme:javascript']);
  });

  it('follows redirect parameters to their target', () => {
    const link = classify('https://l.facebook.com/l.php?u=https%3A%2F%2Fwa.me%2F8613800138000');
    expect(link.kind).toBe('messenger');
    expect(link.reasons).toEqual([
      'affiliate:l.facebook.com',
      'redirect-param:u',
      'redirect-target:wa.me',
      'messenger:whatsapp',
    ]);
  });

  it('sees an open redirect through the marketplace itself', () => {
    const link = classify('https://www.aliexpress.com/gp/r.htm?redirect=https://evil-shop.example/pay');
    expect(link.kind).toBe('affiliate-redirect');
    expect(link.reasons).toContain('redirect-param:redirect');
    expect(link.reasons).toContain('redirect-target:evil-shop.example');
  });

  it('marks a redirect to another listing with its id', () => {
    const link = classify('https://go.redirectingat.com/?url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F1005077.html');
    expect(link.kind).toBe('affiliate-redirect');
    expect(link.reasons).toContain('listing:1005077');
  });

  it('ignores same-site return parameters', () => {
    expect(classify('https://www.aliexpress.com/cart?return=https://www.aliexpress.com/').kind).toBe('same-platform');
    expect(classify('https://shop.example/login?next=/account').kind).toBe('off-platform');
    expect(classify('https://shop.example/search?to=berlin&url=not-a-url').kind).toBe('off-platform');
  });

  it('calls a listing link off the marketplace suspicious, but not contact details or safety documents', () => {
    expect(classify('https://www.example-shop.de/').suspicious).toBe(true);
    const doc = classifyLink({ href: 'https://maker.example/doc.pdf', text: '', source: 'safety' }, marketContext());
    expect(doc).toMatchObject({ kind: 'off-platform', suspicious: false, reasons: [] });
    const mail = classify('mailto:service@example-shop.de');
    expect(mail).toMatchObject({ kind: 'off-platform', suspicious: false, reasons: ['contact:mailto'] });
    expect(classify('tel:+4930123456').reasons).toEqual(['contact:tel']);
  });

  it('flags unusual schemes and unparsable hrefs without throwing', () => {
    expect(classify('intent://scan/#Intent;scheme=zxing;end')).toMatchObject({
      suspicious: true,
      reasons: ['scheme:intent'],
    });
    expect(classify('https://').reasons).toEqual(['unparsable']);
    expect(classify('http://[::1').reasons).toEqual(['unparsable']);
  });

  it.each([
    ['https://xn--80ak6aa92e.com/', 'homograph'], // Cyrillic "аррӏе"
    ['https://xn--liexpress-zyh.com/', 'homograph'], // Latin with a Cyrillic а
    ['https://xn--liexpress-zyh.com/', 'look-alike:aliexpress'],
    ['https://aliexpres.com/item/1.html', 'look-alike:aliexpress'],
    ['https://aliexpresss.com/', 'look-alike:aliexpress'],
    ['https://ailexpress.com/', 'look-alike:aliexpress'],
    ['https://amaz0n.de/dp/B0', 'look-alike:amazon'],
    ['https://arnazon.de/', 'look-alike:amazon'],
    ['https://aliexpress.com.secure-pay.example.ru/', 'brand-in-subdomain:aliexpress.com'],
    ['https://aliexpress-outlet.example/', 'brand-in-domain:aliexpress'],
    ['http://203.0.113.7/shop', 'ip-host'],
    ['https://aliexpress.com@evil.example/', 'credentials'],
  ])('%s has reason %s and is suspicious', (href, reason) => {
    const link = classify(href);
    expect(link.reasons).toContain(reason);
    expect(link.suspicious).toBe(true);
  });

  it('does not take honest domains for look-alikes', () => {
    for (const href of [
      'https://www.amazon.de/dp/B0',
      'https://www.ebay.de/itm/1',
      'https://www.example.com/',
      'https://xn--mnchen-3ya.de/', // münchen.de: accented Latin only
      'https://xn--e1afmkfd.xn--p1ai/', // пример.рф: Cyrillic only, reads as Cyrillic
      'https://ebay-kleinanzeigen.example/',
    ]) {
      const reasons = classify(href).reasons;
      expect(
        reasons.filter((r) => r !== 'idn' && !r.startsWith('brand-in-domain:ebay')),
        href,
      ).toEqual([]);
    }
    expect(classify('https://xn--mnchen-3ya.de/').reasons).toEqual(['idn']);
  });

  it('reports link text that names another domain', () => {
    expect(classify('https://evil.example/login', 'www.aliexpress.com').reasons).toContain(
      'text-names-other-domain:aliexpress.com',
    );
    expect(classify('javascript:steal()', 'https://www.paypal.com').reasons).toContain(
      'text-names-other-domain:paypal.com',
    );
  });

  it('accepts text that names the target, the redirect target or another own domain', () => {
    expect(classify('https://www.example-shop.de/x', 'example-shop.de').reasons).toEqual([]);
    expect(classify('https://www.aliexpress.us/p/help.html', 'aliexpress.com').reasons).toEqual([]);
    expect(classify('https://www.google.com/url?q=https://shop.example/', 'shop.example').reasons).not.toContain(
      'text-names-other-domain:shop.example',
    );
    expect(classify('mailto:info@example-shop.de', 'example-shop.de').reasons).toEqual(['contact:mailto']);
    expect(classify('https://www.example-shop.de/', 'Click here. Fast.Delivery').reasons).toEqual([]);
  });
});

describe('classifyLink on unknown shops (no adapter)', () => {
  const shop = { pageUrl: new URL('https://www.kleiner-laden.example/produkt/42'), adapter: null };

  it('compares with the page own registrable domain; leaving an own shop is not suspicious', () => {
    expect(classify('https://www.example-partner.de/', '', shop).suspicious).toBe(false);
    expect(classify('https://shop.kleiner-laden.example/agb', '', shop).kind).toBe('same-platform');
    expect(classify('https://www.aliexpress.com/item/1.html', '', shop).kind).toBe('off-platform');
  });

  it('keeps sites on a shared hosting suffix apart', () => {
    const hosted = { pageUrl: new URL('https://laden-a.myshopify.com/products/x'), adapter: null };
    expect(classify('https://laden-b.myshopify.com/', '', hosted).kind).toBe('off-platform');
  });

  it('never throws on garbage', () => {
    for (const href of [
      '',
      ' ',
      '\u0000',
      '%',
      '::::',
      'http://%zz',
      'https://a..b/',
      '\u202ehttps://x',
      'x'.repeat(100_000),
    ]) {
      expect(() => classify(href, href, shop)).not.toThrow();
    }
  });

  it('survives an adapter that throws', () => {
    const broken = {
      pageUrl: new URL('https://www.aliexpress.com/item/1.html'),
      adapter: {
        ...marketContext().adapter!,
        listingIdOf: () => {
          throw new Error('layout');
        },
      },
    };
    expect(classify('https://www.aliexpress.com/item/2.html', '', broken).kind).toBe('same-platform');
  });
});
