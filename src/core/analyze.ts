import { extractPage } from './extract';
import { judgePage, type AnalyzeOptions } from './judge';
import type { Analysis } from './model';

export { extractPage } from './extract';
export { judgePage, type AnalyzeOptions } from './judge';

/** The whole analysis of one page, as the CLI and the tests run it. */
export function analyzeDocument(doc: Document, url: string, options: AnalyzeOptions = {}): Analysis {
  return judgePage(extractPage(doc, url, options.onError), options);
}
