import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../../src/background/image-codes/decode';
import { fixtureImage, prepareDecoderForNode } from './zxing-node';

const WHATSAPP = 'https://wa.me/8613800138000';

describe('decodeImage (zxing-wasm) over the generated test images', () => {
  beforeAll(prepareDecoderForNode);

  it.each([
    ['qr-whatsapp.png', 'QRCode', WHATSAPP],
    ['qr-whatsapp-rotated.jpg', 'QRCode', WHATSAPP],
    ['qr-whatsapp-small.png', 'QRCode', WHATSAPP],
    ['qr-whatsapp-busy.jpg', 'QRCode', WHATSAPP],
    ['qr-telegram-noisy.jpg', 'QRCode', 'https://t.me/cheap_outlet_shop'],
    ['qr-offplatform-busy.png', 'QRCode', 'https://cheap-outlet-shop.example.com/p/lumora'],
    ['ean13.png', 'EAN13', '4068215937425'],
    ['ean13-noisy.jpg', 'EAN13', '4068215937425'],
  ])('%s carries %s %s', async (file, format, text) => {
    expect(await decodeImage(fixtureImage(file))).toEqual([{ format, text }]);
  });

  it.each(['none-busy.png', 'none-noisy.jpg', 'none-plain.png'])('%s carries nothing', async (file) => {
    expect(await decodeImage(fixtureImage(file))).toEqual([]);
  });

  it('gives nothing for bytes that are not an image', async () => {
    expect(await decodeImage(new TextEncoder().encode('not an image') as Uint8Array<ArrayBuffer>)).toEqual([]);
  });
});
