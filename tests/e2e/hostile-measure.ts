import type { CDPSession } from 'playwright-core';

/**
 * What the extension costs a page's main thread, measured from outside the page:
 *
 * - The page's own PerformanceObserver for 'longtask' (installed before any script of the page runs) sees
 *   every task over 50 ms, whoever caused it.
 * - A Chrome trace gives every main-thread task with its exact start and length, and the V8 CPU profiler
 *   samples the main thread's stacks every millisecond. A sample whose stack holds a frame of the extension's
 *   content script (a chrome-extension:// URL) is the extension's time; summed per task, that is how long
 *   the extension itself blocked the thread in that task. Long-animation-frame entries cannot say this:
 *   they do not attribute content scripts, which run in an isolated world.
 *
 * The page's long tasks are placed on the trace's clock with a performance.mark() made by the same init
 * script, so each one can be attributed too.
 */

export interface LongTask {
  start: number;
  duration: number;
  /** Milliseconds of that task spent in the extension's code. */
  extensionMs: number;
}

export interface MainThreadReport {
  /** The most the extension's code ran inside one task, in ms: the longest it blocked the page. */
  extensionMaxTaskMs: number;
  /** That task's whole length (the page's own work and rendering in it included). */
  extensionMaxTaskTotalMs: number;
  /** All the extension's main-thread time on this page, in ms. */
  extensionTotalMs: number;
  /** Tasks in which the extension's code ran. */
  extensionTasks: number;
  /** Every long task the page's own PerformanceObserver saw, with the extension's share. */
  pageLongTasks: LongTask[];
}

/** The init script: a long-task observer and a clock mark, before the page's first script. */
export const LONG_TASK_OBSERVER = `(() => {
  const seen = [];
  Object.defineProperty(window, '__hostileLongTasks', { value: seen });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) seen.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  performance.mark('hostile-clock');
})();`;

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  args?: { data?: { url?: string } };
}

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const EXTENSION_URL = 'chrome-extension://';
const SAMPLING_US = 1000;

async function mainWorldValue<T>(cdp: CDPSession, expression: string, fallback: T): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true }).catch(() => null)) as {
    result?: { value?: T };
  } | null;
  return r?.result?.value ?? fallback;
}

async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  const chunks: string[] = [];
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle })) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data);
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return chunks.join('');
}

/** Sample times (µs, trace clock) and weights of the samples taken inside the extension's code. */
function extensionSamples(profile: Profile): Array<{ at: number; us: number }> {
  const parent = new Map<number, number>();
  const byId = new Map<number, ProfileNode>();
  for (const n of profile.nodes) {
    byId.set(n.id, n);
    for (const c of n.children ?? []) parent.set(c, n.id);
  }
  const memo = new Map<number, boolean>();
  const inExtension = (id: number): boolean => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const up = parent.get(id);
    const value =
      (byId.get(id)?.callFrame.url.startsWith(EXTENSION_URL) ?? false) || (up !== undefined && inExtension(up));
    memo.set(id, value);
    return value;
  };
  const out: Array<{ at: number; us: number }> = [];
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    // A sample stands for the time until the next one, capped so an idle gap is not counted as work.
    const us = Math.min(profile.timeDeltas[i + 1] ?? SAMPLING_US, 2 * SAMPLING_US);
    if (inExtension(profile.samples[i] ?? -1)) out.push({ at, us });
  }
  return out;
}

function sumWithin(samples: Array<{ at: number; us: number }>, from: number, to: number): number {
  let us = 0;
  for (const s of samples) if (s.at >= from && s.at < to) us += s.us;
  return us / 1000;
}

/**
 * Starts measuring a page that has not navigated yet (about:blank); the returned function stops and reports.
 * The page must have LONG_TASK_OBSERVER as an init script.
 */
export async function measureMainThread(cdp: CDPSession): Promise<() => Promise<MainThreadReport>> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: {
      includedCategories: ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'blink.user_timing'],
      excludedCategories: ['*'],
    },
  });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    // Read through the protocol, not page.evaluate: some hostile pages replace the built-ins it relies on.
    const pageTasks = await mainWorldValue<Array<{ start: number; duration: number }>>(
      cdp,
      'window.__hostileLongTasks ?? []',
      [],
    );
    const clockMark = await mainWorldValue<number | null>(
      cdp,
      `performance.getEntriesByName('hostile-clock')[0]?.startTime ?? null`,
      null,
    );
    const complete = new Promise<{ stream?: string }>((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    const { stream } = await complete;
    const raw = stream ? JSON.parse(await readStream(cdp, stream)) : { traceEvents: [] };
    const events = (Array.isArray(raw) ? raw : raw.traceEvents) as TraceEvent[];

    // The top frame's main thread: where the content script was evaluated.
    const injected = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.startsWith(EXTENSION_URL));
    const samples = extensionSamples(profile);
    const tasks = injected
      ? events.filter((e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === injected.pid && e.tid === injected.tid)
      : [];
    let maxMs = 0;
    let maxTotal = 0;
    let extensionTasks = 0;
    for (const task of tasks) {
      const ms = sumWithin(samples, task.ts, task.ts + (task.dur ?? 0));
      if (ms === 0) continue;
      extensionTasks++;
      if (ms > maxMs) {
        maxMs = ms;
        maxTotal = (task.dur ?? 0) / 1000;
      }
    }
    const mark = events.find((e) => e.name === 'hostile-clock' && e.cat.includes('user_timing'));
    const offsetUs = mark && clockMark !== null ? mark.ts - clockMark * 1000 : null;
    const pageLongTasks = pageTasks.map((t) => ({
      start: Math.round(t.start),
      duration: Math.round(t.duration),
      extensionMs:
        offsetUs === null
          ? Number.NaN
          : Math.round(sumWithin(samples, offsetUs + t.start * 1000, offsetUs + (t.start + t.duration) * 1000)),
    }));
    return {
      extensionMaxTaskMs: Math.round(maxMs * 10) / 10,
      extensionMaxTaskTotalMs: Math.round(maxTotal * 10) / 10,
      extensionTotalMs: Math.round(samples.reduce((a, s) => a + s.us, 0) / 100) / 10,
      extensionTasks,
      pageLongTasks,
    };
  };
}
