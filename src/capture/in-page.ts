import { isCapturePageRequest, isCaptureScrollRequest, type CaptureScrollResponse } from './protocol';
import { OWN_ELEMENTS, rectsOf, serializePageAndMasks } from './serialize';
import type { SerializedPage } from './types';

/** Two frames: the page has painted at its new scroll position (at most 200 ms: a hidden tab paints no frames). */
const painted = () =>
  new Promise<void>((resolve) => {
    setTimeout(resolve, 200);
    requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
  });

/** The content script's whole part in capture: answer two kinds of request, from the extension only. */
export function answerCaptureRequests(onMessage: {
  addListener(listener: (message: unknown) => Promise<SerializedPage | CaptureScrollResponse> | undefined): void;
}): void {
  // The redacted elements of the last snapshot, to mask them again in each part of a full-page screenshot.
  let masked: Element[] = [];
  onMessage.addListener((message) => {
    if (isCapturePageRequest(message)) {
      const serialized = serializePageAndMasks(document, location.href, { width: innerWidth, height: innerHeight, devicePixelRatio: devicePixelRatio });
      masked = serialized.masked;
      return Promise.resolve(serialized.page);
    }
    if (isCaptureScrollRequest(message)) {
      for (const own of Array.from(document.querySelectorAll<HTMLElement>(OWN_ELEMENTS)))
        own.style.visibility = message.capturing ? 'hidden' : '';
      if (message.to) scrollTo({ left: message.to.x, top: message.to.y, behavior: 'instant' });
      return painted().then(() => ({
        x: scrollX,
        y: scrollY,
        height: document.documentElement.scrollHeight,
        viewportHeight: innerHeight,
        masks: rectsOf(masked),
      }));
    }
    return undefined;
  });
}
