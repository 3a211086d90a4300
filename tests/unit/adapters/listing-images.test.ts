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

  it("Shein: the state's gallery first (also images the markup has not rendered), then the description markup, each once", () => {
    const base = 'https://img.ltwebstatic.com/images3_spmp/2024/05/11/fa/31877205';
    expect(imagesOf('shein/de-partial')).toEqual([
      `${base}a1.jpg`,
      `${base}a2.webp`,
      `${base}a3.webp`,
      `${base}a4.webp`,
      `${base}d1.jpg`,
    ]);
  });

  it("Allegro: the gallery box's images first (also one the markup has not rendered), then the markup, each once", () => {
    const base = 'https://a.allegroimg.com/original/115871';
    expect(imagesOf('allegro/pl-partial')).toEqual([
      `${base}/e3b0c44298fc1c149afbf4c8996fb924`,
      `${base}b/7c1e90a4d2f84b6b9e3a5c0d1f2e3a4b`,
      `${base}e/3f2a1b0c9d8e47f6a5b4c3d2e1f0a9b8`,
      `${base}d/9a8b7c6d5e4f40312a1b2c3d4e5f6a7b`,
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

  it.each(['shein/fr-changed-layout', 'allegro/pl-changed-layout', 'etsy/fr-changed-layout'])(
    '%s: a layout without the known gallery (in markup or state) lists no image, and never the recommendations',
    (name) => {
      expect(imagesOf(name)).toEqual([]);
    },
  );

  it('changed layouts whose state still carries the gallery: its images are found, not the recommendations', () => {
    const shein = 'https://img.ltwebstatic.com/images3_spmp/2024/05/11/fa/29900412';
    expect(imagesOf('shein/de-changed-layout')).toEqual([`${shein}a1.jpg`, `${shein}a2.webp`, `${shein}a3.webp`]);
    const allegro = 'https://a.allegroimg.com/original/116502';
    expect(imagesOf('allegro/cs-changed-layout')).toEqual([
      `${allegro}/e3b0c44298fc1c149afbf4c8996fb924`,
      `${allegro}b/7c1e90a4d2f84b6b9e3a5c0d1f2e3a4b`,
    ]);
  });

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

function imagesOfPage(html: string, url: string): string[] | undefined {
  return extractPage(parseHTML(`<!DOCTYPE html><html><body>${html}</body></html>`).document as unknown as Document, url)
    .images;
}

describe('listing images from the embedded state (Shein gbRawData, Allegro serialised boxes)', () => {
  const cdn = '//img.ltwebstatic.com/images3_pi/2024/01/01/aa/';
  const sheinUrl = 'https://de.shein.com/Holz-Lernuhr-p-123456.html';
  const sheinState = (modules: unknown) =>
    `<script>window.gbRawData = ${JSON.stringify({ modules })};document.dispatchEvent(new Event("x"));</script>`;
  const sheinGallery = (...names: string[]) =>
    `<div class="product-intro__gallery">${names.map((n) => `<img src="https:${cdn}${n}_thumbnail_220x293.jpg">`).join('')}</div>`;
  const allegroUrl = 'https://allegro.pl/oferta/klocki-drewniane-15873302214';
  const allegroBox = (id: string, props: unknown) =>
    `<script type="application/json" data-serialize-box-id="${id}">${JSON.stringify(props)}</script>`;
  const allegroGallery = (...paths: string[]) =>
    `<div data-box-name="showoffer.gallery">${paths.map((p) => `<img src="https://a.allegroimg.com/s128/${p}">`).join('')}</div>`;

  it('Shein, state only: main then detail images, full size, protocol-relative made https (even on an http page)', () => {
    const state = sheinState({
      productInfo: {
        goods_imgs: {
          main_image: { origin_image: `${cdn}main.jpg` },
          detail_image: [{ origin_image: `${cdn}d1_thumbnail_405x552.jpg` }, `${cdn}d2.webp`, { origin_image: '' }],
        },
      },
    });
    expect(imagesOfPage(state, sheinUrl.replace('https:', 'http:'))).toEqual([
      `https:${cdn}main.jpg`,
      `https:${cdn}d1.jpg`,
      `https:${cdn}d2.webp`,
    ]);
  });

  it('Shein, state without goods_imgs: goods_img is the main image', () => {
    expect(
      imagesOfPage(sheinState({ productInfo: { goods_img: `${cdn}main_thumbnail_405x552.jpg` } }), sheinUrl),
    ).toEqual([`https:${cdn}main.jpg`]);
  });

  it('Shein, markup only (no state, or a state without the gallery): the gallery markup', () => {
    expect(imagesOfPage(sheinGallery('m1'), sheinUrl)).toEqual([`https:${cdn}m1.jpg`]);
    expect(imagesOfPage(sheinState({ productInfo: { goods_id: '123456' } }) + sheinGallery('m1'), sheinUrl)).toEqual([
      `https:${cdn}m1.jpg`,
    ]);
  });

  it('Shein, both: state first, each image once', () => {
    const state = sheinState({ productInfo: { goods_imgs: { main_image: { origin_image: `${cdn}m1.jpg` } } } });
    expect(imagesOfPage(state + sheinGallery('m1', 'm2'), sheinUrl)).toEqual([
      `https:${cdn}m1.jpg`,
      `https:${cdn}m2.jpg`,
    ]);
  });

  it('Shein: recommendations and other colours in the state are never listed', () => {
    const card = { goods_img: `${cdn}other.jpg`, goods_imgs: { main_image: { origin_image: `${cdn}other.jpg` } } };
    const state = sheinState({
      productInfo: { goods_img: `${cdn}own.jpg`, relation_color: [card] },
      recommend: { similarGoods: [card] },
      goods_imgs: { detail_image: [`${cdn}other.jpg`] },
    });
    expect(imagesOfPage(state, sheinUrl)).toEqual([`https:${cdn}own.jpg`]);
  });

  it("Allegro, state only: the gallery box's original, else url, else thumbnail (made full size)", () => {
    const gallery = allegroBox('g', {
      images: [
        { original: 'https://a.allegroimg.com/original/1/a', thumbnail: 'https://a.allegroimg.com/s128/1/a' },
        { url: 'https://a.allegroimg.com/original/1/b' },
        { thumbnail: '//a.allegroimg.com/s128/1/c' },
        { alt: 'no address' },
      ],
    });
    expect(imagesOfPage(gallery, allegroUrl)).toEqual([
      'https://a.allegroimg.com/original/1/a',
      'https://a.allegroimg.com/original/1/b',
      'https://a.allegroimg.com/original/1/c',
    ]);
  });

  it("Allegro, the offer box's images when there is no gallery box", () => {
    const offer = allegroBox('o', {
      offer: { id: '15873302214', images: [{ original: 'https://a.allegroimg.com/original/1/a' }] },
    });
    expect(imagesOfPage(offer, allegroUrl)).toEqual(['https://a.allegroimg.com/original/1/a']);
  });

  it('Allegro, markup only, and both (state first, each image once)', () => {
    expect(imagesOfPage(allegroGallery('1/m'), allegroUrl)).toEqual(['https://a.allegroimg.com/original/1/m']);
    const gallery = allegroBox('g', { images: [{ original: 'https://a.allegroimg.com/original/1/a' }] });
    expect(imagesOfPage(gallery + allegroGallery('1/m', '1/a'), allegroUrl)).toEqual([
      'https://a.allegroimg.com/original/1/a',
      'https://a.allegroimg.com/original/1/m',
    ]);
  });

  it('Allegro: "similar offers" in the boxes are never listed', () => {
    const similar = allegroBox('s', {
      items: [{ id: '1', images: [{ original: 'https://a.allegroimg.com/original/9/x' }] }],
    });
    expect(imagesOfPage(similar, allegroUrl)).toEqual([]);
  });
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
