import { parseArgs } from 'node:util';
import { translatorFor } from '../locales/index';
import { analyzeFile } from './analyze-file';
import { pageFiles } from './inputs';
import { loadSafetyGate } from './safety-gate';
import { analyzeWacz, isWacz } from './wacz';

const USAGE = `Usage:
  flagpost analyze PAGE.html [--url ORIGINAL_URL]         one page, JSON on stdout
  flagpost analyze DIR_OR_FILES... --format jsonl         many pages, one JSON line each
  flagpost analyze SNAPSHOTS.wacz                         every page captured in a web archive (WACZ)
Options:
  --url URL        the address the page was saved from (one page only)
  --format F       json (pretty, default for one page) or jsonl (default for several)
  --lang L         language of finding titles and details: en de fr es it nl pl (default en)
  --safety-gate R  match listings against the alerts of a Safety Gate weekly report (XML); repeatable
A summary (pages, errors, findings by id, pages/s) goes to stderr.`;

/** Where the CLI writes: the process's streams, or a test's buffers. */
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

class UsageError extends Error {}

function fail(message: string): never {
  throw new UsageError(message);
}

/** Runs the command line; resolves to the exit code (0 all pages analysed, 1 some failed, 2 usage). */
export async function run(argv: string[], io: Output): Promise<number> {
  try {
    return await analyzeCommand(argv, io);
  } catch (error) {
    // parseArgs reports unknown options as TypeError with an ERR_PARSE_ARGS_* code.
    const usage = error instanceof UsageError || (error instanceof TypeError && 'code' in error);
    if (!usage) throw error;
    io.err(`flagpost: ${error.message}\n\n${USAGE}\n`);
    return 2;
  }
}

async function analyzeCommand(argv: string[], io: Output): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      url: { type: 'string' },
      format: { type: 'string' },
      lang: { type: 'string', default: 'en' },
      'safety-gate': { type: 'string', multiple: true },
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

  let files: string[];
  try {
    files = pageFiles(paths);
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  if (values.url && files.length > 1) fail('--url names one page; it cannot apply to several');
  const format = values.format ?? (files.length === 1 ? 'json' : 'jsonl');
  if (format !== 'json' && format !== 'jsonl') fail(`unknown format "${format}"`);

  const translate = translatorFor(values.lang);
  let safetyGate;
  try {
    safetyGate = values['safety-gate'] ? loadSafetyGate(values['safety-gate']) : undefined;
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
  }
  const findingsById = new Map<string, number>();
  let errors = 0;
  let pages = 0;
  const start = performance.now();
  for (const file of files) {
    try {
      // A WACZ holds one or more captured pages (flagpost snapshots or any web archive).
      const analyses = isWacz(file)
        ? await analyzeWacz(file, { translate, warn: io.err, safetyGate })
        : [await analyzeFile(file, { url: values.url, translate, warn: io.err, safetyGate })];
      for (const analysis of analyses) {
        pages++;
        io.out(format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : `${JSON.stringify(analysis)}\n`);
        for (const finding of analysis.findings) findingsById.set(finding.id, (findingsById.get(finding.id) ?? 0) + 1);
      }
    } catch (error) {
      errors++;
      io.err(`flagpost: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  const seconds = (performance.now() - start) / 1000;
  const byId = [...findingsById].sort(([a], [b]) => a.localeCompare(b)).map(([id, n]) => `  ${id}: ${n}`);
  io.err(
    `flagpost: ${pages} pages analysed, ${errors} errors, ${(pages / Math.max(seconds, 1e-9)).toFixed(0)} pages/s\n` +
      (byId.length > 0 ? `findings by id:\n${byId.join('\n')}\n` : ''),
  );
  return errors > 0 ? 1 : 0;
}
