import { redact } from './redact';
import type { Rect, SerializedPage } from './types';

const MAX_RESOURCES = 80;

/** Elements Flagpost itself put on the page: not part of the evidence. */
export const OWN_ELEMENTS = 'flagpost-badge';

function absolute(value: string | null, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The listing's images and stylesheets, read from the redacted copy so the shopper's avatar is not fetched. */
function resourceUrls(root: Element, base: string): string[] {
  const found = new Set<string>();
  for (const img of Array.from(root.querySelectorAll('img[src]'))) {
    const url = absolute(img.getAttribute('src'), base);
    if (url) found.add(url);
  }
  for (const link of Array.from(root.querySelectorAll('link[rel~="stylesheet"][href]'))) {
    const url = absolute(link.getAttribute('href'), base);
    if (url) found.add(url);
  }
  return [...found].slice(0, MAX_RESOURCES);
}

function doctypeOf(doc: Document): string {
  const type = doc.doctype;
  return type ? `<!DOCTYPE ${type.name}>` : '<!DOCTYPE html>';
}

/** Where these elements are in the viewport now (the ones laid out). */
export function rectsOf(elements: readonly Element[]): Rect[] {
  return elements.flatMap((element) => {
    const rect = element.getBoundingClientRect?.();
    return rect && rect.width > 0 && rect.height > 0 ? [{ x: rect.x, y: rect.y, width: rect.width, height: rect.height }] : [];
  });
}

/**
 * The page as it is rendered now, serialized from a detached copy with the shopper's data and the
 * scripts taken out, and the live elements whose place on screen must be masked. Called only when
 * the user asks for a snapshot.
 */
export function serializePageAndMasks(doc: Document, url: string, viewport: SerializedPage['viewport']): { page: SerializedPage; masked: Element[] } {
  const copy = doc.documentElement.cloneNode(true) as Element;
  // The copy has the page's exact element order: pair them up to find the redacted places on screen.
  const live = doc.documentElement.querySelectorAll('*');
  const original = new Map(Array.from(copy.querySelectorAll('*'), (element, i) => [element, live[i]] as const));
  for (const own of Array.from(copy.querySelectorAll(OWN_ELEMENTS))) own.remove();
  const { redactions, masked } = redact(copy);
  const liveMasked = masked.flatMap((element) => original.get(element) ?? []);
  return {
    page: {
      masks: rectsOf(liveMasked),
      url,
      title: doc.title,
      html: `${doctypeOf(doc)}\n${copy.outerHTML}`,
      resources: resourceUrls(copy, doc.baseURI || url),
      viewport,
      redactions,
    },
    masked: liveMasked,
  };
}

export function serializePage(doc: Document, url: string, viewport: SerializedPage['viewport']): SerializedPage {
  return serializePageAndMasks(doc, url, viewport).page;
}
