import { readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';

/** What a listing image can carry that matters here: QR codes (addresses, contacts) and retail barcodes (GTINs). */
const OPTIONS: ReaderOptions = {
  formats: ['QRCode', 'MicroQRCode', 'EAN13', 'EAN8', 'UPCA', 'UPCE'],
  tryHarder: true,
  tryRotate: true,
  tryDownscale: true,
  maxNumberOfSymbols: 8,
};

/** File types the reader decodes itself (stb_image); others (WebP, AVIF) go through the browser's decoder. */
const READER_TYPES = /^image\/(png|jpe?g|gif|bmp)$/i;

export interface DecodedCode {
  /** zxing's name: "QRCode", "EAN13"… */
  format: string;
  text: string;
}

async function pixels(image: Blob): Promise<ImageData> {
  const bitmap = await createImageBitmap(image);
  try {
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  } finally {
    bitmap.close();
  }
}

/** Decodes the codes in one image file; no canvas is needed for PNG, JPEG, GIF and BMP. */
export async function decodeImage(image: Blob | Uint8Array<ArrayBuffer>): Promise<DecodedCode[]> {
  const input =
    image instanceof Blob && !READER_TYPES.test(image.type) && typeof createImageBitmap === 'function'
      ? await pixels(image)
      : image;
  const results = await readBarcodes(input, OPTIONS);
  return results.filter((r) => r.isValid && r.text !== '').map((r) => ({ format: r.format, text: r.text }));
}
