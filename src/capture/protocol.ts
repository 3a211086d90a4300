import type { SerializedPage } from './types';

/** Service worker → content script: serialize the page now (the only time the content script does capture work). */
export const CAPTURE_PAGE = 'flagpost-capture-page';

export interface CapturePageRequest {
  type: typeof CAPTURE_PAGE;
}

export type CapturePageResponse = SerializedPage;

export function isCapturePageRequest(value: unknown): value is CapturePageRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === CAPTURE_PAGE;
}
