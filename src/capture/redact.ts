import { BUTTON_INPUTS, DATA_SCRIPT_TYPES, GREETING, GREETING_MAX_CHARS, NAMED_AREAS, NAMED_IDS, PERSONAL_ATTRIBUTE } from './redaction-rules';
import type { Redaction, RedactionKind } from './types';

export const REDACTED = '[redacted by Flagpost]';

/** tag#id.class — enough to find the place again, never the removed text. */
function describe(element: Element): string {
  const id = element.id ? `#${element.id}` : '';
  const classes = Array.from(element.classList ?? []).slice(0, 2).map((c) => `.${c}`).join('');
  return `${element.tagName.toLowerCase()}${id}${classes}`;
}

function namesOf(element: Element): string {
  return [element.id, element.getAttribute('class'), element.getAttribute('data-testid'), element.getAttribute('data-test-id'), element.getAttribute('data-role'), element.getAttribute('name')]
    .filter(Boolean)
    .join(' ')
    // camelCase → kebab-case, so one pattern covers both spellings
    .replace(/([a-z])([A-Z])/g, '$1-$2');
}

function areaKind(element: Element): RedactionKind | null {
  const named = NAMED_IDS[element.id];
  if (named) return named;
  const names = namesOf(element);
  if (!names) return null;
  return NAMED_AREAS.find((area) => area.pattern.test(names))?.kind ?? null;
}

/** What redaction produced: the list for the metadata, and the elements whose place on screen must be masked too. */
interface Outcome {
  redactions: Redaction[];
  masked: Element[];
}

/** Empties an element but keeps it, so the layout around it still reads. */
function blank(element: Element, kind: RedactionKind, out: Outcome): void {
  const chars = (element.textContent ?? '').trim().length;
  while (element.firstChild) element.removeChild(element.firstChild);
  for (const name of ['title', 'aria-label', 'alt', 'value', 'placeholder', 'href', 'src', 'srcset']) element.removeAttribute(name);
  element.appendChild(element.ownerDocument.createTextNode(REDACTED));
  out.redactions.push({ kind, where: describe(element), chars });
  out.masked.push(element);
}

function redactAreas(root: Element, out: Outcome): void {
  const done = new Set<Element>();
  for (const element of Array.from(root.querySelectorAll('*'))) {
    if (element.parentElement && [...done].some((d) => d.contains(element))) continue;
    const kind = areaKind(element);
    if (kind) {
      blank(element, kind, out);
      done.add(element);
    }
  }
}

/** Greetings by name wherever they are ("Hello, Anna" in a header the patterns did not name). */
function redactGreetings(root: Element, out: Outcome): void {
  for (const element of Array.from(root.querySelectorAll('body *'))) {
    if (element.children.length > 0) continue;
    const text = element.textContent ?? '';
    if (text.length <= GREETING_MAX_CHARS && GREETING.test(text)) blank(element, 'account', out);
  }
}

function redactInputs(root: Element, out: Outcome): void {
  for (const input of Array.from(root.querySelectorAll('input'))) {
    const type = (input.getAttribute('type') ?? 'text').toLowerCase();
    if (BUTTON_INPUTS.has(type)) continue;
    const value = input.getAttribute('value');
    if (value !== null) {
      input.removeAttribute('value');
      out.redactions.push({ kind: 'input', where: describe(input), chars: value.length });
      out.masked.push(input);
    }
  }
  for (const area of Array.from(root.querySelectorAll('textarea'))) {
    const chars = (area.textContent ?? '').length;
    if (chars > 0) {
      area.textContent = '';
      out.redactions.push({ kind: 'input', where: describe(area), chars });
      out.masked.push(area);
    }
  }
  for (const option of Array.from(root.querySelectorAll('option[selected]'))) option.removeAttribute('selected');
}

/** Scripts are not needed to replay the rendered DOM; data scripts (JSON-LD) are product data and stay. */
function dropScripts(root: Element, out: Outcome): void {
  let dropped = 0;
  for (const script of Array.from(root.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase().trim();
    if (DATA_SCRIPT_TYPES.has(type)) continue;
    script.remove();
    dropped++;
  }
  for (const link of Array.from(root.querySelectorAll('link[rel~="modulepreload"], link[as="script"], meta[http-equiv]'))) {
    link.remove();
    dropped++;
  }
  if (dropped > 0) out.redactions.push({ kind: 'script', where: `${dropped} script elements`, chars: 0 });
}

function dropHandlerAttributes(root: Element, out: Outcome): void {
  let removed = 0;
  for (const element of Array.from(root.querySelectorAll('*'))) {
    for (const name of element.getAttributeNames()) {
      if (/^on/i.test(name) || PERSONAL_ATTRIBUTE.test(name)) {
        element.removeAttribute(name);
        removed++;
      }
    }
  }
  if (removed > 0) out.redactions.push({ kind: 'attribute', where: `${removed} event-handler or personal-data attributes`, chars: 0 });
}

/**
 * Takes the shopper's own data out of a copy of the page, in place, and says what it took.
 * Runs on a detached clone: never on the live page, and it never reads cookies or storage.
 */
export function redact(root: Element): Outcome {
  const out: Outcome = { redactions: [], masked: [] };
  dropScripts(root, out);
  redactAreas(root, out);
  redactGreetings(root, out);
  redactInputs(root, out);
  dropHandlerAttributes(root, out);
  return out;
}
