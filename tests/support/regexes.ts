// Every regular expression some source files hold, found two ways: regex literals from the parsed
// source, and `new RegExp(...)` as the modules build them (recorded while they load and run).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseAst } from 'vite';

export interface FoundRegExp {
  source: string;
  flags: string;
  /** file:line of the literal, or of the `new RegExp` call that built it. */
  where: string;
}

const ROOT = join(import.meta.dirname, '../..');

/** The .ts files under each path (a file or a folder), relative to the repository. */
export function sourceFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  const walk = (path: string) => {
    const full = join(ROOT, path);
    if (statSync(full).isDirectory()) for (const name of readdirSync(full).sort()) walk(join(path, name));
    else if (/\.tsx?$/.test(path)) files.push(path);
  };
  paths.forEach(walk);
  return files;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** The regex literals of one source file. */
export function regexLiterals(file: string): FoundRegExp[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const found: FoundRegExp[] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; regex?: { pattern: string; flags: string }; start?: number };
    if (n.type === 'Literal' && n.regex)
      found.push({ source: n.regex.pattern, flags: n.regex.flags, where: `${file}:${lineOf(text, n.start ?? 0)}` });
    for (const value of Object.values(node)) if (typeof value === 'object') visit(value);
  };
  visit(parseAst(text, { lang: file.endsWith('.tsx') ? 'tsx' : 'ts' }, file));
  return found;
}

/** Whether a file calls the RegExp constructor (its patterns are then only known at run time). */
export const buildsRegExps = (file: string): boolean => /\bnew RegExp\(/.test(readFileSync(join(ROOT, file), 'utf8'));

/**
 * Records every `new RegExp(...)` (and `RegExp(...)`) while `run` loads and exercises modules. The
 * global constructor is wrapped for that time only; a literal is not seen here (regexLiterals is).
 */
export async function recordRegExps(run: () => Promise<void>): Promise<FoundRegExp[]> {
  const original = globalThis.RegExp;
  const found: FoundRegExp[] = [];
  const record = (made: RegExp) => {
    // The first stack frame outside this file is the caller that built the pattern.
    const caller = (new Error().stack ?? '')
      .split('\n')
      .slice(1)
      .map((line) => /\(?(\/[^():]+):(\d+):\d+\)?$/.exec(line.trim()))
      .find((m) => m && !m[1]!.endsWith('/tests/support/regexes.ts'));
    const where = caller ? `${relative(ROOT, caller[1]!)}:${caller[2]}` : 'unknown';
    found.push({ source: made.source, flags: made.flags, where });
    return made;
  };
  globalThis.RegExp = new Proxy(original, {
    construct: (target, args, newTarget) =>
      record(Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp),
    apply: (target, _this, args) => record(Reflect.apply(target, undefined, args) as RegExp),
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = original;
  }
  return found;
}
