/**
 * When to look at a page that may still be changing: after it has been quiet for a moment, and never
 * later than a fixed bound. The observer only notes that something changed (no work per mutation), and
 * is disconnected as soon as the wait ends.
 */

export interface SettleOptions {
  /** The page counts as settled after this long without DOM changes. */
  quietMs: number;
  /** Stop waiting after this long, however busy the page is (ads, tickers, animations). */
  maxMs: number;
}

export const SETTLE: SettleOptions = { quietMs: 300, maxMs: 2500 };

type Win = Window & typeof globalThis;

/** Resolves once the page has stopped changing for quietMs, or after maxMs. */
export function whenSettled(win: Win, { quietMs, maxMs }: SettleOptions = SETTLE): Promise<void> {
  return new Promise((resolve) => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let cap: ReturnType<typeof setTimeout> | undefined;
    const observer = new win.MutationObserver(() => {
      clearTimeout(quiet);
      quiet = setTimeout(done, quietMs);
    });
    function done(): void {
      observer.disconnect();
      clearTimeout(quiet);
      clearTimeout(cap);
      resolve();
    }
    observer.observe(win.document.documentElement, { childList: true, subtree: true, characterData: true });
    quiet = setTimeout(done, quietMs);
    cap = setTimeout(done, maxMs);
  });
}

/**
 * Resolves true when elements are added to the page within windowMs and the page then settles; false if
 * nothing was added. Used to look again at a page that was still rendering (a single-page app fetching
 * its story) when the gate first saw it.
 */
export function whenChanged(win: Win, windowMs: number, settle: SettleOptions = SETTLE): Promise<boolean> {
  return new Promise((resolve) => {
    const observer = new win.MutationObserver((records) => {
      if (!records.some((r) => r.addedNodes.length > 0)) return;
      observer.disconnect();
      clearTimeout(timer);
      whenSettled(win, settle).then(() => resolve(true));
    });
    const timer = setTimeout(() => {
      observer.disconnect();
      resolve(false);
    }, windowMs);
    observer.observe(win.document.documentElement, { childList: true, subtree: true });
  });
}
