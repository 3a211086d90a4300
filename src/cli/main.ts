import { parseArgs } from 'node:util';
import type { SafetyGateLookup } from '../core/safety-gate/types';
import { translatorFor } from '../locales/index';
import { pageFiles } from './inputs';
import { analyseInput, type InputResult } from './page-job';
import { loadSafetyGate } from './safety-gate';

export const DEFAULT_PAGE_SECONDS = 4;
export const DEFAULT_PAGE_MIB = 256;

/** What the analysis needs besides the file: the same for every input of a run. */
export interface AnalyserSetup {
  lang: string;
  safetyGateFiles: string[];
  safetyGate?: SafetyGateLookup;
  timeMs: number;
  memoryMib: number;
}

/** Analyses inputs: in this thread (the tests), or in worker threads within a budget (the real CLI, index.ts). */
export interface Analyser {
  /** How many inputs it works on at once. */
  parallel: number;
  analyse(file: string, url: string | undefined): Promise<InputResult>;
  close(): Promise<void>;
}

export type AnalyserFactory = (setup: AnalyserSetup) => Analyser;

const inThisThread: AnalyserFactory = (setup) => {
  const context = { translate: translatorFor(setup.lang), safetyGate: setup.safetyGate };
  return { parallel: 1, analyse: (file, url) => analyseInput(file, url, context), close: async () => undefined };
};

function positive(text: string | undefined, fallback: number, name: string): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) fail(`${name} takes a positive number, not "${text}"`);
  return value;
}

const USAGE = `Usage:
  flagpost analyze PAGE.html [--url ORIGINAL_URL]         one page, JSON on stdout
  flagpost analyze DIR_OR_FILES... --format jsonl         many pages, one JSON line each
  flagpost analyze SNAPSHOTS.wacz                         every page captured in a web archive (WACZ)
Options:
  --url URL        the address the page was saved from (one page only)
  --format F       json (pretty, default for one page) or jsonl (default for several)
  --lang L         language of finding titles and details: en de fr es it nl pl (default en)
  --safety-gate R  match listings against the alerts of a Safety Gate weekly report (XML); repeatable
  --page-timeout S  seconds one input may take before it is stopped (default ${DEFAULT_PAGE_SECONDS})
  --page-memory M   MiB of heap one input may use before it is stopped (default ${DEFAULT_PAGE_MIB})
A summary (pages, errors, findings by id, pages/s) goes to stderr; each input that fails gets one line there.`;

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}

/** An error as the one line the CLI prints for a failed input. */
function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]?.trim() || 'failed';
}

function fail(message: string): never {
  throw new UsageError(message);
}

/** Runs the command line; resolves to the exit code (0 all pages analysed, 1 some failed, 2 usage). */
export async function run(argv: string[], io: Output, analyser: AnalyserFactory = inThisThread): Promise<number> {
  try {
    return await analyzeCommand(argv, io, analyser);
  } catch (error) {
    // parseArgs reports unknown options as TypeError with an ERR_PARSE_ARGS_* code.
    const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
    if (!usage) throw error;
    io.err(`flagpost: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
}

async function analyzeCommand(argv: string[], io: Output, makeAnalyser: AnalyserFactory): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      'safety-gate': { type: 'string', multiple: true },
      'page-timeout': { type: 'string' },
      'page-memory': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'analyze') fail(command ? `unknown command "${command}"` : 'no command');
  if (paths.length === 0) fail('no page given');

  const { files, problems } = pageFiles(paths);
  if (values.url && files.length > 1) fail('--url names one page; it cannot apply to several');
  const format = values.format ?? (files.length === 1 ? 'json' : 'jsonl');
  if (format !== 'json' && format !== 'jsonl') fail(`unknown format "${format}"`);
  const timeMs = positive(values['page-timeout'], DEFAULT_PAGE_SECONDS, '--page-timeout') * 1000;
  const memoryMib = Math.round(positive(values['page-memory'], DEFAULT_PAGE_MIB, '--page-memory'));

  const safetyGateFiles = values['safety-gate'] ?? [];
  let safetyGate;
  try {
    safetyGate = safetyGateFiles.length > 0 ? loadSafetyGate(safetyGateFiles) : undefined;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const findingsById = new Map<string, number>();
  let errors = 0;
  let pages = 0;
  for (const problem of problems) {
    errors++;
    io.err(`flagpost: ${problem.path}: ${problem.message}\n`);
  }
  const start = performance.now();
  const analyser = makeAnalyser({ lang: values.lang, safetyGateFiles, safetyGate, timeMs, memoryMib });
  try {
    // Up to `parallel` inputs in flight; results are printed in the order the files were given.
    const inFlight: Promise<InputResult>[] = [];
    let started = 0;
    for (let i = 0; i < files.length; i++) {
      for (; started < files.length && started < i + analyser.parallel; started++) {
        const job = analyser.analyse(files[started] as string, values.url);
        job.catch(() => undefined); // awaited below, in order
        inFlight[started] = job;
      }
      const file = files[i] as string;
      try {
        const { analyses, notes } = await (inFlight[i] as Promise<InputResult>);
        for (const note of notes) io.err(note);
        for (const analysis of analyses) {
          pages++;
          io.out(format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : `${JSON.stringify(analysis)}\n`);
          for (const finding of analysis.findings) findingsById.set(finding.id, (findingsById.get(finding.id) ?? 0) + 1);
        }
      } catch (error) {
        errors++;
        io.err(`flagpost: ${file}: ${oneLine(error)}\n`);
      }
      delete inFlight[i];
    }
  } finally {
    await analyser.close();
  }
  const seconds = (performance.now() - start) / 1000;
  const byId = [...findingsById].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `  ${id}: ${n}`);
  io.err(
    `flagpost: ${pages} pages analysed, ${errors} errors, ${(pages / Math.max(seconds, 1e-9)).toFixed(0)} pages/s\n` +
      (byId.length > 0 ? `findings by id:\n${byId.join('\n')}\n` : ''),
  );
  return errors > 0 ? 1 : 0;
}
