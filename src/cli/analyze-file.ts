import { pathToFileURL } from 'node:url';
import type { Translate } from '../core/i18n/translate';
import type { Analysis } from '../core/model';
import type { SafetyGateLookup } from '../core/safety-gate/types';
import { analyzeWithImages, savedPageImages } from './image-codes';
import { PageError, readInput } from './read-input';
import { parsePage } from './parse-page';

/** Larger files are refused with a message rather than risking the whole run's memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export { PageError };

function httpUrl(candidate: string | null | undefined): string | null {
  if (!candidate) return null;
  try {
    const url = new URL(candidate);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The address a page was saved from: --url, else its canonical link or og:url, else the file itself. */
function pageUrl(doc: Document, file: string, given: string | undefined): string {
  if (given !== undefined) {
    const url = httpUrl(given);
    if (!url) throw new PageError(`--url is not an http(s) address: ${given}`);
    return url;
  }
  return (
    httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')) ??
    httpUrl(doc.querySelector('meta[property="og:url"]')?.getAttribute('content')) ??
    pathToFileURL(file).href
  );
}

/** Analyses a saved page, with the codes in the image files it shows from beside it. */
export async function analyzeFile(
  file: string,
  options: { url?: string; translate: Translate; warn: (text: string) => void; safetyGate?: SafetyGateLookup },
): Promise<Analysis> {
  const html = readInput(file, MAX_PAGE_BYTES, 'page').toString('utf8');
  if (html.trim() === '') throw new PageError('the file is empty');
  const doc = parsePage(html, (note) => options.warn(`flagpost: ${file}: ${note}\n`));
  return analyzeWithImages(doc, pageUrl(doc, file, options.url), savedPageImages(doc, file), {
    translate: options.translate,
    safetyGate: options.safetyGate,
    onError: (where, error) => options.warn(`flagpost: ${file}: ${where}: ${String(error)}\n`),
  });
}
