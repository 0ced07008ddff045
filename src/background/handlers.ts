import type browser from 'webextension-polyfill';
import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
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

/**
 * Records a finished analysis for the popup. The stored copy leaves out the paragraphs (the popup reads only
 * the text; they would double the size). When even that does not fit in storage.session (its quota is 10 MB
 * in Chrome, and tab-state.ts has already dropped the other tabs' results to make room), the popup is told
 * so in words, and the page still gets its highlights.
 */
async function recordDone(tabId: number, state: Extract<TabState, { status: 'done' }>): Promise<void> {
  try {
    await record(tabId, { ...state, article: { ...state.article, paragraphs: [] } });
  } catch (error) {
    console.warn('[Sourcelight] could not store the result', error);
    await record(tabId, { status: 'error', url: state.url, error: RESULT_TOO_LARGE }).catch(() => undefined);
  }
}

export const RESULT_TOO_LARGE =
  'The result is too large to keep for the popup; the highlights in the page are complete';

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
  if (article.text.length > MAX_TEXT_CHARS) {
    const error = 'The article text is too long to analyse';
    await record(tabId, { status: 'error', url: article.url, error });
    return { ok: false, error };
  }
  const started = performance.now();
  let analysis: Analysis;
  try {
    analysis = analyze(article.text, { title: article.title, published: article.published ?? article.modified });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    await record(tabId, { status: 'error', url: article.url, error: `Analysis failed: ${text}` });
    return { ok: false, error: text };
  }
  const ms = Math.round((performance.now() - started) * 10) / 10;
  const scope = message.scope === 'selection' ? { scope: 'selection' as const } : {};
  await recordDone(tabId, { status: 'done', url: article.url, article, analysis, ms, ...scope });
  return { ok: true, value: analysis };
}

/** Popup and options requests. */
export async function handlePage(
  message: Extract<BackgroundMessage, { type: keyof PageRequests }>,
): Promise<ReplyOf<keyof PageRequests>> {
  return { ok: true, value: await getTabState(message.tabId) };
}

export type Sender = browser.Runtime.MessageSender;
