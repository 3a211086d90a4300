import browser from 'webextension-polyfill';
import { assembleSnapshot } from '../../capture/assemble';
import { base64 } from '../../capture/base64';
import { CAPTURE_PAGE, type CapturePageRequest, type CapturePageResponse } from '../../capture/protocol';
import { maskScreenshot } from '../../capture/mask';
import { fetchResources } from '../../capture/resources';
import { fullPageScreenshot } from './full-page';
import type { SnapshotMetadata } from '../../capture/types';
import { tabAnalysis } from '../tab-state';
import { loadSnapshot, saveSnapshot, type SnapshotSummary } from './store';
import { buildWacz } from '../../capture/wacz/wacz';
import type { Snapshot } from '../../capture/types';

const request: CapturePageRequest = { type: CAPTURE_PAGE };

/** Asks the tab's content script for its page, injecting it first where it does not run (any other shop, via activeTab). */
async function serializedPage(tabId: number): Promise<CapturePageResponse> {
  try {
    return (await browser.tabs.sendMessage(tabId, request)) as CapturePageResponse;
  } catch {
    const script = browser.runtime.getManifest().content_scripts?.[0]?.js?.[0];
    if (!script) throw new Error('no content script to inject');
    await browser.scripting.executeScript({ target: { tabId }, files: [script] });
    return (await browser.tabs.sendMessage(tabId, request)) as CapturePageResponse;
  }
}

/**
 * The whole page stitched from viewport captures, with the redacted places painted over; where the
 * page cannot be scrolled from here, what the browser shows of it now.
 */
async function screenshot(tab: browser.Tabs.Tab, page: CapturePageResponse): Promise<{ png: Uint8Array; slices: number } | { error: string }> {
  if (!tab.active) return { error: 'the tab was not the visible one' };
  try {
    return await fullPageScreenshot(tab, page.viewport);
  } catch {
    // Falls back to the visible part below.
  }
  try {
    const dataUrl = await browser.tabs.captureVisibleTab(tab.windowId as number, { format: 'png' });
    const response = await fetch(dataUrl);
    const png = await maskScreenshot(new Uint8Array(await response.arrayBuffer()), page.masks, page.viewport.width);
    return png ? { png, slices: 1 } : { error: 'the redacted places could not be masked, so no screenshot was kept' };
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) };
  }
}

async function browserInfo(): Promise<SnapshotMetadata['browser']> {
  const runtime = browser.runtime as typeof browser.runtime & { getBrowserInfo?: () => Promise<{ name: string; version: string }> };
  if (runtime.getBrowserInfo) {
    const info = await runtime.getBrowserInfo();
    return { name: info.name, version: info.version };
  }
  const chrome = /(Chrome|Chromium)\/([\d.]+)/.exec(navigator.userAgent);
  return { name: chrome?.[1] ?? 'unknown', version: chrome?.[2] ?? 'unknown' };
}

/** Takes a snapshot of the tab and keeps it in the library. */
export async function saveTabSnapshot(tabId: number): Promise<SnapshotSummary> {
  const capturedAt = new Date();
  const tab = await browser.tabs.get(tabId);
  const [page, analysis, browserMeta] = await Promise.all([serializedPage(tabId), tabAnalysis(tabId), browserInfo()]);
  // Right after serializing, so the masks still match what is on screen.
  const [shot, resources] = await Promise.all([screenshot(tab, page), fetchResources(page.resources)]);
  const manifest = browser.runtime.getManifest();
  const snapshot = await assembleSnapshot({
    page,
    analysis,
    resources,
    screenshot: shot,
    capturedAt,
    browser: browserMeta,
    extension: { name: 'Flagpost', version: manifest.version },
  });
  return saveSnapshot(snapshot);
}

/** Snapshots as one WACZ, base64 so it survives extension messaging (which does not carry bytes in Chrome). */
export async function snapshotsAsWacz(ids: readonly string[]): Promise<{ base64: string; bytes: number }> {
  const snapshots = (await Promise.all(ids.map(loadSnapshot))).filter((s): s is Snapshot => s !== null);
  const wacz = await buildWacz(snapshots, `Flagpost ${browser.runtime.getManifest().version}`);
  return { base64: base64(wacz), bytes: wacz.byteLength };
}
