/**
 * Reads the JSON state that marketplaces embed in <script> tags
 * (`window.runParams = {...}`, `window.rawData = {...}`, `__NEXT_DATA__`...).
 * A linear scan, bounded in size: hostile pages cannot make it backtrack or hang.
 */

const MAX_SCRIPT_CHARS = 8_000_000;

/** The text of the first inline script containing `marker`. */
export function scriptContaining(doc: Document, marker: string): string | null {
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (text.length <= MAX_SCRIPT_CHARS && text.includes(marker)) return text;
  }
  return null;
}

/** Parses the JSON object or array that starts at the first `{` or `[` after `marker` in `text`. */
export function jsonAfter(text: string, marker: string): unknown {
  const at = text.indexOf(marker);
  if (at < 0) return undefined;
  const start = text.slice(at + marker.length).search(/[[{]/);
  if (start < 0) return undefined;
  const from = at + marker.length + start;
  const end = balancedEnd(text, from);
  if (end < 0) return undefined;
  try {
    return JSON.parse(text.slice(from, end + 1));
  } catch {
    return undefined;
  }
}

/** JSON state of a script identified by id (`<script id="__NEXT_DATA__" type="application/json">`). */
export function jsonScriptById(doc: Document, id: string): unknown {
  const text = doc.getElementById(id)?.textContent;
  if (!text || text.length > MAX_SCRIPT_CHARS) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Index of the bracket closing the one at `from`, or -1. Skips brackets inside strings. */
function balancedEnd(text: string, from: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let i = from; i < text.length; i++) {
    const ch = text[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '"' || ch === "'") quote = ch;
    else if (ch === '{' || ch === '[') depth++;
    else if (ch === '}' || ch === ']') {
      depth--;
      if (depth === 0) return i;
    }
  }
  return -1;
}

/** Safe deep read: path('a.b.0.c') over unknown JSON. */
export function pick(value: unknown, path: string): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

export function pickString(value: unknown, path: string): string | null {
  const found = pick(value, path);
  if (typeof found === 'string') return found.trim() === '' ? null : found.trim();
  if (typeof found === 'number' && Number.isFinite(found)) return String(found);
  return null;
}

export function pickNumber(value: unknown, path: string): number | null {
  const found = pick(value, path);
  if (typeof found === 'number' && Number.isFinite(found)) return found;
  if (typeof found === 'string') {
    const n = Number(found.replace(',', '.'));
    return Number.isFinite(n) ? n : null;
  }
  return null;
}
