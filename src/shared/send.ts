import browser from 'webextension-polyfill';
import { type ContentRequests, errorMessage, type PageRequests, type Result, type TabRequests } from './messages';

type BackgroundRequests = ContentRequests & PageRequests;

/** Sends a typed request to the background; transport failures come back as an error Result. */
export async function sendToBackground<K extends keyof BackgroundRequests>(
  type: K,
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['reply']> {
  try {
    const reply = (await browser.runtime.sendMessage({ type, ...request })) as
      | BackgroundRequests[K]['reply']
      | undefined;
    return reply ?? ({ ok: false, error: 'No reply from the background' } as Result<never>);
  } catch (error) {
    return { ok: false, error: errorMessage(error) } as Result<never>;
  }
}

/** Sends a typed request to a tab's top-frame content script. */
export async function sendToTab<K extends keyof TabRequests>(
  tabId: number,
  type: K,
  request: TabRequests[K]['request'],
): Promise<TabRequests[K]['reply']> {
  try {
    const reply = (await browser.tabs.sendMessage(tabId, { type, ...request }, { frameId: 0 })) as
      | TabRequests[K]['reply']
      | undefined;
    return reply ?? ({ ok: false, error: 'The page did not answer' } as Result<never>);
  } catch (error) {
    return { ok: false, error: errorMessage(error) } as Result<never>;
  }
}
