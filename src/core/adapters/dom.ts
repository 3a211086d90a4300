import type { RawLink } from '../facts';
import type { LinkSource } from '../model';
import { cleanOrNull, cleanText, foldForMatching } from '../text/normalize';
import { MAX_LINKS } from '../links/limits';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Folded text of an element (textContent: works in linkedom too, and never forces layout). */
export function textOf(node: Node | null | undefined): string {
  return cleanText(node?.textContent);
}

export function textOrNull(node: Node | null | undefined): string | null {
  return cleanOrNull(node?.textContent);
}

export function first(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const selector of selectors) {
    const found = root.querySelector(selector);
    if (found) return found;
  }
  return null;
}

export function metaContent(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
  return cleanOrNull(el?.getAttribute('content'));
}

/** The page's declared language, primary subtag only ("de-DE" gives "de"). */
export function pageLanguage(doc: Document): string | null {
  const lang = doc.documentElement?.getAttribute('lang') ?? metaContent(doc, 'og:locale');
  const primary = lang?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** A label as compared: folded, trailing colon dropped ("Hersteller ‏:‎" reads "hersteller"). */
export function stripLabel(text: string): string {
  return foldForMatching(text).replace(/[:：]\s*$/, '').trim();
}

/** The folded forms of `labels`, for `has(stripLabel(text))` look-ups. */
export function labelSet(labels: readonly string[]): ReadonlySet<string> {
  return new Set(labels.map(stripLabel));
}

export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2',
  'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TBODY', 'TD', 'TH', 'THEAD',
  'TR', 'UL',
]);
// Not text a person reads as the listing's: code, and the UI chrome of buttons.
export const SKIPPED_TAGS: ReadonlySet<string> = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'BUTTON']);
const END_OF_BLOCK = Symbol('end of block');

/**
 * The lines a reader sees below `root`: block elements and <br> break lines, inline ones do not
 * ("<span>Lumi</span><b>doux</b>" stays one word). textContent alone glues minified
 * "<li>Kaltstufe</li><li>CE-zertifiziert</li>" into one word, hiding both from the term matchers.
 * Walks with its own stack: seller-written HTML may nest deeper than the call stack allows.
 */
export function blockLines(root: Node | null | undefined): string[] {
  if (!root) return [];
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = cleanText(current);
    if (line) lines.push(line);
    current = '';
  };
  const pending: (Node | typeof END_OF_BLOCK)[] = Array.from(root.childNodes).reverse();
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node === END_OF_BLOCK) {
      flush();
      continue;
    }
    if (node.nodeType === TEXT_NODE) current += node.textContent ?? '';
    if (node.nodeType !== ELEMENT_NODE) continue;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) continue;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      pending.push(END_OF_BLOCK);
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Node);
  }
  flush();
  return lines;
}

/** `blockLines` as one string, lines separated by a space: the text term checks scan. */
export function blockText(root: Node | null | undefined): string {
  return blockLines(root).join(' ');
}

/**
 * Finds "label → value" pairs in the shapes marketplaces use: <dt>/<dd>, <th>/<td>,
 * two sibling elements, or "Label: value" inside one element. Labels compare folded
 * (case and accents ignored), so one list serves every language.
 */
export function labelledValue(root: ParentNode, labels: readonly string[]): string | null {
  const wanted = new Set(labels.map(stripLabel));
  const candidates = root.querySelectorAll('dt, th, td, span, div, p, li, strong, b, label, h3, h4');
  for (const el of Array.from(candidates)) {
    const own = textOf(el);
    if (own.length > 120) continue;
    if (wanted.has(stripLabel(own))) {
      const sibling = el.nextElementSibling;
      // Lines of the value stay apart: "Industrieweg 41<br>3044 AS Rotterdam" is not "413044".
      const value = sibling ? cleanOrNull(blockLines(sibling).join(', ')) : null;
      if (value) return value;
      continue;
    }
    const colon = own.search(/[:：]/);
    if (colon > 0 && el.children.length === 0 && wanted.has(stripLabel(own.slice(0, colon)))) {
      const value = cleanOrNull(own.slice(colon + 1));
      if (value) return value;
    }
  }
  return null;
}

/**
 * Every <a href> below root, as raw links (one more than MAX_LINKS at most, to tell that there were more).
 * `base` resolves relative targets. `isInterface` names the platform's own controls inside the listing's
 * content (a "read more" toggle), which are not the listing's links.
 */
export function linksIn(
  root: ParentNode | null,
  source: LinkSource,
  base: URL,
  isInterface: (link: Element) => boolean = () => false,
): RawLink[] {
  if (!root) return [];
  const links: RawLink[] = [];
  const anchors = root.querySelectorAll('a[href], area[href]');
  for (let i = 0; i < anchors.length && links.length <= MAX_LINKS; i++) {
    const a = anchors[i] as Element;
    if (isInterface(a)) continue;
    const href = resolveHref(a.getAttribute('href') ?? '', base);
    if (href) links.push({ href, text: textOf(a) || cleanText(a.getAttribute('title')), source });
  }
  return links;
}

function resolveHref(raw: string, base: URL): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  return absoluteUrl(trimmed, base);
}

/** An href resolved against the page, or null when it is missing or malformed. */
export function resolveUrl(href: string | null | undefined, base: URL): URL | null {
  if (!href) return null;
  try {
    return new URL(href, base);
  } catch {
    return null;
  }
}

/** Protocol-relative and relative addresses made absolute against the page. */
export function absoluteUrl(raw: string | null | undefined, base: URL): string | null {
  return resolveUrl(raw, base)?.href ?? null;
}

/**
 * A selector for the elements carrying a class `<stem>` or `<stem>--<build hash>`
 * (`store-detail--wrap--IhR4e1j`): CSS-module class names keep their stem across builds, not their hash.
 */
export function classStem(stem: string): string {
  return `.${stem}, [class^="${stem}--"], [class*=" ${stem}--"]`;
}
