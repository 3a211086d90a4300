import { readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { decodeImage } from '../background/image-codes/decode';
import { MAX_IMAGE_BYTES, MAX_IMAGES } from '../background/image-codes/scan';
import { extractPage, judgePage, type AnalyzeOptions } from '../core/analyze';
import type { ImageCode, PageFacts } from '../core/facts';
import type { Analysis } from '../core/model';
import type { ArchivedRecord } from '../capture/wacz/read';
import { prepareDecoderForNode } from './zxing';

/** The images a page shows that the CLI can read: which addresses, and their bytes when they are at hand. */
export interface PageImages {
  addresses(facts: PageFacts): string[];
  load(address: string): Uint8Array<ArrayBuffer> | null;
}

/** Every <img> source of the page (src, or the lazy-loading data-src), resolved against `base`. */
function imgSources(doc: Document, base: string): string[] {
  return Array.from(doc.querySelectorAll('img')).flatMap((img) =>
    ['src', 'data-src'].flatMap((name) => {
      const value = img.getAttribute(name);
      if (!value) return [];
      try {
        return [new URL(value, base).href];
      } catch {
        return [];
      }
    }),
  );
}

/** Image files a saved page shows from beside it (its PAGE_files/ folder, or any relative <img src>), never from elsewhere. */
export function savedPageImages(doc: Document, file: string): PageImages {
  const folder = dirname(file);
  return {
    // Only relative sources resolve to local files; "//cdn.example/x.jpg" resolves to file://cdn.example/…, not here.
    addresses: () => imgSources(doc, pathToFileURL(file).href).filter((a) => a.startsWith('file:///')),
    load(address) {
      let path: string;
      try {
        path = fileURLToPath(address);
      } catch {
        return null;
      }
      const inside = relative(folder, path);
      if (inside.startsWith('..') || isAbsolute(inside)) return null;
      try {
        const { size } = statSync(path);
        return size > 0 && size <= MAX_IMAGE_BYTES ? new Uint8Array(readFileSync(path)) : null;
      } catch {
        return null;
      }
    },
  };
}

/** Images archived with a captured page: the listing's images and the page's <img> sources, as image responses. */
export function archivedImages(doc: Document, pageUrl: string, records: readonly ArchivedRecord[]): PageImages {
  return {
    addresses: (facts) => [...(facts.images ?? []), ...imgSources(doc, pageUrl)],
    load(address) {
      const record = records.find((r) => r.type === 'response' && r.url === address && /^image\//i.test(r.mime));
      return record && record.payload.length <= MAX_IMAGE_BYTES ? new Uint8Array(record.payload) : null;
    },
  };
}

/** The codes in the page's readable images (at most MAX_IMAGES of them), each named by its address. */
async function decodePageImages(
  addresses: readonly string[],
  images: PageImages,
  options: AnalyzeOptions,
): Promise<ImageCode[]> {
  const readable = [...new Set(addresses)]
    .flatMap((image) => {
      const bytes = images.load(image);
      return bytes ? [{ image, bytes }] : [];
    })
    .slice(0, MAX_IMAGES);
  if (readable.length === 0) return [];
  await prepareDecoderForNode();
  const found: ImageCode[] = [];
  for (const { image, bytes } of readable) {
    try {
      found.push(...(await decodeImage(bytes)).map((code) => ({ image, ...code })));
    } catch (error) {
      options.onError?.(`image ${image}`, error);
    }
  }
  return found;
}

/** Analyses a page with the codes in its images, as the extension does after its image scan. */
export async function analyzeWithImages(
  doc: Document,
  url: string,
  images: PageImages,
  options: AnalyzeOptions,
): Promise<Analysis> {
  const facts = extractPage(doc, url, options.onError);
  const codes = await decodePageImages(images.addresses(facts), images, options);
  // Pages whose images carry no code are judged exactly as without the image step.
  return judgePage(codes.length > 0 ? { ...facts, imageCodes: codes } : facts, options);
}
