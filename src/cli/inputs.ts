import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml', '.wacz']);

/** The saved pages named on the command line: files as given, folders searched recursively. */
export function pageFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const visit = (path: string, named: boolean) => {
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const entry of readdirSync(path).sort()) visit(join(path, entry), false);
    } else if (named || PAGE_EXTENSIONS.has(extname(path).toLowerCase())) {
      files.push(path);
    }
  };
  for (const path of paths) visit(path, true);
  return files;
}
