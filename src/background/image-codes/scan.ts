import type { ImageCode } from '../../core/facts';
import type { DecodedCode } from './decode';
import { onImageHost } from './hosts';

/** At most this many images a listing: enough for a gallery and a description, bounded work per page. */
export const MAX_IMAGES = 20;
const MAX_CACHED = 500;
/** Larger image files are not decoded: listing images are far smaller, and decoding is bounded work. */
export const MAX_IMAGE_BYTES = 8 * 1024 * 1024;

export type Decoder = (image: Blob) => Promise<DecodedCode[]>;

/** Codes by image URL (an image is decoded once, whichever listing shows it again); oldest dropped first. */
export class CodeCache {
  private readonly entries = new Map<string, DecodedCode[]>();
  constructor(private readonly limit = MAX_CACHED) {}

  get(url: string): DecodedCode[] | undefined {
    const codes = this.entries.get(url);
    if (codes) {
      this.entries.delete(url);
      this.entries.set(url, codes);
    }
    return codes;
  }

  set(url: string, codes: DecodedCode[]): void {
    this.entries.delete(url);
    this.entries.set(url, codes);
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value as string);
  }
}

async function fetchImage(url: string, signal: AbortSignal): Promise<Blob | null> {
  const response = await fetch(url, { signal, credentials: 'omit' });
  if (!response.ok) return null;
  const blob = await response.blob();
  return blob.size > 0 && blob.size <= MAX_IMAGE_BYTES ? blob : null;
}

/**
 * Decodes the listing's images one after another (at most MAX_IMAGES, on the image CDNs only). An image that
 * cannot be fetched or decoded gives nothing; aborting the signal stops the scan and rejects.
 */
export async function scanImages(
  urls: readonly string[],
  { decode, cache, signal }: { decode: Decoder; cache: CodeCache; signal: AbortSignal },
): Promise<ImageCode[]> {
  const images = [...new Set(urls.filter(onImageHost))].slice(0, MAX_IMAGES);
  const found: ImageCode[] = [];
  for (const image of images) {
    signal.throwIfAborted();
    let codes = cache.get(image);
    if (!codes) {
      try {
        const blob = await fetchImage(image, signal);
        codes = blob ? await decode(blob) : [];
      } catch (error) {
        signal.throwIfAborted();
        console.warn(`Flagpost: image ${image} not decoded`, error);
        codes = [];
      }
      cache.set(image, codes);
    }
    found.push(...codes.map((code) => ({ image, ...code })));
  }
  return found;
}
