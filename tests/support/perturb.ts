import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../src/core/analyze';
import type { Analysis } from '../../src/core/model';
import { documentFrom } from './dom';
import { listFixtures } from './fixtures';

/**
 * The perturbation harness: markup changes that keep what a person sees (class names, label/value
 * markup, heading levels, wrappers, section order, whitespace, URL spelling, a description frame,
 * label language), applied to every fixture page, and a comparison of the facts read before and
 * after. A fact must stay the same or be reported unreadable; no accusing finding may appear.
 * The analyzer is a black box here on purpose, so that the operators are not fitted to it.
 *
 * Sections: seeded randomness · DOM helpers · label/value lists · operators · pages · comparison.
 */

// ─── Seeded randomness: the same page and operator always give the same mutant ────────────────

/** FNV-1a, 32 bits. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export interface Rng {
  /** In [0, 1). */
  next(): number;
  chance(p: number): boolean;
  /** In [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32 seeded by the hash of `seed`. */
export function seededRng(seed: string): Rng {
  let state = hash32(seed);
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    chance: (p) => next() < p,
    int,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    shuffle: <T>(items: readonly T[]): T[] => {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i--) {
        const j = int(0, i);
        [out[i], out[j]] = [out[j] as T, out[i] as T];
      }
      return out;
    },
  };
}

/** A short token from `text`, as build tools derive class hashes from names. */
function token(text: string, length: number, alphabet: string): string {
  let out = '';
  for (let round = 0; out.length < length; round++) {
    let h = hash32(`${round}:${text}`);
    for (let k = 0; k < 5 && out.length < length; k++) {
      out += alphabet[h % alphabet.length];
      h = Math.floor(h / alphabet.length);
    }
  }
  return out;
}
const BASE62 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const BASE36 = 'abcdefghijklmnopqrstuvwxyz0123456789';

// ─── DOM helpers (linkedom and browsers alike) ───────────────────────────────────────────────

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const isElement = (node: Node): node is Element => node.nodeType === ELEMENT_NODE;
const isText = (node: Node): node is Text => node.nodeType === TEXT_NODE;
const tagOf = (el: Element): string => el.tagName.toLowerCase();

/** Text a person does not read as flowing text (code, styles, preformatted): never touched. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'template', 'noscript', 'textarea', 'pre', 'code', 'svg', 'math']);
// prettier-ignore
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption',
]);
const HEADING_TAGS = ['h2', 'h3', 'h4', 'h5', 'h6'];

function isRawText(el: Element): boolean {
  return RAW_TEXT_TAGS.has(tagOf(el)) || /white-space\s*:\s*(pre|break-spaces)/i.test(el.getAttribute('style') ?? '');
}

/** Text nodes under `root` in document order, leaving out raw text. */
function textNodesIn(root: Element): Text[] {
  const out: Text[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (isText(child)) out.push(child);
      else if (isElement(child) && !isRawText(child)) walk(child);
    }
  };
  if (!isRawText(root)) walk(root);
  return out;
}

/** Elements under `root` in document order, leaving out raw-text subtrees. */
function elementsIn(root: Element): Element[] {
  return Array.from(root.querySelectorAll('*')).filter((el) => !el.closest('script, style, template, svg, math'));
}

function attributesOf(el: Element): Array<[string, string]> {
  return Array.from(el.attributes).map((a) => [a.name, a.value] as [string, string]);
}

function make(doc: Document, tag: string, attrs: Array<[string, string]>, children: Node[]): Element {
  const el = doc.createElement(tag);
  for (const [name, value] of attrs) el.setAttribute(name, value);
  el.append(...children);
  return el;
}

/** The same element under another tag: attributes and children kept. */
function retag(el: Element, tag: string, extraAttrs: Array<[string, string]> = []): Element {
  const out = make(el.ownerDocument, tag, [...attributesOf(el), ...extraAttrs], Array.from(el.childNodes));
  el.replaceWith(out);
  return out;
}

function hasBlockInside(nodes: readonly Node[]): boolean {
  return nodes.some(
    (n) => isElement(n) && (BLOCK_TAGS.has(tagOf(n)) || n.querySelector([...BLOCK_TAGS].join(',')) !== null),
  );
}

const collapse = (text: string): string => text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();

/** Characters that do not show: zero-width, joiners, direction marks, BOM, soft hyphen. */
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

// ─── Label/value lists: dl/dt/dd, two-column tables, and "Label: value" lines ─────────────────

/** One label/value pair, with the nodes that show it and the attributes of its parts. */
export interface LabelPair {
  label: Node[];
  value: Node[];
  rowAttrs: Array<[string, string]>;
  labelAttrs: Array<[string, string]>;
  valueAttrs: Array<[string, string]>;
}

/** The pairs of a dl (with or without div row wrappers), or null when it is not a plain label list. */
export function readDl(dl: Element): LabelPair[] | null {
  const pairs: LabelPair[] = [];
  const read = (parent: Element, rowAttrs: Array<[string, string]>): boolean => {
    let current: { pair: LabelPair; dds: Element[] } | null = null;
    const finish = () => {
      if (!current) return true;
      if (current.dds.length === 0) return false;
      const [only] = current.dds;
      if (current.dds.length === 1 && only) {
        current.pair.value = Array.from(only.childNodes);
        current.pair.valueAttrs = attributesOf(only);
      } else {
        // Several values under one label: each keeps its own line.
        current.pair.value = current.dds.map((dd) => retagDetached(dd, 'div'));
      }
      pairs.push(current.pair);
      current = null;
      return true;
    };
    for (const child of Array.from(parent.childNodes)) {
      if (isText(child)) {
        if (child.data.trim() !== '') return false;
        continue;
      }
      if (!isElement(child)) continue;
      const tag = tagOf(child);
      if (tag === 'dt') {
        if (!finish()) return false;
        if (collapse(child.textContent ?? '') === '') return false;
        current = {
          pair: {
            label: Array.from(child.childNodes),
            value: [],
            rowAttrs,
            labelAttrs: attributesOf(child),
            valueAttrs: [],
          },
          dds: [],
        };
      } else if (tag === 'dd') {
        if (!current) return false;
        current.dds.push(child);
      } else if (tag === 'div' && parent === dl) {
        if (!finish() || !read(child, attributesOf(child))) return false;
      } else {
        return false;
      }
    }
    return finish();
  };
  return read(dl, []) && pairs.length > 0 ? pairs : null;
}

/** An element's children under a new tag, not yet in the document. */
function retagDetached(el: Element, tag: string): Element {
  return make(el.ownerDocument, tag, attributesOf(el), Array.from(el.childNodes));
}

/** The pairs of a table whose every row is "label cell, value cell", or null. */
export function readTable(table: Element): LabelPair[] | null {
  const rows: Element[] = [];
  for (const child of Array.from(table.children)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if (tag === 'tbody' || tag === 'thead' || tag === 'tfoot') {
      for (const row of Array.from(child.children)) {
        if (tagOf(row) !== 'tr') return null;
        rows.push(row);
      }
    } else return null;
  }
  const pairs: LabelPair[] = [];
  for (const row of rows) {
    const cells = Array.from(row.children);
    const [label, value] = cells;
    if (cells.length !== 2 || !label || !value) return null;
    if (!['th', 'td'].includes(tagOf(label)) || tagOf(value) !== 'td') return null;
    if (cells.some((c) => c.hasAttribute('colspan') || c.hasAttribute('rowspan') || c.querySelector('table')))
      return null;
    if (collapse(label.textContent ?? '') === '') return null;
    pairs.push({
      label: Array.from(label.childNodes),
      value: Array.from(value.childNodes),
      rowAttrs: attributesOf(row),
      labelAttrs: attributesOf(label),
      valueAttrs: attributesOf(value),
    });
  }
  return pairs.length > 0 ? pairs : null;
}

/** How one line element reads: "Label: value", "Label:" (value on the next lines), or plain text. */
type LineReading =
  | { kind: 'labeled'; empty: boolean; split: { node: Text; at: number } | { node: Element; at: -1 } }
  | { kind: 'plain' }
  | { kind: 'unclear' };

const LINE_TAGS = new Set(['div', 'p', 'li']);

function readLine(line: Element): LineReading {
  let labelText = '';
  const children = Array.from(line.childNodes);
  for (const [index, child] of children.entries()) {
    const rest = children
      .slice(index + 1)
      .map((n) => n.textContent ?? '')
      .join('');
    if (isText(child)) {
      const at = child.data.indexOf(':');
      if (at < 0) {
        labelText += child.data;
        continue;
      }
      return labeled(labelText + child.data.slice(0, at), child.data.slice(at + 1) + rest, { node: child, at });
    }
    if (!isElement(child)) continue;
    const text = child.textContent ?? '';
    const at = text.indexOf(':');
    if (at < 0) {
      labelText += text;
      continue;
    }
    // A colon inside a child is only a label end when nothing follows it there ("<span>Name:</span>").
    if (collapse(text.slice(at + 1)) !== '')
      return collapse(labelText + text).length > 45 ? { kind: 'plain' } : { kind: 'unclear' };
    return labeled(labelText + text.slice(0, at), rest, { node: child, at: -1 });
  }
  return { kind: 'plain' };
}

function labeled(
  label: string,
  after: string,
  split: { node: Text; at: number } | { node: Element; at: -1 },
): LineReading {
  const text = collapse(label);
  const words = text.split(' ').length;
  // Long text before the colon is a sentence, not a label; "http:" and "12:30" are no labels either.
  if (text === '' || text.length > 45 || words > 5 || !/\p{L}/u.test(text)) return { kind: 'plain' };
  if (/^\/\//.test(after) || (/\d$/.test(label) && /^\d/.test(after))) return { kind: 'plain' };
  return { kind: 'labeled', empty: collapse(after) === '', split };
}

/** A run of sibling lines that together form a label list, and what replaces it. */
export interface LineRun {
  lines: Element[];
  /** The element the new list replaces: the ul/ol for list items, else the first line. */
  replaced: Element;
}

/**
 * Runs of "Label: value" lines (div, p or li siblings): at least two labels; a line without a label is
 * only accepted right after a label with no value on its own line (an address over several lines).
 */
export function findLineRuns(root: Element): LineRun[] {
  const runs: LineRun[] = [];
  const parents = [root, ...elementsIn(root)];
  for (const parent of parents) {
    if (isRawText(parent) || runs.some((r) => r.lines.some((l) => l.contains(parent)))) continue;
    let run: Element[] = [];
    let labels = 0;
    let openLabel = false; // the last label had no value yet
    let needsValue = false;
    const close = () => {
      if (labels >= 2 && !needsValue) {
        const first = run[0] as Element;
        const isList = tagOf(first) === 'li';
        const listComplete = isList && parent.children.length === run.length && ['ul', 'ol'].includes(tagOf(parent));
        if (!isList || listComplete) runs.push({ lines: run, replaced: isList ? parent : first });
      }
      run = [];
      labels = 0;
      openLabel = false;
      needsValue = false;
    };
    for (const child of Array.from(parent.childNodes)) {
      if (isText(child)) {
        if (child.data.trim() !== '') close();
        continue;
      }
      if (!isElement(child)) continue;
      const reading = LINE_TAGS.has(tagOf(child)) ? readLine(child) : ({ kind: 'unclear' } as const);
      if (reading.kind === 'labeled') {
        // A line that ends a run without a value leaves the run incomplete.
        if (needsValue) close();
        run.push(child);
        labels += 1;
        openLabel = reading.empty;
        needsValue = reading.empty;
      } else if (reading.kind === 'plain' && openLabel) {
        run.push(child);
        needsValue = false;
      } else {
        close();
      }
    }
    close();
  }
  return runs;
}

/** Splits the lines of a run into pairs (moving nodes out of the lines). */
function pairsOfRun(run: LineRun): LabelPair[] {
  const pairs: LabelPair[] = [];
  for (const line of run.lines) {
    const reading = readLine(line);
    if (reading.kind !== 'labeled') {
      // A continuation line keeps its own block, under the value of the label before it.
      pairs[pairs.length - 1]?.value.push(line);
      continue;
    }
    const children = Array.from(line.childNodes);
    const index = children.indexOf(reading.split.node);
    const label = children.slice(0, index);
    const value = children.slice(index + 1);
    const doc = line.ownerDocument;
    if (reading.split.at >= 0) {
      const text = reading.split.node as Text;
      const before = text.data.slice(0, reading.split.at);
      const after = text.data.slice(reading.split.at + 1);
      if (before.trim() !== '') label.push(doc.createTextNode(before));
      if (after.trim() !== '') value.unshift(doc.createTextNode(after));
    } else {
      stripTrailingColon(reading.split.node as Element);
      label.push(reading.split.node);
    }
    const rowAttrs = tagOf(line) === 'li' ? [] : attributesOf(line);
    pairs.push({ label, value, rowAttrs, labelAttrs: [], valueAttrs: [] });
  }
  return pairs;
}

/** Removes the colon that ends a label element's text ("Name:" → "Name"). */
function stripTrailingColon(el: Element): void {
  const texts = textNodesIn(el).filter((t) => t.data.trim() !== '');
  const last = texts[texts.length - 1];
  if (last) last.data = last.data.replace(/\s*:\s*$/, '');
}

function stripTrailingColonFromNodes(nodes: Node[]): void {
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as Node;
    if ((node.textContent ?? '').trim() === '') continue;
    if (isText(node)) node.data = node.data.replace(/\s*:\s*$/, '');
    else if (isElement(node)) stripTrailingColon(node);
    return;
  }
}

type ListForm = 'dl' | 'table' | 'lines';

/** Builds the list in `form` from pairs; `container` carries the attributes of the replaced list. */
function writeList(
  doc: Document,
  form: ListForm,
  pairs: LabelPair[],
  containerAttrs: Array<[string, string]>,
  rng: Rng,
): Element {
  if (form === 'dl') {
    const rows = pairs.flatMap((p) => {
      const dt = make(doc, 'dt', p.labelAttrs, stripped(p.label));
      const dd = make(doc, 'dd', p.valueAttrs, p.value);
      return p.rowAttrs.length > 0 ? [make(doc, 'div', p.rowAttrs, [dt, dd])] : [dt, dd];
    });
    return make(doc, 'dl', containerAttrs, rows);
  }
  if (form === 'table') {
    const rows = pairs.map((p) =>
      make(doc, 'tr', p.rowAttrs, [
        make(doc, 'th', p.labelAttrs, stripped(p.label)),
        make(doc, 'td', p.valueAttrs, p.value),
      ]),
    );
    return make(doc, 'table', containerAttrs, [make(doc, 'tbody', [], rows)]);
  }
  const colonInside = rng.chance(0.5);
  const usePara = rng.chance(0.5);
  const lines = pairs.map((p) => {
    const label = make(doc, 'span', p.labelAttrs, stripped(p.label));
    if (colonInside) label.append(doc.createTextNode(':'));
    const value = make(doc, 'span', p.valueAttrs, p.value);
    // A p cannot hold blocks (the parser would close it), so a value with blocks stays in a div.
    const tag = usePara && !hasBlockInside(p.value) ? 'p' : 'div';
    return make(doc, tag, p.rowAttrs, [label, doc.createTextNode(colonInside ? ' ' : ': '), value]);
  });
  return make(doc, 'div', containerAttrs, lines);
}

function stripped(label: Node[]): Node[] {
  stripTrailingColonFromNodes(label);
  return label;
}

/** Converts every list of form `from` in the body to form `to`; false when there is none. */
function convertLists(ctx: PerturbContext, from: ListForm, to: ListForm): boolean {
  const { doc, rng } = ctx;
  let changed = false;
  if (from === 'lines') {
    for (const run of findLineRuns(doc.body)) {
      const containerAttrs = run.replaced === run.lines[0] ? [] : attributesOf(run.replaced);
      const anchor = doc.createComment('perturb');
      run.replaced.before(anchor);
      const pairs = pairsOfRun(run);
      if (run.replaced !== run.lines[0]) run.replaced.remove();
      for (const line of run.lines) line.remove();
      anchor.replaceWith(writeList(doc, to, pairs, containerAttrs, rng));
      changed = true;
    }
    return changed;
  }
  for (const source of elementsIn(doc.body).filter((el) => tagOf(el) === from)) {
    const pairs = from === 'dl' ? readDl(source) : readTable(source);
    if (!pairs) continue;
    source.replaceWith(writeList(doc, to, pairs, attributesOf(source), rng));
    changed = true;
  }
  return changed;
}

// ─── Operators ───────────────────────────────────────────────────────────────────────────────

export interface PerturbContext {
  doc: Document;
  rng: Rng;
  /** The page's address (for same-host URLs). */
  url: URL;
  /** The page's language (sidecar, else <html lang>), so labels are translated into another one. */
  language: string | null;
}

export interface Operator {
  name: string;
  /** What changes in the markup; what a person sees stays the same. */
  summary: string;
  /** Changes `ctx.doc` in place; false when the page has nothing this operator applies to. */
  apply(ctx: PerturbContext): boolean;
}

const classHashSuffix: Operator = {
  name: 'class-hash-suffix',
  summary: 'every class gets a build hash suffix (price → price--x7Gq2), the same for each name',
  apply({ doc, rng }) {
    const salt = String(rng.next());
    const elements = elementsIn(doc.documentElement).filter((el) => (el.getAttribute('class') ?? '').trim() !== '');
    for (const el of elements) {
      const names = (el.getAttribute('class') ?? '').trim().split(/\s+/);
      el.setAttribute('class', names.map((n) => `${n}--${token(salt + n, 5, BASE62)}`).join(' '));
    }
    return elements.length > 0;
  },
};

const classCssPrefix: Operator = {
  name: 'class-css-prefix',
  summary: 'every class list becomes one generated css-1x2y3z class (CSS-in-JS), the same for the same list',
  apply({ doc, rng }) {
    const salt = String(rng.next());
    const elements = elementsIn(doc.documentElement).filter((el) => (el.getAttribute('class') ?? '').trim() !== '');
    for (const el of elements) {
      const names = (el.getAttribute('class') ?? '').trim().split(/\s+/).join(' ');
      el.setAttribute('class', `css-${token(salt + names, 6, BASE36)}`);
    }
    return elements.length > 0;
  },
};

const listOperator = (from: ListForm, to: ListForm): Operator => ({
  name: `${from}-to-${to}`,
  summary: `label/value pairs shown as ${from === 'lines' ? '"Label: value" lines' : from} are shown as ${
    to === 'lines' ? '"Label: value" lines' : to
  }`,
  apply: (ctx) => convertLists(ctx, from, to),
});

function headingsIn(doc: Document): Element[] {
  return elementsIn(doc.body).filter((el) => HEADING_TAGS.includes(tagOf(el)));
}

const headingLevel: Operator = {
  name: 'heading-level',
  summary: 'h2–h6 move one or two levels down, all by the same step (h1 stays)',
  apply({ doc, rng }) {
    const step = rng.int(1, 2);
    const headings = headingsIn(doc);
    for (const h of headings) retag(h, `h${Math.min(6, Number(tagOf(h).slice(1)) + step)}`);
    return headings.length > 0;
  },
};

const headingRole: Operator = {
  name: 'heading-role',
  summary: 'h2–h6 become <div role="heading" aria-level="N">',
  apply({ doc }) {
    const headings = headingsIn(doc);
    for (const h of headings)
      retag(h, 'div', [
        ['role', 'heading'],
        ['aria-level', tagOf(h).slice(1)],
      ]);
    return headings.length > 0;
  },
};

const headingStrong: Operator = {
  name: 'heading-strong',
  summary: 'h2–h6 become a paragraph with bold text (<p><strong>…</strong></p>)',
  apply({ doc }) {
    const headings = headingsIn(doc);
    for (const h of headings) {
      const children = Array.from(h.childNodes);
      const tag = hasBlockInside(children) ? 'div' : 'p';
      h.replaceWith(make(doc, tag, attributesOf(h), [make(doc, 'strong', [], children)]));
    }
    return headings.length > 0;
  },
};

/** Elements whose wrapping would break the content model (rows, cells, list items, head content). */
// prettier-ignore
const NO_WRAP_TAGS = new Set([
  'html', 'head', 'body', 'script', 'style', 'template', 'meta', 'link', 'title', 'base', 'noscript', 'br', 'wbr',
  'hr', 'tr', 'td', 'th', 'tbody', 'thead', 'tfoot', 'caption', 'col', 'colgroup', 'li', 'dt', 'dd', 'option',
  'optgroup', 'source', 'track', 'summary', 'legend', 'area', 'param',
]);
// prettier-ignore
const NO_WRAP_PARENTS = new Set([
  'ul', 'ol', 'dl', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'select', 'datalist', 'picture', 'colgroup', 'details',
  'hgroup', 'ruby', 'menu', 'html', 'head',
]);
/** Parents that only hold phrasing content: a div inside would be moved out by the parser. */
// prettier-ignore
const PHRASING_PARENTS = new Set([
  'p', 'span', 'a', 'b', 'strong', 'em', 'i', 'small', 'label', 'button', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
]);

const wrapElements: Operator = {
  name: 'wrap-elements',
  summary: 'about a quarter of the elements get 1–3 extra wrappers (div around blocks, span around inline)',
  apply({ doc, rng }) {
    let wrapped = 0;
    for (const el of elementsIn(doc.body)) {
      const parent = el.parentElement;
      if (!parent || NO_WRAP_TAGS.has(tagOf(el)) || NO_WRAP_PARENTS.has(tagOf(parent)) || !rng.chance(0.25)) continue;
      // A div around inline content would start a new line; a span never changes the layout.
      const block = BLOCK_TAGS.has(tagOf(el)) && !PHRASING_PARENTS.has(tagOf(parent));
      let inner: Element = el;
      for (let depth = rng.int(1, 3); depth > 0; depth--) {
        const wrapper = doc.createElement(block && rng.chance(0.8) ? 'div' : 'span');
        inner.replaceWith(wrapper);
        wrapper.append(inner);
        inner = wrapper;
      }
      wrapped += 1;
    }
    return wrapped > 0;
  },
};

const reorderSections: Operator = {
  name: 'reorder-sections',
  summary: 'runs of sibling <section>/<article> elements are put in another order, each kept whole',
  apply({ doc, rng }) {
    let changed = false;
    for (const parent of [doc.body, ...elementsIn(doc.body)]) {
      // Sections inside a section are parts of one block (cards, sub-sections): their order stays.
      if (parent !== doc.body && parent.closest('section, article')) continue;
      for (const run of sectionRuns(parent)) {
        const order = rng.shuffle(run);
        if (order.every((el, i) => el === run[i])) order.reverse();
        const anchor = doc.createComment('perturb');
        run[0]?.before(anchor);
        for (const el of run) el.remove();
        anchor.replaceWith(...order);
        changed = true;
      }
    }
    return changed;
  },
};

/**
 * Maximal runs of two or more adjacent sibling sections (or articles) with nothing between them
 * but whitespace, and no heading just before the run (that heading would then title another one).
 */
function sectionRuns(parent: Element): Element[][] {
  const runs: Element[][] = [];
  let run: Element[] = [];
  let previous: Element | null = null;
  let headingBefore = false;
  const close = () => {
    if (run.length >= 2 && !headingBefore) runs.push(run);
    run = [];
  };
  for (const child of Array.from(parent.childNodes)) {
    if (isText(child) && child.data.trim() !== '') {
      close();
      previous = null;
      continue;
    }
    if (!isElement(child)) continue;
    const tag = tagOf(child);
    const sameKind = run.length > 0 && tagOf(run[0] as Element) === tag;
    if ((tag === 'section' || tag === 'article') && (run.length === 0 || sameKind)) {
      if (run.length === 0) headingBefore = previous !== null && isHeadingLike(previous);
      run.push(child);
    } else {
      close();
      if (tag === 'section' || tag === 'article') {
        headingBefore = previous !== null && isHeadingLike(previous);
        run.push(child);
      }
    }
    previous = child;
  }
  close();
  return runs;
}

function isHeadingLike(el: Element): boolean {
  return /^h[1-6]$/.test(tagOf(el)) || el.getAttribute('role') === 'heading';
}

const whitespacePadding: Operator = {
  name: 'whitespace-padding',
  summary: 'more collapsible whitespace, leading/trailing NBSP in blocks, NBSP for some spaces, "Label&nbsp;:"',
  apply({ doc, rng }) {
    let changed = false;
    const collapsible = () => Array.from({ length: rng.int(1, 4) }, () => rng.pick(['\n', '\t', ' ', '\n  '])).join('');
    for (const node of textNodesIn(doc.body)) {
      const before = node.data;
      let text = before;
      if (text.trim() === '') {
        // Whitespace between elements: any amount of collapsible whitespace looks the same.
        if (/^[ \t\n\r]+$/.test(text)) text = collapsible();
      } else {
        const parent = node.parentElement;
        const blockEdgeStart = parent !== null && BLOCK_TAGS.has(tagOf(parent)) && parent.firstChild === node;
        const blockEdgeEnd = parent !== null && BLOCK_TAGS.has(tagOf(parent)) && parent.lastChild === node;
        // Spaces between words: some become NBSP or a line break (both read as one space).
        text = text.replace(/(\S) (?=\S)/g, (_m, c: string) =>
          rng.chance(0.25) ? `${c}\u00a0` : rng.chance(0.1) ? `${c}\n ` : `${c} `,
        );
        // French-style "Label :" with NBSP before the colon that ends a label (never inside a value's text).
        text = text.replace(/(\p{L}):(\s*)$/u, (m, c: string, tail: string) =>
          rng.chance(0.5) ? `${c}\u00a0:${tail}` : m,
        );
        if (/^:/.test(text) && node.previousSibling && rng.chance(0.5)) text = `\u00a0${text}`;
        if (/^\s/.test(text) || blockEdgeStart)
          text = `${collapsible()}${blockEdgeStart && rng.chance(0.3) ? '\u00a0' : ''}${text}`;
        if (/\s$/.test(text) || blockEdgeEnd)
          text = `${text}${blockEdgeEnd && rng.chance(0.3) ? '\u00a0' : ''}${collapsible()}`;
      }
      if (text !== before) {
        node.data = text;
        changed = true;
      }
    }
    return changed;
  },
};

const INVISIBLE_CHARS = ['\u200b', '\u2060', '\ufeff', '\u200e'];

const invisibleChars: Operator = {
  name: 'invisible-chars',
  summary:
    'zero-width space, word joiner, BOM or LRM at the edges of texts and after some spaces (never inside a word)',
  apply({ doc, rng }) {
    let changed = false;
    for (const node of textNodesIn(doc.body)) {
      if (node.data.trim() === '' || !rng.chance(0.6)) continue;
      let text = node.data.replace(/ (?=\S)/g, (m) => (rng.chance(0.1) ? `${m}\u200b` : m));
      if (rng.chance(0.7)) text = rng.pick(INVISIBLE_CHARS) + text;
      if (rng.chance(0.7)) text += rng.pick(INVISIBLE_CHARS);
      if (text !== node.data) {
        node.data = text;
        changed = true;
      }
    }
    return changed;
  },
};

const URL_ATTRIBUTES = ['href', 'src', 'action', 'data-src', 'data-href'];

/** Rewrites absolute same-host URLs in link attributes with `spell`; false when there is none. */
function respellUrls(ctx: PerturbContext, spell: (url: URL) => string): boolean {
  const { doc, url } = ctx;
  const baseHref = doc.querySelector('base[href]')?.getAttribute('href');
  const base = baseHref ? new URL(baseHref, url) : url;
  let changed = false;
  for (const el of elementsIn(doc.documentElement)) {
    for (const name of URL_ATTRIBUTES) {
      const value = el.getAttribute(name);
      if (!value || !/^https?:\/\//i.test(value.trim())) continue;
      let target: URL;
      try {
        target = new URL(value.trim());
      } catch {
        continue;
      }
      if (target.protocol !== base.protocol || target.host !== base.host || tagOf(el) === 'base') continue;
      el.setAttribute(name, spell(target));
      changed = true;
    }
  }
  return changed;
}

const urlsProtocolRelative: Operator = {
  name: 'urls-protocol-relative',
  summary: 'absolute same-host URLs are written //host/path',
  apply: (ctx) => respellUrls(ctx, (u) => `//${u.host}${u.pathname}${u.search}${u.hash}`),
};

const urlsRootRelative: Operator = {
  name: 'urls-root-relative',
  summary: 'absolute same-host URLs are written /path',
  apply: (ctx) => respellUrls(ctx, (u) => `${u.pathname}${u.search}${u.hash}`),
};

const ATTR_NOT_DESCRIPTION = new Set([
  'script',
  'style',
  'meta',
  'link',
  'template',
  'iframe',
  'img',
  'input',
  'button',
]);

/** The outermost element of the body whose id, class or data-* attributes mention "description". */
export function descriptionElement(doc: Document): Element | null {
  const mentions = (el: Element) =>
    attributesOf(el).some(
      ([name, value]) => (name === 'id' || name === 'class' || name.startsWith('data-')) && /description/i.test(value),
    );
  // The whole page is no description: an element holding the title is a layout wrapper.
  const candidates = elementsIn(doc.body).filter(
    (el) => !ATTR_NOT_DESCRIPTION.has(tagOf(el)) && tagOf(el) !== 'main' && !el.querySelector('h1') && mentions(el),
  );
  return candidates.find((el) => !candidates.some((other) => other !== el && other.contains(el))) ?? null;
}

const descriptionIframe: Operator = {
  name: 'description-iframe',
  summary: 'the description element is shown inside an <iframe srcdoc> instead (its facts may become unreadable)',
  apply({ doc }) {
    const description = descriptionElement(doc);
    if (!description) return false;
    const lang = doc.documentElement.getAttribute('lang');
    const srcdoc =
      `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head><meta charset="utf-8"><base target="_parent"></head>` +
      `<body>${description.outerHTML}</body></html>`;
    const frame = make(
      doc,
      'iframe',
      [
        ['srcdoc', srcdoc],
        ['style', 'width:100%;border:0'],
        ['loading', 'lazy'],
      ],
      [],
    );
    description.replaceWith(frame);
    return true;
  },
};

export const LABEL_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pl'] as const;
export type LabelLanguage = (typeof LABEL_LANGUAGES)[number];

/** A label in each language, and other wordings that are recognised but never written. */
interface LabelConcept {
  labels: Record<LabelLanguage, string>;
  variants: readonly string[];
}

const concept = (labels: string[], variants: string[] = []): LabelConcept => {
  const [en = '', de = '', fr = '', es = '', it = '', nl = '', pl = ''] = labels;
  return { labels: { en, de, fr, es, it, nl, pl }, variants };
};

/** Common labels of trader and product-safety data, en · de · fr · es · it · nl · pl. */
export const LABEL_TABLE: readonly LabelConcept[] = [
  concept(['Manufacturer', 'Hersteller', 'Fabricant', 'Fabricante', 'Produttore', 'Fabrikant', 'Producent']),
  concept(
    ['Address', 'Adresse', 'Adresse', 'Dirección', 'Indirizzo', 'Adres', 'Adres'],
    [
      'Geschäftsadresse',
      'Geschäftsanschrift',
      'Adresse commerciale',
      "Adresse d'établissement",
      'Vestigingsadres',
      'Adres firmy',
    ],
  ),
  concept(
    ['Email', 'E-Mail', 'Courriel', 'Correo electrónico', 'E-mail', 'E-mail', 'E-mail'],
    ['E-Mail-Adresse', 'Adresse e-mail', 'E-mailadres', 'Adres e-mail'],
  ),
  concept(
    ['Phone', 'Telefon', 'Téléphone', 'Teléfono', 'Telefono', 'Telefoon', 'Telefon'],
    ['Telefonnummer', 'Numéro de téléphone', 'Telefoonnummer', 'Numer telefonu', 'Phone number'],
  ),
  concept(
    ['VAT number', 'USt-IdNr.', 'Numéro de TVA', 'NIF-IVA', 'Partita IVA', 'Btw-nummer', 'NIP'],
    [
      'Umsatzsteuer-ID',
      'UStID',
      'USt-ID',
      'Umsatzsteuer-Identifikationsnummer',
      'Numéro TVA',
      'Numero Partita IVA',
      'Numer VAT',
    ],
  ),
  concept(['Seller', 'Verkäufer', 'Vendeur', 'Vendedor', 'Venditore', 'Verkoper', 'Sprzedawca'], ['Sprzedający']),
  concept([
    'Responsible person',
    'Verantwortliche Person',
    'Personne responsable',
    'Persona responsable',
    'Persona responsabile',
    'Verantwoordelijke persoon',
    'Osoba odpowiedzialna',
  ]),
  concept([
    'Responsible person in the EU',
    'Verantwortliche Person in der EU',
    "Personne responsable dans l'UE",
    'Persona responsable en la UE',
    "Persona responsabile nell'UE",
    'Verantwoordelijke persoon in de EU',
    'Osoba odpowiedzialna w UE',
  ]),
  concept(
    [
      'Trade register',
      'Handelsregister',
      'Registre du commerce',
      'Registro mercantil',
      'Registro imprese',
      'KvK-nummer',
      'KRS',
    ],
    [
      'Handelsregisternummer',
      'Registernummer',
      'Numéro de registre de commerce',
      'Numer KRS',
      'Numer w rejestrze handlowym',
    ],
  ),
  concept(['Name', 'Name', 'Nom', 'Nombre', 'Nome', 'Naam', 'Nazwa']),
  concept(
    [
      'Company name',
      'Firmenname',
      "Nom de l'entreprise",
      'Nombre de la empresa',
      'Ragione sociale',
      'Bedrijfsnaam',
      'Nazwa firmy',
    ],
    ['Name des Unternehmens', 'Raison sociale', 'Dénomination sociale'],
  ),
  concept(['Country', 'Land', 'Pays', 'País', 'Paese', 'Land', 'Kraj']),
  concept([
    'Warnings',
    'Warnhinweise',
    'Avertissements',
    'Advertencias',
    'Avvertenze',
    'Waarschuwingen',
    'Ostrzeżenia',
  ]),
];

const labelKey = (text: string): string => collapse(text).toLowerCase();

const LABEL_INDEX: ReadonlyMap<string, LabelConcept> = new Map(
  LABEL_TABLE.flatMap((c) => [...Object.values(c.labels), ...c.variants].map((label) => [labelKey(label), c] as const)),
);

const translateLabels: Operator = {
  name: 'translate-labels',
  summary:
    'labels of label/value pairs (and section titles that are such labels) are written in another supported language',
  apply({ doc, rng, language }) {
    const target = rng.pick(LABEL_LANGUAGES.filter((l) => l !== language));
    let changed = false;
    for (const node of textNodesIn(doc.body)) {
      // A label is a whole text, or the part before the colon of "Label: value".
      const colon = node.data.indexOf(':');
      const head = colon >= 0 ? node.data.slice(0, colon) : node.data;
      const found = LABEL_INDEX.get(labelKey(head));
      if (!found) continue;
      const translated = found.labels[target];
      if (labelKey(translated) === labelKey(head)) continue;
      const start = head.length - head.trimStart().length;
      const end = head.trimEnd().length;
      node.data = head.slice(0, start) + translated + head.slice(end) + (colon >= 0 ? node.data.slice(colon) : '');
      changed = true;
    }
    return changed;
  },
};

/** Reparses and reserialises the page unchanged: the harness's own noise floor (expect no difference). */
const controlRoundtrip: Operator = {
  name: 'control-roundtrip',
  summary: 'no change: the page is only parsed and serialised again',
  apply: () => true,
};

export const OPERATORS: readonly Operator[] = [
  controlRoundtrip,
  classHashSuffix,
  classCssPrefix,
  listOperator('dl', 'table'),
  listOperator('dl', 'lines'),
  listOperator('table', 'dl'),
  listOperator('table', 'lines'),
  listOperator('lines', 'dl'),
  listOperator('lines', 'table'),
  headingLevel,
  headingRole,
  headingStrong,
  wrapElements,
  reorderSections,
  whitespacePadding,
  invisibleChars,
  urlsProtocolRelative,
  urlsRootRelative,
  descriptionIframe,
  translateLabels,
];

export function operatorNamed(name: string): Operator {
  const found = OPERATORS.find((op) => op.name === name);
  if (!found) throw new Error(`no operator ${name}`);
  return found;
}

function serialise(doc: Document): string {
  return `${doc.doctype ? '<!DOCTYPE html>' : ''}${doc.documentElement.outerHTML}`;
}

/** The page after `operator`, as HTML to be parsed again; null when the operator does not apply. */
export function perturb(
  html: string,
  operator: Operator,
  options: { url: string; seed: string; language?: string | null },
): string | null {
  const doc = documentFrom(html);
  const language = options.language ?? doc.documentElement.getAttribute('lang')?.slice(0, 2).toLowerCase() ?? null;
  const applied = operator.apply({ doc, rng: seededRng(options.seed), url: new URL(options.url), language });
  return applied ? serialise(doc) : null;
}

// ─── Pages: the fixture pages, and the blind pages when present ──────────────────────────────

export const BLIND_DIR = fileURLToPath(new URL('../fixtures/blind/', import.meta.url));

export interface PerturbPage {
  /** e.g. "pages/amazon/de-complete", "blind/temu/x". */
  name: string;
  /** The folder: a marketplace, or "spa", "generic". */
  platform: string;
  url: string;
  language: string | null;
  htmlPath: string;
}

/** Blind pages are being written while tests run: a page counts once its sidecar parses and its HTML is closed. */
function listBlindPages(): PerturbPage[] {
  if (!existsSync(BLIND_DIR)) return [];
  const pages: PerturbPage[] = [];
  for (const platform of readdirSync(BLIND_DIR).sort()) {
    const dir = join(BLIND_DIR, platform);
    let files: string[];
    try {
      files = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const file of files.filter((f) => f.endsWith('.json'))) {
      const base = file.slice(0, -'.json'.length);
      const htmlPath = join(dir, `${base}.html`);
      try {
        const meta = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { url?: unknown; language?: unknown };
        if (typeof meta.url !== 'string' || !existsSync(htmlPath)) continue;
        if (!/<\/html>\s*$/i.test(readFileSync(htmlPath, 'utf8'))) continue;
        const language = typeof meta.language === 'string' ? meta.language : null;
        pages.push({ name: `blind/${platform}/${base}`, platform, url: meta.url, language, htmlPath });
      } catch {
        continue; // still being written
      }
    }
  }
  return pages;
}

export function listPerturbPages(): PerturbPage[] {
  const fixtures = listFixtures().map((f) => ({
    name: `pages/${f.name}`,
    platform: f.name.split('/')[0] ?? '',
    url: f.url,
    language: f.language,
    htmlPath: f.htmlPath,
  }));
  return [...fixtures, ...listBlindPages()];
}

export function readPageHtml(page: PerturbPage): string {
  return readFileSync(page.htmlPath, 'utf8');
}

// ─── Comparison ──────────────────────────────────────────────────────────────────────────────

/** Every fact of the analysis that a markup change must not alter (contract fields and the extras). */
export const FACT_PATHS = [
  'platform',
  'pageType',
  'language',
  'listing.id',
  'listing.title',
  'listing.price',
  'listing.category',
  'trader.name',
  'trader.legalName',
  'trader.address',
  'trader.country',
  'trader.email',
  'trader.phone',
  'trader.registrationNumber',
  'trader.vatNumber',
  'trader.status',
  'trader.storeId',
  'trader.storeUrl',
  'safety.manufacturer.name',
  'safety.manufacturer.address',
  'safety.manufacturer.email',
  'safety.euResponsiblePerson.name',
  'safety.euResponsiblePerson.address',
  'safety.euResponsiblePerson.email',
  'safety.ceMarking',
  'safety.warnings',
  'safety.identifiers.brand',
  'safety.identifiers.model',
  'safety.identifiers.gtin',
] as const;

/** Lists whose order carries no meaning (a warning does not change by moving). */
const UNORDERED = new Set<string>(['safety.warnings', 'safety.identifiers.gtin']);

/** Findings that accuse the trader of leaving something out, or of a wrong number. */
export function isAccusing(id: string): boolean {
  return id.endsWith('-missing') || id === 'trader.registration-invalid';
}

export interface Violation {
  kind: 'different value' | 'new accusation' | 'analysis failed';
  /** A fact path, "links[<href>]", or "findings". */
  field: string;
  original: unknown;
  mutant: unknown;
}

export interface Comparison {
  violations: Violation[];
  /** Facts that differ but that the mutant reports unreadable: allowed, but not exact. */
  excused: string[];
  /** Paths the mutant reports unreadable and the original did not. */
  newlyUnreadable: string[];
}

/** Strings without invisible characters and with whitespace collapsed; lists and objects alike. */
export function normaliseFact(value: unknown): unknown {
  if (typeof value === 'string') return collapse(value);
  if (Array.isArray(value)) return value.map(normaliseFact);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, normaliseFact(v)]),
    );
  }
  return value;
}

function valueAt(root: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>(
      (v, key) => (v !== null && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined),
      root,
    );
}

/** A path is covered by an unreadable entry for it, a parent, or a part of it. */
function isUnreadable(path: string, unreadable: readonly string[]): boolean {
  return unreadable.some((u) => u === path || path.startsWith(`${u}.`) || u.startsWith(`${path}.`));
}

function sameFact(path: string, a: unknown, b: unknown): boolean {
  let x = normaliseFact(a);
  let y = normaliseFact(b);
  if (UNORDERED.has(path) && Array.isArray(x) && Array.isArray(y)) {
    x = x.map((v) => JSON.stringify(v)).sort();
    y = y.map((v) => JSON.stringify(v)).sort();
  }
  return JSON.stringify(x) === JSON.stringify(y);
}

function resolved(href: string, base: string): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** Kinds of each link, by resolved address. */
function linkKinds(analysis: Analysis): Map<string, string[]> {
  const kinds = new Map<string, string[]>();
  for (const link of analysis.links) {
    const href = resolved(link.href, analysis.url);
    kinds.set(href, [...(kinds.get(href) ?? []), link.kind].sort());
  }
  return kinds;
}

/**
 * Compares the facts of a page and of its mutant: each fact must be equal (whitespace and invisible
 * characters aside) or unreadable in the mutant; each link must keep its kind (or "links" be
 * unreadable); and no accusing finding may appear that the original did not have.
 */
export function compareFacts(original: Analysis, mutant: Analysis): Comparison {
  const violations: Violation[] = [];
  const excused: string[] = [];
  const unreadable = mutant.unreadable;
  for (const path of FACT_PATHS) {
    const a = valueAt(original, path);
    const b = valueAt(mutant, path);
    if (sameFact(path, a, b)) continue;
    if (isUnreadable(path, unreadable)) excused.push(path);
    else violations.push({ kind: 'different value', field: path, original: a ?? null, mutant: b ?? null });
  }

  const before = linkKinds(original);
  const after = linkKinds(mutant);
  const linksUnreadable = isUnreadable('links', unreadable);
  for (const href of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(href) ?? null;
    const b = after.get(href) ?? null;
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (linksUnreadable) excused.push(`links[${href}]`);
    else violations.push({ kind: 'different value', field: `links[${href}]`, original: a, mutant: b });
  }

  const had = new Set(original.findings.map((f) => f.id));
  for (const finding of mutant.findings) {
    if (isAccusing(finding.id) && !had.has(finding.id)) {
      violations.push({ kind: 'new accusation', field: 'findings', original: null, mutant: finding.id });
    }
  }
  const newlyUnreadable = mutant.unreadable.filter((u) => !original.unreadable.includes(u));
  return { violations, excused, newlyUnreadable };
}

// ─── Running one mutant ──────────────────────────────────────────────────────────────────────

export type MutantResult = { status: 'not applicable' } | { status: 'ran'; comparison: Comparison; exact: boolean };

/** The seed of a page × operator mutant: fixed, so a failure can be replayed. */
export function mutantSeed(page: PerturbPage, operator: Operator, salt = ''): string {
  return `${salt}|${page.name}|${operator.name}`;
}

/** Perturbs the page with the operator, analyses the mutant and compares it with `original`. */
export function runMutant(
  page: PerturbPage,
  html: string,
  original: Analysis,
  operator: Operator,
  salt = '',
): MutantResult {
  const mutantHtml = perturb(html, operator, {
    url: page.url,
    seed: mutantSeed(page, operator, salt),
    language: page.language,
  });
  if (mutantHtml === null) return { status: 'not applicable' };
  let comparison: Comparison;
  try {
    comparison = compareFacts(original, analyzeDocument(documentFrom(mutantHtml), page.url));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    comparison = {
      violations: [{ kind: 'analysis failed', field: '*', original: null, mutant: message }],
      excused: [],
      newlyUnreadable: [],
    };
  }
  const exact =
    comparison.violations.length === 0 && comparison.excused.length === 0 && comparison.newlyUnreadable.length === 0;
  return { status: 'ran', comparison, exact };
}

/** One open violation as the known list names it: page|operator|kind|field (the finding id for a new accusation). */
export function violationKey(page: string, operator: string, v: Violation): string {
  return `${page}|${operator}|${v.kind}|${v.kind === 'new accusation' ? String(v.mutant) : v.field}`;
}
