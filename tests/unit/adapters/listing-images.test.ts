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

  it.each(['temu', 'amazon', 'ebay'])(
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
    ]) {
      expect(onImageHost(url), url).toBe(true);
    }
    for (const url of [
      'https://aimg.kwcdn.com/a.png',
      'https://static.kwcdn.com/a.js',
      'https://images-eu.ssl-images-amazon.com/a.jpg',
      'https://img.kwcdn.com.evil.example/a.jpg',
      'http://img.kwcdn.com/a.jpg',
    ]) {
      expect(onImageHost(url), url).toBe(false);
    }
  });
});
