import browser from 'webextension-polyfill';
import { answerCaptureRequests } from '../capture/in-page';
import { extractPage } from '../core/extract';
import { frameReaderFor } from '../core/frames';
import type { PageFacts } from '../core/facts';
import type { Analysis } from '../core/model';
import { isAnalysisUpdate, isSettingsChanged, send } from '../runtime/messages';
import { Badge } from './badge';
import { reportDescriptionFrame } from './frame';
import { watchPage } from './page-watch';

/** Runs when the browser is idle, so the page's own work comes first. */
function whenIdle(): Promise<void> {
  return new Promise((resolve) => {
    if ('requestIdleCallback' in window) requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 0);
  });
}

const badge = new Badge();
let generation = 0;
let lastFacts: PageFacts | null = null;
/** The analysis the service worker sent after finding codes in the listing's images: newer than its first answer. */
let rescanned: Analysis | null = null;
let badgeShown = false;

async function analyseThisPage(): Promise<void> {
  const mine = ++generation;
  rescanned = null;
  await whenIdle();
  const facts = extractPage(document, location.href, (where, error) => console.error(`Flagpost: ${where}`, error));
  if (mine !== generation) return; // the page moved on while we waited
  lastFacts = facts;
  if (facts.pageType !== 'product') {
    badgeShown = false;
    badge.remove();
    await send({ type: 'page-cleared' });
    return;
  }
  const [analysis, settings] = await Promise.all([
    send({ type: 'page-facts', facts }),
    send({ type: 'page-settings' }),
  ]);
  if (mine !== generation) return;
  badgeShown = settings.showBadge;
  // The image scan may have answered while this page's first analysis was on its way.
  if (badgeShown) void badge.show(rescanned ?? analysis);
  else badge.remove();
}

/** The service worker judged the page again with the codes in its images: the badge and open panel show it. */
function showRescanned(analysis: Analysis): void {
  if (analysis.url !== lastFacts?.url) return; // judged for a page this tab has left
  rescanned = analysis;
  if (badgeShown) void badge.show(analysis);
}

function analyse(): void {
  analyseThisPage().catch((error: unknown) => console.error('Flagpost: analysis failed', error));
}

// The popup may inject this script into a tab where it already runs: then it only analyses again.
const LOADED = Symbol.for('flagpost.content');
const scope = globalThis as typeof globalThis & { [LOADED]?: () => void };
const descriptionFrame = frameReaderFor(new URL(location.href));
if (descriptionFrame) {
  reportDescriptionFrame(descriptionFrame);
} else if (scope[LOADED]) {
  scope[LOADED]();
} else {
  scope[LOADED] = analyse;
  analyse();
  answerCaptureRequests(browser.runtime.onMessage);
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (isAnalysisUpdate(message)) showRescanned(message.analysis);
    // Checks switched off, the badge hidden, another language: the page is judged and shown anew.
    if (isSettingsChanged(message)) analyse();
    return undefined;
  });
  watchPage({
    onSettled: analyse,
    // A single-page marketplace may render the listing after load: read it again while parts were missing.
    wantsRetry: () => lastFacts !== null && lastFacts.pageType !== 'other' && lastFacts.unreadable.length > 0,
    ownNode: badge.hostElement,
    signal: new AbortController().signal,
  });
}
