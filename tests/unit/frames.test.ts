import { describe, expect, it } from 'vitest';
import { descriptionItemIdOf } from '../../src/core/adapters/ebay/description-frame';
import { extractPage } from '../../src/core/extract';
import type { PageFacts, RawLink } from '../../src/core/facts';
import { describedBy, frameReaderFor, withDescriptionFrame, type DescriptionFrame } from '../../src/core/frames';
import { judgePage } from '../../src/core/judge';
import { documentFrom } from '../support/dom';
import { listFixtures, readFixtureHtml } from '../support/fixtures';
import { listFrameFixtures, readFrameHtml } from '../support/frames';

const ITEM = '335812907766';
const PAGE_URL = `https://www.ebay.fr/itm/Lot-3-Torchons/${ITEM}`;
const WHATSAPP: RawLink = { href: 'https://wa.me/33612345678', text: 'WhatsApp', source: 'description' };

/** An eBay item page whose description is only in its frame, as the page's content script reads it. */
function framedPage(overrides: Partial<PageFacts> = {}): PageFacts {
  const html = `<html lang="fr"><body><h1 class="x-item-title__mainTitle">Torchons</h1>
    <iframe id="desc_ifr" src="https://itm.ebaydesc.com/itmdesc/${ITEM}"></iframe></body></html>`;
  return { ...extractPage(documentFrom(html), PAGE_URL), ...overrides };
}

function frame(overrides: Partial<DescriptionFrame> = {}): DescriptionFrame {
  return {
    platform: 'ebay',
    listingId: ITEM,
    links: [WHATSAPP],
    text: 'Écrivez-nous sur WhatsApp',
    images: [],
    ...overrides,
  };
}

describe('eBay description frame addresses', () => {
  it.each([
    [`https://itm.ebaydesc.com/itmdesc/${ITEM}?t=0&category=20625&seller=x&excSoj=1&ver=0`, ITEM],
    [`https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?ViewItemDescV4&item=${ITEM}&t=1704984880000`, ITEM],
    [`https://vi.raptor.ebaydesc.com/ws/eBayISAPI.dll?ViewItemDescV4&item=${ITEM}`, ITEM],
  ])('%s describes item %s', (url, item) => {
    expect(descriptionItemIdOf(new URL(url))).toBe(item);
  });

  it.each([
    `http://itm.ebaydesc.com/itmdesc/${ITEM}`,
    `https://itm.ebaydesc.com.evil.example/itmdesc/${ITEM}`,
    `https://ebaydesc-com.example/itmdesc/${ITEM}`,
    `https://www.ebay.fr/itm/${ITEM}`,
    'https://itm.ebaydesc.com/itmdesc/not-a-number',
    'https://vi.vipr.ebaydesc.com/ws/eBayISAPI.dll?ViewItemDescV4&item=12ab',
  ])('%s is no description frame', (url) => {
    expect(descriptionItemIdOf(new URL(url))).toBeNull();
    expect(describedBy(url, frame())).toBeNull();
  });

  it('takes the listing from the frame address, not from what the frame sent', () => {
    expect(describedBy(`https://itm.ebaydesc.com/itmdesc/${ITEM}`, { links: [], text: 'x', images: [] })).toEqual({
      platform: 'ebay',
      listingId: ITEM,
      links: [],
      text: 'x',
      images: [],
    });
  });

  it('reads nothing in a frame without the description block: the description stays unreadable', () => {
    const url = new URL(`https://itm.ebaydesc.com/itmdesc/${ITEM}`);
    expect(frameReaderFor(url)?.read(documentFrom('<html><body><p>Captcha</p></body></html>'), url)).toBeNull();
  });
});

describe('withDescriptionFrame', () => {
  it('keeps the description unreadable while the frame has not reported', () => {
    expect(framedPage().unreadable).toEqual(expect.arrayContaining(['links', 'texts.description']));
  });

  it("adds the frame's links, text and images, and the description is read", () => {
    const page = framedPage({ images: ['https://i.ebayimg.com/images/g/a/s-l1600.jpg'] });
    const merged = withDescriptionFrame(page, frame({ images: ['https://i.ebayimg.com/images/g/b/s-l1600.jpg'] }));
    expect(merged.links).toEqual([WHATSAPP]);
    expect(merged.texts.description).toBe('Écrivez-nous sur WhatsApp');
    expect(merged.unreadable).not.toContain('links');
    expect(merged.unreadable).not.toContain('texts.description');
    expect(merged.images).toEqual([
      'https://i.ebayimg.com/images/g/a/s-l1600.jpg',
      'https://i.ebayimg.com/images/g/b/s-l1600.jpg',
    ]);
    expect(merged.unreadable).toEqual(page.unreadable.filter((f) => f !== 'links' && f !== 'texts.description'));
  });

  it('keeps codes already found in the images unless the frame adds images (then all are scanned again)', () => {
    const code = { image: 'https://i.ebayimg.com/images/g/a/s-l1600.jpg', format: 'QRCode', text: 'x' };
    const page = framedPage({ images: [code.image], imageCodes: [code] });
    expect(withDescriptionFrame(page, frame()).imageCodes).toEqual([code]);
    expect(withDescriptionFrame(page, frame({ images: [code.image] })).imageCodes).toEqual([code]);
    expect(
      withDescriptionFrame(page, frame({ images: ['https://i.ebayimg.com/images/g/b/s-l1600.jpg'] })),
    ).not.toHaveProperty('imageCodes');
  });

  it("leaves another listing's page, another platform and a non-product page unchanged", () => {
    const page = framedPage();
    expect(withDescriptionFrame(page, frame({ listingId: '335812907700' }))).toBe(page);
    expect(withDescriptionFrame(page, frame({ platform: 'amazon' }))).toBe(page);
    const search = { ...page, pageType: 'search' as const };
    expect(withDescriptionFrame(search, frame())).toBe(search);
  });

  it('leaves a page that shows its description inline unchanged (the frame holds the same)', () => {
    const inline = framedPage({ unreadable: [] });
    expect(withDescriptionFrame(inline, frame())).toBe(inline);
  });

  it('is the same when merged twice', () => {
    const once = withDescriptionFrame(framedPage(), frame());
    expect(withDescriptionFrame(once, frame())).toBe(once);
  });
});

describe.each(listFrameFixtures().map((f) => [f.name, f] as const))('frame fixture %s', (_name, fixture) => {
  const page = listFixtures().find((f) => f.name === fixture.page);
  if (!page) throw new Error(`no page fixture ${fixture.page}`);
  const url = new URL(fixture.url);
  const reader = frameReaderFor(url);
  const content = reader?.read(documentFrom(readFrameHtml(fixture)), url) ?? null;
  const pageFacts = extractPage(documentFrom(readFixtureHtml(page)), page.url);

  it("is shown by its page's description iframe", () => {
    expect(readFixtureHtml(page)).toContain(`src="${fixture.url}`);
  });

  it('reads the images at full size', () => {
    expect(content?.images).toEqual(fixture.expected.images);
  });

  it("gives the page's analysis the description's findings", () => {
    const described = content ? describedBy(fixture.url, content) : null;
    if (!described) throw new Error('the frame did not read');
    const analysis = judgePage(withDescriptionFrame(pageFacts, described));
    expect(analysis.findings.map((f) => f.id).sort()).toEqual([...fixture.expected.findings].sort());
    expect(analysis.unreadable).not.toContain('links');
    expect(analysis.unreadable).not.toContain('texts.description');
  });
});
