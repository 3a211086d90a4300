// Writes the QR / barcode test images in tests/fixtures/images (issue 8): `tsx scripts/gate-images.ts`.
// QR matrices come from the `qrcode` package; rotation, noise and busy backgrounds are drawn here, then encoded
// with pngjs and jpeg-js. Deterministic (seeded), so the committed images only change when this script does.
import { mkdirSync, writeFileSync } from 'node:fs';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';

const OUT = new URL('../tests/fixtures/images/', import.meta.url);

interface Raster {
  width: number;
  height: number;
  data: Buffer;
}

/** A code as a grid of dark (true) and light cells, with its quiet zone. */
type Cells = { width: number; height: number; dark(x: number, y: number): boolean };

function qrCells(text: string): Cells {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const quiet = 4;
  const size = modules.size + 2 * quiet;
  return {
    width: size,
    height: size,
    dark: (x, y) =>
      x >= quiet && y >= quiet && x < size - quiet && y < size - quiet && modules.get(y - quiet, x - quiet) === 1,
  };
}

// EAN-13: left digits in L or G code by the first digit's parity pattern, right digits in R code.
const L = [
  '0001101',
  '0011001',
  '0010011',
  '0111101',
  '0100011',
  '0110001',
  '0101111',
  '0111011',
  '0110111',
  '0001011',
];
const G = L.map((code) =>
  [...code]
    .map((b) => (b === '1' ? '0' : '1'))
    .reverse()
    .join(''),
);
const R = L.map((code) => [...code].map((b) => (b === '1' ? '0' : '1')).join(''));
const PARITY = ['LLLLLL', 'LLGLGG', 'LLGGLG', 'LLGGGL', 'LGLLGG', 'LGGLLG', 'LGGGLL', 'LGLGLG', 'LGLGGL', 'LGGLGL'];

function ean13Cells(digits: string): Cells {
  const d = [...digits].map(Number);
  const parity = PARITY[d[0]!]!;
  let bits = '101';
  for (let i = 1; i <= 6; i++) bits += (parity[i - 1] === 'L' ? L : G)[d[i]!];
  bits += '01010';
  for (let i = 7; i <= 12; i++) bits += R[d[i]!];
  bits += '101';
  const quiet = 11;
  const width = bits.length + 2 * quiet;
  return {
    width,
    height: 60,
    dark: (x, y) => y >= 5 && y < 55 && x >= quiet && x < width - quiet && bits[x - quiet] === '1',
  };
}

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
}

type Background = (x: number, y: number) => [number, number, number];
const plain: Background = () => [255, 255, 255];
/** Stripes, a gradient and blocks of colour: what a product photo around a printed code looks like to a decoder. */
function busy(seed: number): Background {
  const next = random(seed);
  const blocks = Array.from(
    { length: 40 },
    () => [next() * 800, next() * 800, 20 + next() * 120, [next() * 255, next() * 255, next() * 255]] as const,
  );
  return (x, y) => {
    for (const [bx, by, size, colour] of blocks)
      if (x >= bx && y >= by && x < bx + size && y < by + size) return [colour[0], colour[1], colour[2]];
    const stripe = Math.floor((x + y) / 12) % 2 === 0 ? 40 : 0;
    return [120 + stripe + (x % 97), 90 + (y % 113), 160 - stripe];
  };
}

interface Placement {
  width: number;
  height: number;
  /** Pixels per cell. */
  scale: number;
  /** Degrees. */
  angle?: number;
  background?: Background;
  /** Amplitude of the added noise, 0–255. */
  noise?: number;
  seed?: number;
}

/** Draws the code in the middle of the image, rotated by inverse mapping each pixel. */
function render(cells: Cells | null, p: Placement): Raster {
  const data = Buffer.alloc(p.width * p.height * 4);
  const angle = ((p.angle ?? 0) * Math.PI) / 180;
  const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
  const next = random(p.seed ?? 1);
  const background = p.background ?? plain;
  for (let y = 0; y < p.height; y++) {
    for (let x = 0; x < p.width; x++) {
      const dx = x - p.width / 2;
      const dy = y - p.height / 2;
      let colour = background(x, y);
      if (cells) {
        const cx = (cos * dx + sin * dy) / p.scale + cells.width / 2;
        const cy = (-sin * dx + cos * dy) / p.scale + cells.height / 2;
        if (cx >= 0 && cy >= 0 && cx < cells.width && cy < cells.height) {
          colour = cells.dark(Math.floor(cx), Math.floor(cy)) ? [20, 20, 20] : [250, 250, 250];
        }
      }
      const noise = p.noise ? (next() - 0.5) * 2 * p.noise : 0;
      const i = (y * p.width + x) * 4;
      for (let c = 0; c < 3; c++) data[i + c] = Math.max(0, Math.min(255, Math.round(colour[c]! + noise)));
      data[i + 3] = 255;
    }
  }
  return { width: p.width, height: p.height, data };
}

function write(name: string, raster: Raster): void {
  const bytes = name.endsWith('.png')
    ? PNG.sync.write(Object.assign(new PNG({ width: raster.width, height: raster.height }), { data: raster.data }))
    : jpeg.encode(raster, 80).data;
  writeFileSync(new URL(name, OUT), bytes);
}

export const WHATSAPP = 'https://wa.me/8613800138000';
export const TELEGRAM = 'https://t.me/cheap_outlet_shop';
export const OFF_PLATFORM = 'https://cheap-outlet-shop.example.com/p/lumora';
export const EAN = '4068215937425';

mkdirSync(OUT, { recursive: true });
write('qr-whatsapp.png', render(qrCells(WHATSAPP), { width: 400, height: 400, scale: 8 }));
write('qr-whatsapp-rotated.jpg', render(qrCells(WHATSAPP), { width: 480, height: 480, scale: 7, angle: 27 }));
write('qr-whatsapp-small.png', render(qrCells(WHATSAPP), { width: 90, height: 90, scale: 2 }));
write('qr-telegram-noisy.jpg', render(qrCells(TELEGRAM), { width: 420, height: 420, scale: 8, noise: 60, seed: 7 }));
write(
  'qr-offplatform-busy.png',
  render(qrCells(OFF_PLATFORM), { width: 800, height: 800, scale: 6, angle: -12, background: busy(3) }),
);
write(
  'qr-whatsapp-busy.jpg',
  render(qrCells(WHATSAPP), { width: 800, height: 600, scale: 5, angle: 8, background: busy(5), noise: 25, seed: 9 }),
);
write('ean13.png', render(ean13Cells(EAN), { width: 420, height: 240, scale: 3 }));
write('ean13-noisy.jpg', render(ean13Cells(EAN), { width: 420, height: 240, scale: 3, angle: 4, noise: 30, seed: 11 }));
write('none-busy.png', render(null, { width: 640, height: 480, scale: 1, background: busy(21) }));
write('none-noisy.jpg', render(null, { width: 400, height: 400, scale: 1, background: busy(22), noise: 70, seed: 13 }));
write('none-plain.png', render(null, { width: 200, height: 200, scale: 1 }));
console.log('tests/fixtures/images: 11 images written');
