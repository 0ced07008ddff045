import browser from 'webextension-polyfill';
import { CONTENT_SHAPES, PAGE_SHAPES } from '../shared/message-shapes';
import {
  type BackgroundMessage,
  type ContentRequests,
  errorMessage,
  isMessageOf,
  type PageRequests,
} from '../shared/messages';
import { loadSettings } from '../shared/settings-store';
import { updateBadge } from './badge';
import { runCommand } from './commands';
import { handleContent, handlePage } from './handlers';
import { installMenus } from './menus';
import { clearTabState, getTabState } from './tab-state';
import { installWelcome } from './welcome';

/** Service-worker entry. Every listener is registered synchronously at start-up, as MV3 requires. */

const extensionOrigin = browser.runtime.getURL('');

/** Content scripts run only in http(s) pages (manifest content_scripts.matches). */
const isWebPage = (url: string | undefined) => url !== undefined && /^https?:\/\//i.test(url);

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isMessageOf<ContentRequests>(message, CONTENT_SHAPES)) {
    // Content requests must come from a web page's top frame; the tab id is taken from the sender.
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0 || !isWebPage(sender.url)) return undefined;
    return handleContent(message as Extract<BackgroundMessage, { type: keyof ContentRequests }>, tabId).catch(
      (error: unknown) => ({ ok: false, error: errorMessage(error) }),
    );
  }
  if (isMessageOf<PageRequests>(message, PAGE_SHAPES)) {
    // Popup/options requests must come from our own extension pages.
    if (!sender.url?.startsWith(extensionOrigin)) return undefined;
    return handlePage(message as Extract<BackgroundMessage, { type: keyof PageRequests }>).catch((error: unknown) => ({
      ok: false,
      error: errorMessage(error),
    }));
  }
  return undefined;
});

browser.tabs.onRemoved.addListener((tabId) => {
  void clearTabState(tabId);
});

// A new page load in a tab makes its cached result stale.
browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) {
    void clearTabState(tabId).then(async () => updateBadge(tabId, null, await loadSettings()));
  }
});

// Settings that change the badge apply to every tab that has a result.
browser.storage.onChanged.addListener((changes, area) => {
  if (area !== 'sync' || !('settings' in changes)) return;
  void (async () => {
    const settings = await loadSettings();
    for (const tab of await browser.tabs.query({})) {
      if (tab.id !== undefined) await updateBadge(tab.id, await getTabState(tab.id), settings);
    }
  })();
});

// The shortcut's tab comes with the event (Chrome 86+); older browsers fall back to the active tab.
browser.commands.onCommand.addListener((command: string, tab?: browser.Tabs.Tab) => {
  void runCommand(command, tab).catch((error: unknown) => console.warn('[Sourcelight]', errorMessage(error)));
});

installMenus();
installWelcome();
