/**
 * Work on the page's main thread in slices. A task longer than 50 ms is a "long task" that the reader feels
 * as a stuck page, so loops over the page's nodes and over every highlight give the page its turn whenever a
 * slice has run for SLICE_MS. `scheduler.yield()` (Chrome 129+, Firefox 142+) resumes ahead of other queued
 * tasks; elsewhere a zero-delay timer does.
 * https://developer.mozilla.org/docs/Web/API/Scheduler/yield
 */

const SLICE_MS = 10;

interface SchedulerLike {
  yield?: () => Promise<void>;
}

export function yieldToPage(win: Window & typeof globalThis): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((done) => win.setTimeout(done, 0));
}

export class TimeSlicer {
  private sliceStart: number;

  constructor(
    private readonly win: Window & typeof globalThis,
    private readonly sliceMs = SLICE_MS,
  ) {
    this.sliceStart = win.performance.now();
  }

  /** True when the current slice has used its time: the caller should `await next()` before going on. */
  spent(): boolean {
    return this.win.performance.now() - this.sliceStart >= this.sliceMs;
  }

  async next(): Promise<void> {
    await yieldToPage(this.win);
    this.sliceStart = this.win.performance.now();
  }
}
