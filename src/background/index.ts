import browser from 'webextension-polyfill';
import {
  type BackgroundMessage,
  CONTENT_REQUEST_TYPES,
  type ContentRequests,
  errorMessage,
  isMessageOf,
  PAGE_REQUEST_TYPES,
  type PageRequests,
} from '../shared/messages';
import { sendToTab } from '../shared/send';
import { loadSettings } from '../shared/settings-store';
import { updateBadge } from './badge';
import { handleContent, handlePage } from './handlers';
import { installMenus } from './menus';
import { clearTabState, getTabState } from './tab-state';

/** Service-worker entry. Every listener is registered synchronously at start-up, as MV3 requires. */

const extensionOrigin = browser.runtime.getURL('');

browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) => {
  if (sender.id !== browser.runtime.id) return undefined;
  if (isMessageOf<ContentRequests>(message, CONTENT_REQUEST_TYPES)) {
    // Content requests must come from a tab's top frame; the tab id is taken from the sender.
    const tabId = sender.tab?.id;
    if (tabId === undefined || sender.frameId !== 0) return undefined;
    return handleContent(message as Extract<BackgroundMessage, { type: keyof ContentRequests }>, tabId).catch(
      (error: unknown) => ({ ok: false, error: errorMessage(error) }),
    );
  }
  if (isMessageOf<PageRequests>(message, PAGE_REQUEST_TYPES)) {
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

browser.commands.onCommand.addListener(async (command) => {
  if (command !== 'toggle-highlights') return;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) await sendToTab(tab.id, 'tab/toggle-highlights', {});
});

installMenus();
