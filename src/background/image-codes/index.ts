import type { ImageCode, PageFacts } from '../../core/facts';
import type { Analysis } from '../../core/model';
import { tellTab } from '../tab-update';
import './wasm';
import { decodeImage } from './decode';
import { CodeCache, scanImages } from './scan';

const cache = new CodeCache();
const running = new Map<number, AbortController>();

/** Stops a tab's scan: the user navigated away or closed it. */
export function cancelImageScan(tabId: number): void {
  running.get(tabId)?.abort();
  running.delete(tabId);
}

/** The codes in a listing's images, or null when the scan was cancelled (a newer page in the tab). */
export async function imageCodesFor(tabId: number, images: readonly string[]): Promise<ImageCode[] | null> {
  cancelImageScan(tabId);
  const controller = new AbortController();
  running.set(tabId, controller);
  try {
    return await scanImages(images, { decode: decodeImage, cache, signal: controller.signal });
  } catch (error) {
    if (controller.signal.aborted) return null;
    throw error;
  } finally {
    if (running.get(tabId) === controller) running.delete(tabId);
  }
}

/**
 * Scans a listing's images in the background after the first analysis, judges the page again with the
 * codes found (only when there are any) and tells the tab. A page already judged with its codes is not rescanned.
 */
export function scanListingImages(
  tabId: number,
  facts: PageFacts,
  rejudge: (facts: PageFacts) => Promise<Analysis>,
): void {
  if (facts.imageCodes) return;
  if (!facts.images?.length) {
    cancelImageScan(tabId);
    return;
  }
  void imageCodesFor(tabId, facts.images)
    .then(async (codes) => {
      if (codes && codes.length > 0) await tellTab(tabId, await rejudge({ ...facts, imageCodes: codes }));
    })
    .catch((error: unknown) => console.error('Flagpost: image scan failed', error));
}
