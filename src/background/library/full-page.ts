import browser from 'webextension-polyfill';
import { CAPTURE_SCROLL, type CaptureScrollRequest, type CaptureScrollResponse } from '../../capture/protocol';
import { MAX_PAGE_HEIGHT, slicePositions, stitchSlices, type Slice } from '../../capture/stitch';
import type { Viewport } from '../../capture/types';

/** Chromium allows two visible-tab captures a second; a refused one is taken again after this. */
const QUOTA_WAIT_MS = 550;
const QUOTA = /MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND/;

async function captureVisible(windowId: number): Promise<Uint8Array> {
  for (let attempt = 0; ; attempt++) {
    try {
      const dataUrl = await browser.tabs.captureVisibleTab(windowId, { format: 'png' });
      return new Uint8Array(await (await fetch(dataUrl)).arrayBuffer());
    } catch (error) {
      if (attempt >= 4 || !QUOTA.test(String(error))) throw error;
      await new Promise((resolve) => setTimeout(resolve, QUOTA_WAIT_MS));
    }
  }
}

function scrollTab(tabId: number, to: CaptureScrollRequest['to'], capturing = true): Promise<CaptureScrollResponse> {
  const request: CaptureScrollRequest = { type: CAPTURE_SCROLL, to, capturing };
  return browser.tabs.sendMessage(tabId, request) as Promise<CaptureScrollResponse>;
}

/**
 * The whole page (up to MAX_PAGE_HEIGHT) in one PNG: scrolled a viewport at a time, each view
 * captured with its redacted places masked where they are at that scroll position (sticky headers
 * included), stitched off-screen, and the page scrolled back to where the shopper left it.
 */
export async function fullPageScreenshot(tab: browser.Tabs.Tab, viewport: Viewport): Promise<{ png: Uint8Array; slices: number }> {
  const tabId = tab.id as number;
  const start = await scrollTab(tabId, null);
  try {
    const slices: Slice[] = [];
    for (const y of slicePositions(start.height, start.viewportHeight)) {
      const at = await scrollTab(tabId, { x: start.x, y });
      slices.push({ y: at.y, png: await captureVisible(tab.windowId as number), masks: at.masks });
    }
    const png = await stitchSlices(slices, { width: viewport.width, height: Math.min(start.height, MAX_PAGE_HEIGHT) });
    if (!png) throw new Error('the screenshot could not be stitched');
    return { png, slices: slices.length };
  } finally {
    await scrollTab(tabId, { x: start.x, y: start.y }, false);
  }
}
