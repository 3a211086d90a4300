/**
 * Tells when a single-page marketplace (AliExpress, Temu, Shein, Allegro) has shown another product
 * without a full load, or has finished rendering one late. Content scripts cannot see the page's
 * history.pushState, so this watches the DOM for changes, compares the address, and waits for the
 * page to settle before asking for a new analysis.
 *
 * Bounded: one MutationObserver whose callback only compares a string; a debounce so a burst of
 * rendering gives one analysis; late-render retries limited per address; everything stops on abort.
 */

/** Quiet time after the last DOM change before the page counts as settled. */
export const SETTLE_MS = 400;
/** Longest wait for a page that never stops changing (carousels, timers). */
export const MAX_WAIT_MS = 3000;
/** How often one address is re-read because its content arrived late. */
export const LATE_RENDER_RETRIES = 3;

export interface PageWatchOptions {
  /** A new address, or the same address after late rendering: analyse again. */
  onSettled: (reason: 'navigation' | 'late-render') => void;
  /** Whether the last analysis still lacked parts of the page (then late rendering is worth a retry). */
  wantsRetry: () => boolean;
  /** Flagpost's own element on the page: its changes are not the page's. */
  ownNode: Node;
  signal: AbortSignal;
}

export function watchPage({ onSettled, wantsRetry, ownNode, signal }: PageWatchOptions): void {
  let lastUrl = location.href;
  let retriesLeft = LATE_RENDER_RETRIES;
  let pending: 'navigation' | 'late-render' | null = null;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;

  const fire = () => {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    maxTimer = undefined;
    const reason = pending;
    pending = null;
    if (reason && !signal.aborted) onSettled(reason);
  };

  const schedule = (reason: 'navigation' | 'late-render') => {
    if (pending !== 'navigation') pending = reason;
    clearTimeout(quietTimer);
    quietTimer = setTimeout(fire, SETTLE_MS);
    maxTimer ??= setTimeout(fire, MAX_WAIT_MS);
  };

  const check = () => {
    if (location.href !== lastUrl) {
      lastUrl = location.href;
      retriesLeft = LATE_RENDER_RETRIES;
      schedule('navigation');
    } else if (pending || (retriesLeft > 0 && wantsRetry())) {
      if (!pending) retriesLeft--;
      schedule(pending ?? 'late-render');
    }
  };

  const isOwn = (record: MutationRecord) =>
    [...record.addedNodes, ...record.removedNodes].every((node) => node === ownNode) || ownNode.contains(record.target);
  const observer = new MutationObserver((records) => {
    if (!records.every(isOwn)) check();
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  addEventListener('popstate', check, { signal });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
  });
}
