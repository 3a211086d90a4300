import { isCapturePageRequest } from './protocol';
import { serializePage } from './serialize';
import type { SerializedPage } from './types';

/** The content script's whole part in capture: answer one kind of request, from the extension only. */
export function answerCaptureRequests(onMessage: { addListener(listener: (message: unknown) => Promise<SerializedPage> | undefined): void }): void {
  onMessage.addListener((message) => {
    if (!isCapturePageRequest(message)) return undefined;
    return Promise.resolve(
      serializePage(document, location.href, { width: innerWidth, height: innerHeight, devicePixelRatio: devicePixelRatio }),
    );
  });
}
