import { parseHTML } from 'linkedom';
import { boundDepth, MAX_DEPTH } from '../core/html/bound-depth';

/**
 * A saved page as a DOM, never nested deeper than browsers nest it (512): deeper elements become
 * siblings, as in Blink (src/core/html/bound-depth.ts). `note` hears when that happened.
 */
export function parsePage(html: string, note: (text: string) => void): Document {
  const bounded = boundDepth(html);
  if (bounded.flattened > 0) {
    note(`nested deeper than ${MAX_DEPTH} elements: ${bounded.flattened} elements read as siblings, as browsers do`);
  }
  return parseHTML(bounded.html).document as unknown as Document;
}
