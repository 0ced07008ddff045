import type browser from 'webextension-polyfill';
import { analyze } from '../core/analyze';
import type { BackgroundMessage, ContentRequests, PageRequests, TabState } from '../shared/messages';
import { loadSettings } from '../shared/settings-store';
import { updateBadge } from './badge';
import { getTabState, setTabState } from './tab-state';

type AnyRequests = ContentRequests & PageRequests;
type ReplyOf<T extends BackgroundMessage['type']> = AnyRequests[T]['reply'];

/** Text beyond this is not analysed: no real article is this long, and the service worker must stay quick. */
export const MAX_TEXT_CHARS = 2_000_000;

async function record(tabId: number, state: TabState): Promise<void> {
  await setTabState(tabId, state);
  await updateBadge(tabId, state, await loadSettings());
}

/** Content-script requests. `tabId` comes from the verified sender, never from the message. */
export async function handleContent(
  message: Extract<BackgroundMessage, { type: keyof ContentRequests }>,
  tabId: number,
): Promise<ReplyOf<keyof ContentRequests>> {
  if (message.type === 'content/status') {
    await record(tabId, message.state);
    return { ok: true, value: null };
  }
  const { article } = message;
  if (typeof article?.text !== 'string' || article.text.length > MAX_TEXT_CHARS) {
    const error = 'The article text is missing or too long to analyse';
    await record(tabId, { status: 'error', url: String(article?.url ?? ''), error });
    return { ok: false, error };
  }
  const started = performance.now();
  try {
    const analysis = analyze(article.text, { title: article.title, published: article.published ?? article.modified });
    const ms = Math.round((performance.now() - started) * 10) / 10;
    const scope = message.scope === 'selection' ? { scope: 'selection' as const } : {};
    await record(tabId, { status: 'done', url: article.url, article, analysis, ms, ...scope });
    return { ok: true, value: analysis };
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    await record(tabId, { status: 'error', url: article.url, error: `Analysis failed: ${text}` });
    return { ok: false, error: text };
  }
}

/** Popup and options requests. */
export async function handlePage(
  message: Extract<BackgroundMessage, { type: keyof PageRequests }>,
): Promise<ReplyOf<keyof PageRequests>> {
  if (typeof message.tabId !== 'number') return { ok: false, error: 'tabId must be a number' };
  return { ok: true, value: await getTabState(message.tabId) };
}

export type Sender = browser.Runtime.MessageSender;
