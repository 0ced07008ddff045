import browser from 'webextension-polyfill';
import { sendToTab } from '../shared/send';

/** Context-menu entry to analyse a page by hand, whatever the article gate decided. */
const ANALYZE_PAGE = 'sourcelight-analyze-page';

export function installMenus(): void {
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({
      id: ANALYZE_PAGE,
      title: browser.i18n.getMessage('menuAnalyzePage') || 'Analyze this page with Sourcelight',
      contexts: ['page', 'selection'],
      documentUrlPatterns: ['http://*/*', 'https://*/*'],
    });
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === ANALYZE_PAGE && tab?.id !== undefined) void sendToTab(tab.id, 'tab/run', { force: true });
  });
}
