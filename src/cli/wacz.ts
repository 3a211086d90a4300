import { extname } from 'node:path';
import type { Translate } from '../core/i18n/translate';
import type { Analysis } from '../core/model';
import type { SafetyGateLookup } from '../core/safety-gate/types';
import { ANALYSED_ENTRIES, readWacz, WACZ_LIMITS } from '../capture/wacz/read';
import { PageError, readInput } from './read-input';
import { analyzeWithImages, archivedImages } from './image-codes';
import { parsePage } from './parse-page';

export function isWacz(file: string): boolean {
  return extname(file).toLowerCase() === '.wacz';
}

/**
 * Today's checks over an archived capture: every page listed in the WACZ's pages.jsonl, read from
 * its HTML response record at the URL it was captured from, with the codes in the page's archived images.
 */
export async function analyzeWacz(
  file: string,
  options: { translate: Translate; warn: (text: string) => void; safetyGate?: SafetyGateLookup },
): Promise<Analysis[]> {
  const bytes = new Uint8Array(readInput(file, WACZ_LIMITS.maxTotalBytes, 'the WACZ'));
  let wacz;
  try {
    wacz = await readWacz(bytes, ANALYSED_ENTRIES);
  } catch (error) {
    // A zip limit, a damaged zip or a broken page list: one line about the file.
    throw new PageError(`not a readable WACZ: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (wacz.pages.length === 0) throw new PageError('the WACZ lists no pages');
  const decoder = new TextDecoder();
  const analyses: Analysis[] = [];
  for (const page of wacz.pages) {
    const record = wacz.records.find((r) => r.type === 'response' && r.url === page.url && r.mime === 'text/html' && r.date.startsWith(page.ts.slice(0, 19)))
      ?? wacz.records.find((r) => r.type === 'response' && r.url === page.url && r.mime === 'text/html');
    if (!record) throw new PageError(`no HTML response for ${page.url} in the WACZ`);
    const doc = parsePage(decoder.decode(record.payload), (note) => options.warn(`flagpost: ${file}: ${page.url}: ${note}\n`));
    analyses.push(
      await analyzeWithImages(doc, page.url, archivedImages(doc, page.url, wacz.records), {
        translate: options.translate,
        safetyGate: options.safetyGate,
        onError: (where, error) => options.warn(`flagpost: ${file}: ${where}: ${String(error)}\n`),
      }),
    );
  }
  return analyses;
}
