import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';
import type { Settings } from '../shared/settings';
import { badgeFor } from './badge-look';

/** Sets the toolbar badge, its colour and its tooltip for one tab. */
export async function updateBadge(tabId: number, state: TabState | null, settings: Settings): Promise<void> {
  const look = badgeFor(state, settings);
  try {
    await browser.action.setBadgeText({ tabId, text: look.text });
    await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
    await browser.action.setTitle({ tabId, title: look.title });
  } catch {
    // The tab closed while we were working: nothing to badge.
  }
}
