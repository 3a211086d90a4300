import type { Analysis, Finding } from '../core/model';

/** How many text nodes one look-up may visit: a 2 MB page has tens of thousands. */
const TEXT_NODE_BUDGET = 20_000;
/** How far up from the matching text to look for the box that holds the rest of the evidence. */
const CLIMB_LEVELS = 5;
const SHOW_TEXT = 0x4; // NodeFilter.SHOW_TEXT, spelled out so the module also runs under linkedom

/**
 * The element on the page a finding's evidence points at, or null when it cannot be told:
 * for a link finding the <a> whose address is in the evidence ("text → address"), otherwise the
 * smallest box around the first evidence text (the seller box for trader findings) that also holds
 * the rest of it. Runs only when the user asks (hover, focus), never during analysis.
 */
export function evidenceElement(finding: Finding, analysis: Analysis, doc: Document, skip: Node): Element | null {
  if (finding.id.startsWith('links.')) return linkElement(finding, doc);
  const texts = finding.evidence.filter((text) => text.trim().length >= 3);
  const fallback = finding.id.startsWith('trader.')
    ? analysis.trader.name
    : finding.id.startsWith('safety.')
      ? analysis.safety.manufacturer.name
      : null;
  const first = texts[0] ?? fallback;
  if (!first) return null;
  const found =
    elementWithText(doc, first, skip) ?? (fallback && fallback !== first ? elementWithText(doc, fallback, skip) : null);
  return found ? widenToHold(found, texts.slice(1)) : null;
}

const ARROW = ' → ';

function linkElement(finding: Finding, doc: Document): Element | null {
  const targets = new Set(
    finding.evidence.map((e) => (e.includes(ARROW) ? e.slice(e.lastIndexOf(ARROW) + ARROW.length) : e)),
  );
  for (const anchor of doc.querySelectorAll('a[href]')) {
    const raw = anchor.getAttribute('href') ?? '';
    if (targets.has(raw) || targets.has((anchor as HTMLAnchorElement).href)) return anchor;
  }
  return null;
}

function elementWithText(doc: Document, text: string, skip: Node): Element | null {
  const needle = text.trim();
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, SHOW_TEXT);
  for (let n = 0, node = walker.nextNode(); node && n < TEXT_NODE_BUDGET; n++, node = walker.nextNode()) {
    if (skip.contains(node)) continue;
    const parent = node.parentElement;
    if (parent && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName) && node.nodeValue?.includes(needle))
      return parent;
  }
  return null;
}

function widenToHold(start: Element, others: readonly string[]): Element {
  if (others.length === 0) return start;
  let box = start;
  for (let level = 0; level < CLIMB_LEVELS; level++) {
    const text = box.textContent ?? '';
    if (others.every((other) => text.includes(other))) return box;
    const parent = box.parentElement;
    if (!parent || parent === box.ownerDocument.body) break;
    box = parent;
  }
  return start;
}
