import type { Rect } from './types';

/**
 * Paints the redacted places of the page black on its screenshot, so the picture keeps no more of
 * the shopper's data than the HTML does. Returns null where the browser cannot draw off-screen:
 * then no screenshot is kept at all.
 */
export async function maskScreenshot(png: Uint8Array, masks: readonly Rect[], viewportWidth: number): Promise<Uint8Array | null> {
  if (typeof OffscreenCanvas === 'undefined' || typeof createImageBitmap === 'undefined') return null;
  const bitmap = await createImageBitmap(new Blob([png as Uint8Array<ArrayBuffer>], { type: 'image/png' }));
  const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.drawImage(bitmap, 0, 0);
  const scale = bitmap.width / Math.max(1, viewportWidth);
  context.fillStyle = '#000';
  for (const r of masks) context.fillRect(Math.floor(r.x * scale) - 2, Math.floor(r.y * scale) - 2, Math.ceil(r.width * scale) + 4, Math.ceil(r.height * scale) + 4);
  const blob = await canvas.convertToBlob({ type: 'image/png' });
  return new Uint8Array(await blob.arrayBuffer());
}
