import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeImage } from '../../../src/background/image-codes/decode';
import { CodeCache, MAX_IMAGES, scanImages } from '../../../src/background/image-codes/scan';
import { fixtureImage, prepareDecoderForNode } from './zxing-node';

const CDN = 'https://ae01.alicdn.com/kf/';

function serve(files: Record<string, string>) {
  const fetchMock = vi.fn(async (url: string) => {
    const name = files[url];
    return name
      ? new Response(new Blob([fixtureImage(name)], { type: 'image/png' }))
      : new Response('', { status: 404 });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('scanImages', () => {
  beforeAll(prepareDecoderForNode);
  afterEach(() => void vi.unstubAllGlobals());

  it('decodes the listing images on the CDN, names the image, and skips missing ones', async () => {
    const fetchMock = serve({
      [`${CDN}a.png`]: 'qr-whatsapp.png',
      [`${CDN}b.jpg`]: 'none-busy.png',
      [`${CDN}c.png`]: 'ean13.png',
    });
    const codes = await scanImages(
      [`${CDN}a.png`, `${CDN}b.jpg`, `${CDN}missing.jpg`, `${CDN}c.png`, 'https://evil.example/x.png'],
      {
        decode: decodeImage,
        cache: new CodeCache(),
        signal: new AbortController().signal,
      },
    );
    expect(codes).toEqual([
      { image: `${CDN}a.png`, format: 'QRCode', text: 'https://wa.me/8613800138000' },
      { image: `${CDN}c.png`, format: 'EAN13', text: '4068215937425' },
    ]);
    expect(fetchMock).toHaveBeenCalledTimes(4); // never off the image CDNs
  });

  it(`fetches at most ${MAX_IMAGES} images, and each URL once across listings`, async () => {
    const urls = Array.from({ length: 30 }, (_, i) => `${CDN}${i}.png`);
    const fetchMock = serve(Object.fromEntries(urls.map((u) => [u, 'none-plain.png'])));
    const cache = new CodeCache();
    const options = { decode: decodeImage, cache, signal: new AbortController().signal };
    await scanImages(urls, options);
    await scanImages(urls, options);
    expect(fetchMock).toHaveBeenCalledTimes(MAX_IMAGES);
  });

  it('stops when cancelled (the user navigated away)', async () => {
    serve({ [`${CDN}a.png`]: 'qr-whatsapp.png', [`${CDN}b.png`]: 'qr-whatsapp.png' });
    const controller = new AbortController();
    const decode = vi.fn(async (blob: Blob) => {
      controller.abort();
      return decodeImage(blob);
    });
    await expect(
      scanImages([`${CDN}a.png`, `${CDN}b.png`], { decode, cache: new CodeCache(), signal: controller.signal }),
    ).rejects.toThrow();
    expect(decode).toHaveBeenCalledTimes(1);
  });

  it('keeps a bounded cache, dropping the oldest URL first', () => {
    const cache = new CodeCache(2);
    cache.set('a', []);
    cache.set('b', []);
    cache.get('a');
    cache.set('c', []);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([[], undefined, []]);
  });
});
