import type { RawLink } from '../facts';
import type { LinkSource } from '../model';
import { cleanOrNull, cleanText, foldForMatching } from '../text/normalize';

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

function stripLabel(text: string): string {
  return foldForMatching(text).replace(/[:：]\s*$/, '').trim();
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
      const value = sibling ? textOrNull(sibling) : null;
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

/** Every <a href> below root, as raw links. `base` resolves relative targets. */
export function linksIn(root: ParentNode | null, source: LinkSource, base: URL): RawLink[] {
  if (!root) return [];
  const links: RawLink[] = [];
  for (const a of Array.from(root.querySelectorAll('a[href], area[href]'))) {
    const href = resolveHref(a.getAttribute('href') ?? '', base);
    if (href) links.push({ href, text: textOf(a) || cleanText(a.getAttribute('title')), source });
  }
  return links;
}

function resolveHref(raw: string, base: URL): string | null {
  const trimmed = raw.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}
