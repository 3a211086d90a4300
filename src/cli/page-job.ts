import type { Translate } from '../core/i18n/translate';
import { MAX_LINKS } from '../core/links/limits';
import type { Analysis } from '../core/model';
import type { SafetyGateLookup } from '../core/safety-gate/types';
import { analyzeFile } from './analyze-file';
import { analyzeWacz, isWacz } from './wacz';

/** What one input gave: its analyses (a WACZ may hold several pages) and the notes to print on stderr. */
export interface InputResult {
  analyses: Analysis[];
  notes: string[];
}

export interface JobContext {
  translate: Translate;
  safetyGate?: SafetyGateLookup;
}

/** Analyses one input file (a saved page or a WACZ), in this thread; throws when the file cannot be analysed. */
export async function analyseInput(file: string, url: string | undefined, context: JobContext): Promise<InputResult> {
  const notes: string[] = [];
  const options = { ...context, warn: (text: string) => void notes.push(text) };
  const analyses = isWacz(file) ? await analyzeWacz(file, options) : [await analyzeFile(file, { ...options, url })];
  for (const analysis of analyses) {
    if (analysis.linksCapped) notes.push(`flagpost: ${file}: ${analysis.url}: more than ${MAX_LINKS} links; only the first ${MAX_LINKS} were read\n`);
  }
  return { analyses, notes };
}
