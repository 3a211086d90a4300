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

/**
 * Every JSON value a page's inline scripts assign to one of `names`
 * (`window._d_c_.DCData = {...}`, `window.__INIT_DATA__ = {...}`), in document order.
 * Assignments of anything but an object or array literal (`window._d_c_ = window._d_c_ || {}`) are skipped.
 */
export function assignedJson(doc: Document, names: readonly string[]): unknown[] {
  const found: unknown[] = [];
  for (const script of Array.from(doc.querySelectorAll('script:not([src])'))) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    for (const name of names) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const value = literalAssignedAt(text, at + name.length);
        if (value !== undefined) found.push(value);
      }
    }
  }
  return found;
}

/** The JSON literal of `= {...}` starting at `from`, or undefined when there is none. */
function literalAssignedAt(text: string, from: number): unknown {
  const assignment = /^\s*=\s*([[{])/.exec(text.slice(from, from + 64));
  if (!assignment) return undefined;
  const start = from + assignment[0].length - 1;
  const end = balancedEnd(text, start);
  if (end < 0) return undefined;
  try {
    return JSON.parse(text.slice(start, end + 1));
  } catch {
    return undefined;
  }
}

/** The text of the object literal assigned to `name` in `text` (`window.runParams = {...}`), braces included. */
export function literalTextAfter(text: string, name: string): string | null {
  const at = text.indexOf(name);
  if (at < 0) return null;
  const start = text.indexOf('{', at + name.length);
  const end = start < 0 ? -1 : balancedEnd(text, start);
  return end < 0 ? null : text.slice(start, end + 1);
}

const MAX_VISITED = 200_000;

/**
 * The first value (breadth first: the shallowest) stored under each of `keys` anywhere in `roots`.
 * Sites move their modules around (`_d_c_.lifeCycleEventList[0].data.SHOP_CARD_PC`,
 * `data.result.SHOP_CARD_PC`, `DCData.SHOP_CARD_PC`): found by name, the nesting does not matter.
 */
export function findByKeys(roots: readonly unknown[], keys: readonly string[]): Map<string, unknown> {
  const wanted = new Set(keys);
  const found = new Map<string, unknown>();
  const queue: unknown[] = [...roots];
  for (let i = 0; i < queue.length && i < MAX_VISITED && found.size < wanted.size; i++) {
    const node = queue[i];
    if (node === null || typeof node !== 'object') continue;
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (wanted.has(key) && !found.has(key) && value !== null && value !== undefined) found.set(key, value);
      if (value !== null && typeof value === 'object') queue.push(value);
    }
  }
  return found;
}
