import { describe, expect, it } from 'vitest';
import { LINK_CHECKS } from '../../../src/core/checks/links/index';
import type { Check, FindingDraft } from '../../../src/core/checks/types';
import type { FindingId } from '../../../src/core/model';
import { judgedPage, link, readable, type PageInput } from '../links/support';

function findings(input: PageInput): Partial<Record<FindingId, FindingDraft>> {
  const page = judgedPage(input);
  const out: Partial<Record<FindingId, FindingDraft>> = {};
  for (const check of LINK_CHECKS as readonly Check[]) {
    const draft = check.run(page, readable);
    if (draft) out[check.id] = draft;
  }
  return out;
}

describe('link checks', () => {
  it('registers one check per link finding id', () => {
    expect(LINK_CHECKS.map((c) => c.id).sort()).toEqual(
      [
        'links.deceptive-text',
        'links.hidden-listing',
        'links.image-code',
        'links.messenger',
        'links.off-platform',
        'links.redirect',
        'links.shortener',
        'links.unsafe-scheme',
      ].sort(),
    );
    for (const check of LINK_CHECKS) expect(check.pageTypes).toEqual(['product', 'seller']);
  });

  it('reports a code in an image once, as links.image-code, not again as a messenger or off-platform link', () => {
    const found = findings({
      links: [
        link('https://wa.me/8613800138000', 'https://ae01.alicdn.com/kf/qr.png', 'image'),
        link('https://shop-elsewhere.example/p/1', 'https://ae01.alicdn.com/kf/qr2.png', 'image'),
        link('https://bit.ly/abc', 'https://ae01.alicdn.com/kf/qr3.png', 'image'),
      ],
    });
    expect(Object.keys(found)).toEqual(['links.image-code']);
  });

  it('finds nothing on a listing with only marketplace links', () => {
    expect(
      findings({ links: [link('https://www.aliexpress.com/store/1'), link('/p/help.html', 'Help', 'seller')] }),
    ).toEqual({});
  });

  it('links.off-platform: description links to other sites, not the trader contact', () => {
    const result = findings({
      links: [
        link('https://www.example-shop.de/sale', 'our shop'),
        link('mailto:info@example-shop.de', 'mail'),
        link('https://www.example-shop.de/impressum', 'Impressum', 'seller'),
      ],
    });
    expect(result['links.off-platform']).toEqual({
      severity: 'medium',
      legalBasis: 'DSA Art. 16 (notice); DSA Art. 31',
      evidence: ['our shop → https://www.example-shop.de/sale'],
      params: ['1', 'www.example-shop.de'],
      count: 1,
    });
  });

  it('links.off-platform is high for a suspicious target, and silent on unknown shops', () => {
    expect(findings({ links: [link('https://aliexpres.com/pay')] })['links.off-platform']?.severity).toBe('high');
    expect(
      findings({ platform: 'generic', url: 'https://laden.example/p/1', links: [link('https://partner.example/')] }),
    ).toEqual({});
  });

  it('links.shortener', () => {
    const draft = findings({ links: [link('https://bit.ly/3abc', 'Sale!'), link('https://tinyurl.com/x')] })[
      'links.shortener'
    ];
    expect(draft).toMatchObject({ severity: 'medium', params: ['bit.ly, tinyurl.com'] });
    expect(draft?.evidence).toEqual(['Sale! → https://bit.ly/3abc', 'https://tinyurl.com/x']);
  });

  it('links.redirect: medium on marketplaces, low on unknown shops', () => {
    expect(findings({ links: [link('https://s.click.aliexpress.com/e/_x')] })['links.redirect']).toMatchObject({
      severity: 'medium',
      params: ['s.click.aliexpress.com'],
    });
    expect(
      findings({ platform: 'generic', url: 'https://blog.example/', links: [link('https://go.skimresources.com/?url=https%3A%2F%2Fshop.example%2F')] })[
        'links.redirect'
      ]?.severity,
    ).toBe('low');
  });

  it('links.messenger: links and written handles, also behind a redirect', () => {
    const result = findings({
      links: [
        link('https://wa.me/8613800138000', 'WhatsApp +86 138 0013 8000', 'text'),
        link('https://l.facebook.com/l.php?u=https%3A%2F%2Ft.me%2Fshop'),
      ],
    });
    expect(result['links.messenger']).toMatchObject({ severity: 'high', params: ['whatsapp, telegram'] });
    expect(result['links.messenger']?.legalBasis).toContain('DSA Art. 30');
  });

  it('links.messenger is silent on an unknown shop (customer service there)', () => {
    expect(
      findings({ platform: 'generic', url: 'https://laden.example/', links: [link('https://wa.me/4930123')] }),
    ).toEqual({});
  });

  it('links.hidden-listing: high when concealed, medium for a visible cross-link', () => {
    expect(
      findings({ links: [link('https://www.aliexpress.com/item/1005999.html', '', 'image')] })['links.hidden-listing'],
    ).toMatchObject({ severity: 'high', params: ['1005999'] });
    expect(
      findings({ links: [link('https://www.aliexpress.com/item/1005999.html', 'Matching phone case')] })[
        'links.hidden-listing'
      ]?.severity,
    ).toBe('medium');
    expect(
      findings({
        links: [link('https://go.redirectingat.com/?url=https%3A%2F%2Fwww.aliexpress.com%2Fitem%2F7.html', 'x y')],
      })['links.hidden-listing']?.severity,
    ).toBe('high');
    // the trader's own store widget is not the listing's content
    expect(findings({ links: [link('https://www.aliexpress.com/item/8.html', 'Top seller', 'seller')] })).toEqual({});
  });

  it('links.deceptive-text', () => {
    expect(
      findings({ links: [link('https://pay-secure.example/', 'www.aliexpress.com/checkout')] })['links.deceptive-text'],
    ).toMatchObject({ severity: 'high', params: ['aliexpress.com'] });
  });

  it('links.unsafe-scheme: script links high, data: and file: medium', () => {
    expect(findings({ links: [link('javascript:alert(1)', 'Coupon')] })['links.unsafe-scheme']).toMatchObject({
      severity: 'high',
      params: ['javascript'],
    });
    expect(findings({ links: [link('data:text/html,hi')] })['links.unsafe-scheme']?.severity).toBe('medium');
  });
});
