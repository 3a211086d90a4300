import type { Rect } from './types';

/** Longest page kept in the screenshot (CSS pixels); canvases are limited, and below this it is the listing that matters. */
export const MAX_PAGE_HEIGHT = 12_000;

/** One viewport's capture: where the page was scrolled, its PNG, and the redacted places in it. */
export interface Slice {
  y: number;
  png: Uint8Array;
  masks: readonly Rect[];
}

/** The scroll positions that cover the page top to bottom (the last one as far as the page scrolls). */
export function slicePositions(pageHeight: number, viewportHeight: number, maxHeight = MAX_PAGE_HEIGHT): number[] {
  const height = Math.min(pageHeight, maxHeight);
  const step = Math.max(1, viewportHeight);
  const positions: number[] = [];
  for (let y = 0; y + step < height; y += step) positions.push(y);
  positions.push(Math.max(0, height - step));
  return positions;
}

/**
 * One picture of the whole page from the viewport captures, each drawn where it belongs and its
 * redacted places painted black right after it (a later capture drawn over it brings its own masks).
 * Null where the browser cannot draw off-screen.
 */
export async function stitchSlices(slices: readonly Slice[], page: { width: number; height: number }): Promise<Uint8Array | null> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined' || slices.length === 0) return null;
  const bitmaps = await Promise.all(slices.map((s) => createImageBitmap(new Blob([s.png as Uint8Array<ArrayBuffer>], { type: 'image/png' }))));
  const scale = (bitmaps[0]?.width ?? page.width) / Math.max(1, page.width);
  const bottom = Math.max(...slices.map((s, i) => s.y * scale + (bitmaps[i]?.height ?? 0)));
  const canvas = new OffscreenCanvas(bitmaps[0]?.width ?? 1, Math.min(Math.ceil(bottom), Math.ceil(page.height * scale)));
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.fillStyle = '#000';
  slices.forEach((slice, i) => {
    const top = slice.y * scale;
    context.drawImage(bitmaps[i] as ImageBitmap, 0, top);
    for (const r of slice.masks)
      context.fillRect(Math.floor(r.x * scale) - 2, Math.floor(top + r.y * scale) - 2, Math.ceil(r.width * scale) + 4, Math.ceil(r.height * scale) + 4);
  });
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
