import type { Rect, SerializedPage } from './types';

/** Service worker → content script: serialize the page now (the only time the content script does capture work). */
export const CAPTURE_PAGE = 'flagpost-capture-page';
/** Service worker → content script, for the full-page screenshot: scroll (or stay, with `to: null`) and say where the redacted places are now. */
export const CAPTURE_SCROLL = 'flagpost-capture-scroll';

export interface CapturePageRequest {
  type: typeof CAPTURE_PAGE;
}

export type CapturePageResponse = SerializedPage;

export interface CaptureScrollRequest {
  type: typeof CAPTURE_SCROLL;
  to: { x: number; y: number } | null;
  /** While true, Flagpost's own badge is hidden: it is not part of the page, and would repeat in every capture. */
  capturing: boolean;
}

export interface CaptureScrollResponse {
  /** Where the page is scrolled to after the request (CSS pixels). */
  x: number;
  y: number;
  /** Height of the whole page and of the viewport (CSS pixels). */
  height: number;
  viewportHeight: number;
  /** The redacted places of the last serialized page, in viewport coordinates at this scroll position. */
  masks: Rect[];
}

export function isCapturePageRequest(value: unknown): value is CapturePageRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === CAPTURE_PAGE;
}

export function isCaptureScrollRequest(value: unknown): value is CaptureScrollRequest {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === CAPTURE_SCROLL;
}
