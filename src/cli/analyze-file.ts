import { readFileSync, statSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import { analyzeDocument } from '../core/analyze';
import type { Translate } from '../core/i18n/translate';
import type { Analysis } from '../core/model';

/** Larger files are refused with a message rather than risking the whole run's memory. */
export const MAX_PAGE_BYTES = 64 * 1024 * 1024;

export class PageError extends Error {}

/** The address a page was saved from: --url, else its canonical link or og:url, else the file itself. */
function pageUrl(doc: Document, file: string, given: string | undefined): string {
  const candidates = [
    given,
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content'),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // not an absolute address: try the next source
    }
  }
  if (given) throw new PageError(`--url is not an http(s) address: ${given}`);
  return pathToFileURL(file).href;
}

export function analyzeFile(file: string, options: { url?: string; translate: Translate }): Analysis {
  const { size } = statSync(file);
  if (size > MAX_PAGE_BYTES) throw new PageError(`page is ${(size / 1048576).toFixed(0)} MB; the limit is ${MAX_PAGE_BYTES / 1048576} MB`);
  const html = readFileSync(file, 'utf8');
  if (html.trim() === '') throw new PageError('the file is empty');
  const doc = parseHTML(html).document as unknown as Document;
  return analyzeDocument(doc, pageUrl(doc, file, options.url), {
    translate: options.translate,
    onError: (where, error) => process.stderr.write(`flagpost: ${file}: ${where}: ${String(error)}\n`),
  });
}
