import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { onImageHost } from '../../../src/background/image-codes/hosts';
import { extractPage } from '../../../src/core/extract';
import { listFixtures, readFixtureHtml } from '../../support/fixtures';

function imagesOf(name: string): string[] | undefined {
  const fixture = listFixtures().find((f) => f.name === name);
  if (!fixture) throw new Error(`no fixture ${name}`);
  return extractPage(parseHTML(readFixtureHtml(fixture)).document as unknown as Document, fixture.url).images;
}

describe('listing images (gallery and description, full size, never recommendations)', () => {
  it('Temu: gallery and description, without the resizing query, not the shop badge nor "Entdecke mehr"', () => {
    const base = 'https://img.kwcdn.com/product/fancy/c1d2e3f4-5a6b-7c8d-9e0f-a1b2c3d4e5f6';
    expect(imagesOf('temu/de-complete')).toEqual([
      `${base}0.jpg`,
      `${base}1.jpg`,
      `${base}2.jpg`,
      `${base}3.jpg`,
      'https://img.kwcdn.com/product/fancy/c1d2e3f4-detail-01.jpg',
    ]);
  });

  it('Amazon: the main image at full size, not the "customers also bought" or sponsored carousels', () => {
    expect(imagesOf('amazon/de-complete')).toEqual(['https://m.media-amazon.com/images/I/71K2M4QXL.jpg']);
    expect(imagesOf('amazon/fr-complete')).toEqual(['https://m.media-amazon.com/images/I/714T8M2LL.jpg']);
  });

  it('eBay: the picture carousel at full size (s-l1600), not the similar-items carousels', () => {
    expect(imagesOf('ebay/de-complete')).toEqual(['https://i.ebayimg.com/images/g/334871AAOSw1/s-l1600.jpg']);
    expect(imagesOf('ebay/it-complete')).toEqual(['https://i.ebayimg.com/images/g/776120AAOSw1/s-l1600.jpg']);
  });

  it('Shein: gallery (lazy thumbnails too) and description at full size, not "similar items" nor "customers also bought"', () => {
    const base = 'https://img.ltwebstatic.com/images3_spmp/2024/05/11/fa/28493017';
    expect(imagesOf('shein/de-complete')).toEqual([
      `${base}a1.jpg`,
      `${base}a2.webp`,
      `${base}a3.webp`,
      `${base}d1.jpg`,
    ]);
  });

  it('Allegro: gallery box (s512, s128 copies) and description at the original size, not "similar offers"', () => {
    expect(imagesOf('allegro/pl-complete')).toEqual([
      'https://a.allegroimg.com/original/112214/e3b0c44298fc1c149afbf4c8996fb924',
      'https://a.allegroimg.com/original/112214b/7c1e90a4d2f84b6b9e3a5c0d1f2e3a4b',
      'https://a.allegroimg.com/original/112214d/9a8b7c6d5e4f40312a1b2c3d4e5f6a7b',
    ]);
  });

  it('bol.com: the image viewer as shown, not the recommendations carousel', () => {
    expect(imagesOf('bol/nl-complete')).toEqual([
      'https://media.s-bol.com/654321/550x550.jpg',
      'https://media.s-bol.com/654321/2/550x413.jpg',
    ]);
  });

  it('Etsy: the image carousel (panes and thumbnails) at il_fullxfull, not "you may also like"', () => {
    const base = 'https://i.etsystatic.com/54321/r/il';
    expect(imagesOf('etsy/de-complete')).toEqual([
      `${base}/1a2b3c/5561234567/il_fullxfull.5561234567_xr1w.jpg`,
      `${base}/9db3c0/5561234568/il_fullxfull.5561234568_mjym.jpg`,
    ]);
  });

  it.each(['shein/de-changed-layout', 'allegro/pl-changed-layout', 'etsy/fr-changed-layout'])(
    '%s: a layout without the known gallery lists no image, and never the recommendations',
    (name) => {
      expect(imagesOf(name)).toEqual([]);
    },
  );

  it('a search page lists no image', () => {
    const document = parseHTML(
      '<div data-component="listing-page-image-carousel"><img src="https://i.etsystatic.com/1/r/il/a/1/il_75x75.1_a.jpg"></div>',
    ).document;
    expect(
      extractPage(document as unknown as Document, 'https://www.etsy.com/de/search?q=rassel').images,
    ).toBeUndefined();
  });

  it.each(['temu', 'amazon', 'ebay', 'shein', 'allegro', 'bol', 'etsy'])(
    '%s: every listed image is on an image host the extension may fetch from',
    (platform) => {
      for (const fixture of listFixtures().filter((f) => f.name.startsWith(`${platform}/`))) {
        for (const image of imagesOf(fixture.name) ?? [])
          expect(onImageHost(image), `${fixture.name}: ${image}`).toBe(true);
      }
    },
  );
});

describe('image hosts', () => {
  it('are the listing-image CDNs only, not their neighbours', () => {
    for (const url of [
      'https://img.kwcdn.com/a.jpg',
      'https://m.media-amazon.com/images/I/a.jpg',
      'https://i.ebayimg.com/images/g/a/s-l1600.jpg',
      'https://ae01.alicdn.com/kf/a.jpg',
      'https://img.ltwebstatic.com/images3_pi/a.jpg',
      'https://a.allegroimg.com/original/a',
      'https://media.s-bol.com/a/550x550.jpg',
      'https://i.etsystatic.com/1/r/il/a/1/il_fullxfull.1_a.jpg',
    ]) {
      expect(onImageHost(url), url).toBe(true);
    }
    for (const url of [
      'https://aimg.kwcdn.com/a.png',
      'https://static.kwcdn.com/a.js',
      'https://images-eu.ssl-images-amazon.com/a.jpg',
      'https://img.kwcdn.com.evil.example/a.jpg',
      'http://img.kwcdn.com/a.jpg',
      'https://sheinsz.ltwebstatic.com/she_dist/a.js',
      'https://assets.allegrostatic.com/a.css',
    ]) {
      expect(onImageHost(url), url).toBe(false);
    }
  });
});
