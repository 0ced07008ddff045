import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import type { AnalysisScope } from '../shared/messages';
import { sendToTab } from '../shared/send';

/** Context-menu entries to analyse a page, or just the selected text, by hand, whatever the gate decided. */
export const MENU_ITEMS: Record<AnalysisScope, string> = {
  page: 'sourcelight-analyze-page',
  selection: 'sourcelight-analyze-selection',
};

const PAGES = ['http://*/*', 'https://*/*'];

export function installMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({
        id: MENU_ITEMS.page,
        title: t('menuAnalyzePage'),
        contexts: ['page'],
        documentUrlPatterns: PAGES,
      });
      browser.contextMenus.create({
        id: MENU_ITEMS.selection,
        title: t('menuAnalyzeSelection'),
        contexts: ['selection'],
        documentUrlPatterns: PAGES,
      });
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    const scope = (Object.keys(MENU_ITEMS) as AnalysisScope[]).find((s) => MENU_ITEMS[s] === info.menuItemId);
    if (!scope || tab?.id === undefined) return;
    // Open the popup first, while the click still counts as a user gesture; it shows "Reading…" and then
    // the result as it arrives in storage.session.
    openPopup();
    void sendToTab(tab.id, 'tab/run', { force: true, scope });
  });
}

function openPopup(): void {
  try {
    const action = browser.action as { openPopup?: () => Promise<void> };
    void action.openPopup?.().catch(() => undefined);
  } catch {
    // Not every browser lets an extension open its popup; the badge still shows the result.
  }
}
