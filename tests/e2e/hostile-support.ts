import type { CDPSession, Page } from 'playwright-core';
import { type Harness, serviceWorker, tabIdOf, waitFor } from './harness';
import type { MainThreadReport } from './hostile-measure';

/**
 * Helpers for the hostile-page tests. Everything read from a page goes through the DevTools protocol, not
 * page.evaluate: some of these pages replace JSON and Array methods, and Chrome's own value transfer does not
 * run page code. Highlights are read from a fresh isolated world, whose built-ins no page can touch.
 */

export interface ConsoleProblem {
  kind: 'exception' | 'console' | 'log';
  text: string;
}

/** Uncaught errors from every world of the page (the content script's included), console errors, CSP reports. */
export async function watchConsole(cdp: CDPSession): Promise<ConsoleProblem[]> {
  const problems: ConsoleProblem[] = [];
  cdp.on(
    'Runtime.exceptionThrown',
    (event: { exceptionDetails: { text: string; exception?: { description?: string } } }) => {
      const d = event.exceptionDetails;
      problems.push({ kind: 'exception', text: d.exception?.description ?? d.text });
    },
  );
  cdp.on(
    'Runtime.consoleAPICalled',
    (event: { type: string; args: Array<{ value?: unknown; description?: string }> }) => {
      const text = event.args.map((a) => String(a.value ?? a.description ?? '')).join(' ');
      if (event.type === 'error' || event.type === 'assert' || text.includes('[Sourcelight]')) {
        problems.push({ kind: 'console', text: `${event.type}: ${text}` });
      }
    },
  );
  cdp.on('Log.entryAdded', (event: { entry: { level: string; source: string; text: string; url?: string } }) => {
    if (event.entry.level === 'error')
      problems.push({ kind: 'log', text: `${event.entry.source}: ${event.entry.text}` });
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return problems;
}

/** Evaluates in the page's main world; Chrome transfers the value without running page code. */
export async function mainWorld<T>(cdp: CDPSession, expression: string): Promise<T> {
  const r = (await cdp.send('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true })) as {
    result: { value: T };
    exceptionDetails?: { text: string };
  };
  if (r.exceptionDetails) throw new Error(`page evaluation failed: ${r.exceptionDetails.text}`);
  return r.result.value;
}

/** Evaluates in a new isolated world of the top frame: the page's DOM, pristine built-ins. */
export async function cleanWorld<T>(cdp: CDPSession, expression: string): Promise<T> {
  const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
  const { executionContextId } = (await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'hostile-test-reader',
  })) as { executionContextId: number };
  const r = (await cdp.send('Runtime.evaluate', {
    expression,
    contextId: executionContextId,
    returnByValue: true,
    awaitPromise: true,
  })) as { result: { value: T }; exceptionDetails?: { text: string } };
  if (r.exceptionDetails) throw new Error(`evaluation failed: ${r.exceptionDetails.text}`);
  return r.result.value;
}

/** Highlight names in the page and how many ranges each holds. */
export function highlightCounts(cdp: CDPSession): Promise<Record<string, number>> {
  return cleanWorld(
    cdp,
    `(() => { const out = {}; for (const [name, h] of CSS.highlights) out[name] = h.size; return out; })()`,
  );
}

export function totalHighlights(counts: Record<string, number>): number {
  let n = 0;
  for (const [name, size] of Object.entries(counts)) if (!name.includes('tone-')) n += size;
  return n;
}

/** The text of every range of one highlight. */
export function highlightTexts(cdp: CDPSession, name: string): Promise<string[]> {
  return cleanWorld(cdp, `[...(CSS.highlights.get(${JSON.stringify(name)}) ?? [])].map((r) => r.toString())`);
}

export interface ContentStatus {
  status: string;
  reason?: string;
}

/** What the page's content script says about its page (the popup asks the same). */
export async function contentStatus(h: Harness, tabId: number): Promise<ContentStatus | null> {
  const worker = await serviceWorker(h);
  return worker
    .evaluate(async (id) => {
      try {
        const reply = (await chrome.tabs.sendMessage(id, { type: 'tab/status' }, { frameId: 0 })) as {
          ok: boolean;
          value?: { status: string; reason?: string };
        };
        return reply?.ok && reply.value ? { status: reply.value.status, reason: reply.value.reason } : null;
      } catch {
        return null;
      }
    }, tabId)
    .catch(() => null);
}

/** The background's stored state for a tab (what the popup shows). */
export async function storedState(
  h: Harness,
  tabId: number,
): Promise<{ status: string; url?: string; reason?: string; title?: string | null; error?: string } | null> {
  const worker = await serviceWorker(h);
  return worker.evaluate(async (id) => {
    const raw = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as string | undefined;
    if (!raw) return null;
    // Stored as JSON text (src/background/tab-state.ts).
    const stored = JSON.parse(raw) as {
      status: string;
      url?: string;
      reason?: string;
      error?: string;
      article?: { title: string | null };
    };
    return {
      status: stored.status,
      url: stored.url,
      reason: stored.reason,
      error: stored.error,
      title: stored.article?.title ?? null,
    };
  }, tabId);
}

/** Asks the page to analyse now, as the popup's "Analyze anyway" does. */
export async function analyzeAnyway(h: Harness, tabId: number): Promise<void> {
  const worker = await serviceWorker(h);
  await worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'tab/run', force: true }, { frameId: 0 }), tabId);
}

export async function waitForStatus(
  h: Harness,
  tabId: number,
  accept: (s: ContentStatus | null) => boolean,
  timeoutMs = 20_000,
): Promise<ContentStatus | null> {
  return waitFor(() => contentStatus(h, tabId), accept, timeoutMs);
}

export { tabIdOf };

/**
 * The welcome tab opens on install, a moment after launch; closed here so it cannot become the active tab
 * (which the tests ask for a page's tab id) in the middle of a test.
 */
export async function closeWelcome(h: Harness): Promise<void> {
  const welcome = await waitFor(
    async () => h.context.pages().find((p) => p.url().endsWith('#welcome')) ?? null,
    (p) => p !== null,
  );
  await welcome?.close();
}

/** One row of the closing table. */
export interface CaseRow {
  page: string;
  outcome: string;
  highlights: number;
  selfTest: string;
  problems: number;
  report: MainThreadReport;
}

export function formatTable(rows: CaseRow[]): string {
  const header = [
    'page',
    'outcome',
    'highlights',
    'page self-test',
    'console errors',
    'ext. longest task (ms)',
    'that task (ms)',
    'ext. total (ms)',
    'page long tasks (ext. ms in each)',
  ];
  const lines = rows.map((r) => [
    r.page,
    r.outcome,
    String(r.highlights),
    r.selfTest,
    String(r.problems),
    r.report.extensionMaxTaskMs.toFixed(1),
    r.report.extensionMaxTaskTotalMs.toFixed(1),
    r.report.extensionTotalMs.toFixed(1),
    r.report.pageLongTasks.length === 0
      ? 'none'
      : r.report.pageLongTasks
          .map((t) => `${t.duration} (${Number.isNaN(t.extensionMs) ? '?' : t.extensionMs})`)
          .join(', '),
  ]);
  const all = [header, ...lines];
  return all
    .map((cells) => `| ${cells.join(' | ')} |`)
    .join('\n')
    .replace(/\n/, `\n|${header.map(() => ' --- |').join('')}\n`);
}

export type { Page };
