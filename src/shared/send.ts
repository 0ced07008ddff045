import browser from 'webextension-polyfill';
import { type ContentRequests, errorMessage, type PageRequests, type Result, type TabRequests } from './messages';

type BackgroundRequests = ContentRequests & PageRequests;

/** After this, a content script's extension is gone (reloaded or removed): asking again cannot help. */
const CONTEXT_GONE = /context invalidated/i;
const RETRY_DELAY_MS = 150;

/** The background's reply, or why none came. */
type Sent<R> = { reply: R } | { lost: string };

async function sendOnce<R>(message: unknown): Promise<Sent<R>> {
  try {
    const reply = (await browser.runtime.sendMessage(message)) as R | undefined;
    return reply === undefined ? { lost: 'No reply from the background' } : { reply };
  } catch (error) {
    return { lost: errorMessage(error) };
  }
}

/**
 * Sends a typed request to the background; transport failures come back as an error Result. MV3 stops the
 * service worker when it is idle, and the browser may stop it in the middle of a request (the answer is then
 * lost): every background request is safe to repeat, so a lost one is sent once more, which starts the
 * worker again.
 */
export async function sendToBackground<K extends keyof BackgroundRequests>(
  type: K,
  request: BackgroundRequests[K]['request'],
): Promise<BackgroundRequests[K]['reply']> {
  type R = BackgroundRequests[K]['reply'];
  const message = { type, ...request };
  let sent = await sendOnce<R>(message);
  if ('lost' in sent && !CONTEXT_GONE.test(sent.lost)) {
    await new Promise((done) => setTimeout(done, RETRY_DELAY_MS));
    sent = await sendOnce<R>(message);
  }
  return 'reply' in sent ? sent.reply : ({ ok: false, error: sent.lost } as Result<never>);
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
