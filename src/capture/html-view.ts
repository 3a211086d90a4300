import { base64 } from './base64';
import type { Snapshot } from './types';
import { makeInert } from './view-inert';

/** No script, no network, no form, no base: everything the view shows is inside the file. */
const VIEW_CSP = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; font-src data:; form-action 'none'; base-uri 'none'";

function absolute(value: string | null, base: string): string | null {
  try {
    return value ? new URL(value, base).href : null;
  } catch {
    return null;
  }
}

/**
 * One self-contained HTML file for people who just want to look: the kept page with its images as
 * data: URIs and its stylesheets inline, a note on what it is, and nothing that runs or loads.
 * `parse` is DOMParser in the browser (linkedom in tests).
 */
export function htmlView(snapshot: Snapshot, parse: (html: string) => Document, noteLines: readonly string[]): string {
  const page = snapshot.parts.find((p) => p.name === 'page.html');
  const doc = parse(page ? new TextDecoder().decode(page.bytes) : '<!DOCTYPE html><html><head></head><body></body></html>');
  const base = snapshot.metadata.url;
  const resources = new Map(snapshot.parts.filter((p) => p.url).map((p) => [p.url as string, p]));

  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const kept = resources.get(absolute(img.getAttribute('src'), base) ?? '');
    img.removeAttribute('srcset');
    if (kept) img.setAttribute('src', `data:${kept.mime};base64,${base64(kept.bytes)}`);
    else img.removeAttribute('src');
  }
  for (const source of Array.from(doc.querySelectorAll('source'))) source.remove();
  for (const link of Array.from(doc.querySelectorAll('link'))) {
    const kept = link.matches('[rel~="stylesheet"]') ? resources.get(absolute(link.getAttribute('href'), base) ?? '') : undefined;
    if (kept) {
      const style = doc.createElement('style');
      style.textContent = new TextDecoder().decode(kept.bytes);
      link.replaceWith(style);
    } else {
      link.remove();
    }
  }
  makeInert(doc);

  const head = doc.head ?? doc.documentElement;
  const csp = doc.createElement('meta');
  csp.setAttribute('http-equiv', 'Content-Security-Policy');
  csp.setAttribute('content', VIEW_CSP);
  head.insertBefore(csp, head.firstChild);

  const note = doc.createElement('aside');
  note.setAttribute('style', 'all:initial;display:block;font:14px/1.4 system-ui,sans-serif;background:#fff8d6;color:#222;border-bottom:2px solid #c9a400;padding:8px 12px');
  for (const line of noteLines) {
    const p = doc.createElement('div');
    p.textContent = line;
    note.appendChild(p);
  }
  doc.body?.insertBefore(note, doc.body.firstChild);
  return `<!DOCTYPE html>\n${doc.documentElement.outerHTML}`;
}
