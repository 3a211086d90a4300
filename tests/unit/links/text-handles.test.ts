import { describe, expect, it } from 'vitest';
import type { ListingTexts } from '../../../src/core/facts';
import { classifyLink } from '../../../src/core/links/classify';
import { linksFromText } from '../../../src/core/links/text-handles';
import { urlsInText } from '../../../src/core/links/text-urls';
import { marketContext } from './support';

function texts(description: string, seller = ''): ListingTexts {
  return { title: '', description, specs: '', seller, safety: '' };
}

const hrefs = (description: string) => linksFromText(texts(description)).map((l) => l.href);

describe('linksFromText: messenger handles', () => {
  it.each([
    ['Contact us on WhatsApp +86 138 0013 8000 for wholesale', 'https://wa.me/8613800138000'],
    ['WhatsApp: 0086-138-0013-8000', 'https://wa.me/8613800138000'],
    ['WhatsApp-Nummer: +49 151 2345 6789', 'https://wa.me/4915123456789'],
    ['numéro WhatsApp : +33 6 12 34 56 78', 'https://wa.me/33612345678'],
    ['número de WhatsApp: +34 612 345 678', 'https://wa.me/34612345678'],
    ['numero WhatsApp: +39 312 345 6789', 'https://wa.me/393123456789'],
    ['WhatsApp-nummer: +31 6 12345678', 'https://wa.me/31612345678'],
    ['numer WhatsApp: +48 512 345 678', 'https://wa.me/48512345678'],
    ['WeChat ID: shop_8888', 'weixin://dl/chat?shop_8888'],
    ['Add WeChat: Fashion-Lin88', 'weixin://dl/chat?Fashion-Lin88'],
    ['VX: abcdef12', 'weixin://dl/chat?abcdef12'],
    ['微信：shop8888', 'weixin://dl/chat?shop8888'],
    ['加微信abc12345享优惠', 'weixin://dl/chat?abc12345'],
    ['Telegram @fastshop24', 'https://t.me/fastshop24'],
    ['Telegram: fastshop24', 'https://t.me/fastshop24'],
    ['Schreib uns auf Telegram-Kontakt: @laden_fix', 'https://t.me/laden_fix'],
    ['Signal: +49 151 2345 6789', 'https://signal.me/#p/+4915123456789'],
    ['Viber +380 67 123 4567', 'viber://chat?number=%2B380671234567'],
    ['Line ID: shop88', 'https://line.me/ti/p/~shop88'],
    ['QQ: 12345678', 'tencent://message/?uin=12345678'],
  ])('%s', (description, href) => {
    expect(hrefs(description)).toEqual([href]);
  });

  it('keeps the handle as written, with source "text"', () => {
    expect(linksFromText(texts('', 'Store: WeChat ID: shop_8888.'))).toEqual([
      { href: 'weixin://dl/chat?shop_8888', text: 'WeChat ID: shop_8888', source: 'text' },
    ]);
  });

  it.each([
    'Supports WhatsApp, WeChat, Telegram and Signal. 4G LTE, 2021 model, 1080p.',
    'WhatsApp 2021 1080 version preinstalled',
    'WeChat Pay and Alipay accepted',
    'WeChat official account',
    'Signal strength: 5 bars, Signal 868 MHz 12345678',
    'Telegram bot support, Telegram channel',
    'Line in / line out, line 2: 12345678',
    'Kompatibel mit WhatsApp und Telegram',
    'Compatible avec WhatsApp, Telegram',
    'QQ music, QQ Browser',
    'Quality VX series controller',
    'Tel: +49 30 1234567 (Mo-Fr)',
  ])('no handle in: %s', (description) => {
    expect(linksFromText(texts(description)).filter((l) => !l.href.startsWith('https://'))).toEqual([]);
    expect(hrefs(description)).toEqual([]);
  });

  it('classifies every handle as a messenger link', () => {
    const links = linksFromText(texts('WhatsApp +86 138 0013 8000, WeChat ID: shop_8888, Telegram @fastshop24'));
    expect(links.map((l) => classifyLink(l, marketContext()).kind)).toEqual(['messenger', 'messenger', 'messenger']);
  });
});

describe('linksFromText: addresses written as text', () => {
  it('finds URLs and bare domains', () => {
    expect(
      hrefs('Visit www.my-shop.example, bit.ly/abc123 or shop-outlet.de! Order at https://pay.example.com/x?y=1.'),
    ).toEqual([
      'https://www.my-shop.example/',
      'https://bit.ly/abc123',
      'https://shop-outlet.de/',
      'https://pay.example.com/x?y=1',
    ]);
  });

  it('finds messenger links written as text', () => {
    expect(hrefs('Chat: wa.me/8613800138000 or t.me/fastshop')).toEqual([
      'https://wa.me/8613800138000',
      'https://t.me/fastshop',
    ]);
  });

  it.each([
    'Art.no 12345, Ref.No 7',
    'Good quality.Best price. Fast.Delivery',
    'see manual.pdf and setup.exe, readme.md',
    'e.g. z.B. u.a. i.e. etc.',
    'Size 3.5mm, v1.2.3, 2.4GHz',
    'Contact: service@example-shop.de',
    'Node.js and ASP.NET compatible',
  ])('no address in: %s', (description) => {
    expect(hrefs(description)).toEqual([]);
  });

  it('does not repeat addresses the page already links', () => {
    const known = [
      { href: 'http://www.my-shop.example/', text: 'www.my-shop.example', source: 'description' as const },
    ];
    expect(linksFromText(texts('Visit www.my-shop.example today'), known)).toEqual([]);
    expect(linksFromText(texts('bit.ly/x bit.ly/x', 'bit.ly/x')).length).toBe(1);
  });

  it('urlsInText keeps the written form and the registrable domain', () => {
    expect(urlsInText('Shop: https://www.Example-Shop.co.uk/sale).')).toEqual([
      {
        text: 'https://www.Example-Shop.co.uk/sale',
        href: 'https://www.example-shop.co.uk/sale',
        domain: 'example-shop.co.uk',
      },
    ]);
    expect(urlsInText('WWW.SHOP.DE')[0]?.domain).toBe('shop.de');
    expect(urlsInText('Shop.de')[0]?.domain).toBe('shop.de');
  });
});
