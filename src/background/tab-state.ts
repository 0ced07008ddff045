import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';

/**
 * Per-tab results in storage.session: MV3 stops the service worker whenever it is idle, so nothing the
 * popup shows may live only in memory. The session area is cleared when the browser closes.
 */

const key = (tabId: number) => `tab:${tabId}`;

/** storage.session is missing in some older browsers; fall back to memory there. */
const memory = new Map<string, TabState>();
const session = (browser.storage as { session?: browser.Storage.StorageArea }).session;

export async function getTabState(tabId: number): Promise<TabState | null> {
  if (!session) return memory.get(key(tabId)) ?? null;
  const stored = await session.get(key(tabId));
  return (stored[key(tabId)] as TabState | undefined) ?? null;
}

export async function setTabState(tabId: number, state: TabState): Promise<void> {
  if (!session) {
    memory.set(key(tabId), state);
    return;
  }
  try {
    await session.set({ [key(tabId)]: state });
  } catch (error) {
    // Quota exceeded: drop every other tab's cache (they can be recomputed) and try once more.
    console.warn('[Sourcelight] session storage full, clearing other tabs', error);
    await session.clear();
    await session.set({ [key(tabId)]: state });
  }
}

export async function clearTabState(tabId: number): Promise<void> {
  if (!session) memory.delete(key(tabId));
  else await session.remove(key(tabId));
}
