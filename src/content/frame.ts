import type { DescriptionFrameReader } from '../core/frames';
import { send } from '../runtime/messages';

/**
 * In a listing's description frame (eBay's ebaydesc.com) the content script only reads the
 * description and sends it to the service worker, which merges it into the listing's page and
 * judges it again: the page's own content script shows the findings. No badge here.
 */
export function reportDescriptionFrame(reader: DescriptionFrameReader): void {
  const content = reader.read(document, new URL(location.href));
  // Not found: the listing's description stays unreadable, never empty.
  if (!content) return;
  send({ type: 'frame-facts', content }).catch((error: unknown) =>
    console.error('Flagpost: description frame not reported', error),
  );
}
