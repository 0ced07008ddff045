import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';
import type { Settings } from '../shared/settings';

/** The toolbar badge: the count the user chose (quotes or unnamed sources), with a tooltip that says which. */
export async function updateBadge(tabId: number, state: TabState | null, settings: Settings): Promise<void> {
  let text = '';
  let title = 'Sourcelight';
  if (state?.status === 'done') {
    const { analysis } = state;
    const unnamed = settings.countVagueGroups
      ? analysis.unnamed.count
      : analysis.unnamed.count - analysis.unnamed.vagueGroups;
    const count = settings.badge === 'unnamed' ? unnamed : analysis.quotes.length;
    text = String(count);
    title = `Sourcelight: ${analysis.quotes.length} quotes, ${unnamed} unnamed source${unnamed === 1 ? '' : 's'}`;
  } else if (state?.status === 'analyzing') {
    text = '…';
  } else if (state?.status === 'error') {
    text = '!';
    title = `Sourcelight: ${state.error}`;
  }
  try {
    await browser.action.setBadgeText({ tabId, text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: state?.status === 'error' ? '#b42318' : '#3b4a6b' });
    await browser.action.setTitle({ tabId, title });
  } catch {
    // The tab closed while we were working: nothing to badge.
  }
}
