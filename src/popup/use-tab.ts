import { useCallback, useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { ContentStatus, TabState } from '../shared/messages';
import { sendToBackground, sendToTab } from '../shared/send';

/** Everything the popup can show for a tab, from the background's cache or, failing that, the page itself. */
export type PopupView =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'error'; error: string }
  | { kind: 'tab'; state: TabState }
  | { kind: 'content'; status: ContentStatus };

/** The tab to show: `?tab=<id>` (used by tests and the "open in tab" view) or the active tab. */
export async function resolveTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** The view for a tab: the background's cached result, or else what the page's content script says. */
async function viewOf(id: number): Promise<PopupView> {
  const cached = await sendToBackground('popup/get-state', { tabId: id });
  if (!cached.ok) return { kind: 'error', error: cached.error };
  if (cached.value) return { kind: 'tab', state: cached.value };
  // Nothing cached: the page was not an article, or auto-run is off. Ask the page's content script.
  const status = await sendToTab(id, 'tab/status', {});
  return status.ok ? { kind: 'content', status: status.value } : { kind: 'unreachable' };
}

const RELOAD_POLL_MS = 300;
const RELOAD_POLLS = 20;

export interface TabControls {
  tabId: number | null;
  view: PopupView;
  refresh: () => void;
  analyzeAnyway: () => void;
  /** Reloads the tab (pages opened before the extension was installed have no content script yet). */
  reloadTab: () => void;
}

export function useTab(): TabControls {
  const [tabId, setTabId] = useState<number | null>(null);
  const [view, setView] = useState<PopupView>({ kind: 'loading' });

  const refresh = useCallback(async () => {
    const id = tabId ?? (await resolveTabId());
    if (id === null) {
      setView({ kind: 'unreachable' });
      return;
    }
    setTabId(id);
    setView(await viewOf(id));
  }, [tabId]);

  const reloadTab = useCallback(async () => {
    if (tabId === null) return;
    setView({ kind: 'loading' });
    try {
      await browser.tabs.reload(tabId);
    } catch {
      setView({ kind: 'unreachable' });
      return;
    }
    // The content script answers once the reloaded page is ready; browser pages never do.
    for (let i = 0; i < RELOAD_POLLS; i++) {
      await new Promise((done) => setTimeout(done, RELOAD_POLL_MS));
      const next = await viewOf(tabId);
      if (next.kind !== 'unreachable') {
        setView(next);
        return;
      }
    }
    setView({ kind: 'unreachable' });
  }, [tabId]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Results arrive in storage.session while the popup is open (analysis started by "Analyze anyway").
  useEffect(() => {
    if (tabId === null) return;
    const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
      if (area === 'session' && `tab:${tabId}` in changes) void refresh();
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  }, [tabId, refresh]);

  const analyzeAnyway = useCallback(() => {
    if (tabId === null) return;
    setView({ kind: 'loading' });
    void sendToTab(tabId, 'tab/run', { force: true }).then((r) => {
      if (!r.ok) setView({ kind: 'error', error: r.error });
      else void refresh();
    });
  }, [tabId, refresh]);

  return { tabId, view, refresh: () => void refresh(), analyzeAnyway, reloadTab: () => void reloadTab() };
}
