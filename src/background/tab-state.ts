import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';

/**
 * Per-tab results in storage.session: MV3 stops the service worker whenever it is idle, so nothing the
 * popup shows may live only in memory. The session area is cleared when the browser closes.
 *
 * Each state is stored as one JSON string. Chrome charges storage.session's 10 MB quota by the in-memory
 * size of the stored value, and an analysis is thousands of small {start, end} objects: stored as objects,
 * the result of a 400,000-character article (2 MB of JSON) did not fit; as a string it costs its length.
 * Reading also tolerates what an older version stored (an object) and drops what it cannot read.
 */

const key = (tabId: number) => `tab:${tabId}`;

/** storage.session is missing in some older browsers; fall back to memory there. */
const memory = new Map<string, TabState>();
const session = (browser.storage as { session?: browser.Storage.StorageArea }).session;

function decode(stored: unknown): TabState | null {
  let value = stored;
  if (typeof stored === 'string') {
    try {
      value = JSON.parse(stored);
    } catch {
      return null;
    }
  }
  const ok = typeof value === 'object' && value !== null && typeof (value as { status?: unknown }).status === 'string';
  return ok ? (value as TabState) : null;
}

export async function getTabState(tabId: number): Promise<TabState | null> {
  if (!session) return memory.get(key(tabId)) ?? null;
  const stored = await session.get(key(tabId));
  return decode(stored[key(tabId)]);
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  if (!session) {
    memory.set(key(tabId), state);
    return;
  }
  const item = { [key(tabId)]: JSON.stringify(state) };
  try {
    await session.set(item);
  } catch (error) {
    // Quota exceeded: drop every other tab's cache (they can be recomputed) and try once more.
    console.warn('[Sourcelight] session storage full, clearing other tabs', error);
    await session.clear();
    await session.set(item);
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  if (!session) memory.delete(key(tabId));
  else await session.remove(key(tabId));
}
