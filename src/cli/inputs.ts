import { readdirSync, statSync, type Stats } from 'node:fs';
import { extname, join } from 'node:path';

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.wacz']);

export interface PageInputs {
  /** The files to analyse, in a stable order. */
  files: string[];
  /** One line per path that was skipped or could not be read (the walk goes on past each). */
  problems: { path: string; message: string }[];
}

function kindOf(stat: Stats): string {
  if (stat.isFIFO()) return 'a FIFO';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

function reason(error: unknown): string {
  const code = error instanceof Error && 'code' in error ? String(error.code) : '';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'ENOENT') return 'no such file or folder (or a broken link)';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/**
 * The saved pages named on the command line: files as given, folders searched recursively (links followed,
 * each folder once, so a link to a parent cannot loop). Only regular files are read: a FIFO named
 * page.html would block the batch for ever.
 */
export function pageFiles(paths: readonly string[]): PageInputs {
  const files: string[] = [];
  const problems: PageInputs['problems'] = [];
  const folders = new Set<string>();
  const visit = (path: string, named: boolean) => {
    let stat: Stats;
    try {
      stat = statSync(path);
    } catch (error) {
      // Inside a folder only page names matter: a broken link to notes.txt is no concern.
      if (named || PAGE_EXTENSIONS.has(extname(path).toLowerCase())) problems.push({ path, message: reason(error) });
      return;
    }
    if (stat.isDirectory()) {
      const id = `${stat.dev}:${stat.ino}`;
      if (folders.has(id)) {
        problems.push({ path, message: 'skipped: a folder already searched (a link loops back to it)' });
        return;
      }
      folders.add(id);
      let entries: string[];
      try {
        entries = readdirSync(path).sort();
      } catch (error) {
        problems.push({ path, message: reason(error) });
        return;
      }
      for (const entry of entries) visit(join(path, entry), false);
    } else if (named || PAGE_EXTENSIONS.has(extname(path).toLowerCase())) {
      if (stat.isFile()) files.push(path);
      else problems.push({ path, message: `skipped: ${kindOf(stat)}, not a saved page` });
    }
  };
  for (const path of paths) visit(path, true);
  return { files, problems };
}
