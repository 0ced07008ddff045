import { beforeEach, describe, expect, it, vi } from 'vitest';
import '../../../src/shared/i18n-en';

/**
 * Per-tab results under storage.session's quota: a result that does not fit makes room by dropping other
 * tabs' results, one that can never fit is replaced by a readable error, and the page gets its highlights
 * either way. A state written by the content script is stored as sent; a finished one without paragraphs.
 */

const fake = await vi.hoisted(async () => (await import('../../support/fake-browser')).createFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fake }));

const { handleContent, MAX_TEXT_CHARS, RESULT_TOO_LARGE } = await import('../../../src/background/handlers');
const { getTabState } = await import('../../../src/background/tab-state');

const PARAGRAPH = '“The ferry will keep running,” said Dana Ortiz, the harbor director, on Monday.';

function articleOf(paragraphs: string[]) {
  return {
    url: 'https://news.example/ferry',
    title: 'Ferry keeps running',
    byline: null,
    siteName: null,
    lang: 'en',
    dir: null,
    published: '2025-03-10',
    modified: null,
    text: paragraphs.join('\n\n'),
    paragraphs,
  };
}

const detection = {
  isArticle: true,
  score: 4,
  reasons: ['json-ld: article type'],
  liveBlog: false,
  kind: 'article' as const,
};

describe('per-tab state under the storage quota', () => {
  beforeEach(async () => {
    await fake.storage.session.clear();
    fake.storage.session.quotaBytes = Number.POSITIVE_INFINITY;
  });

  it('stores a finished analysis without the paragraphs the popup never reads', async () => {
    const reply = await handleContent({ type: 'content/article', article: articleOf([PARAGRAPH]), detection }, 7);
    expect(reply.ok).toBe(true);
    const state = await getTabState(7);
    expect(state?.status).toBe('done');
    if (state?.status !== 'done') return;
    expect(state.article.text).toBe(PARAGRAPH);
    expect(state.article.paragraphs).toEqual([]);
    expect(state.analysis.quotes.length).toBe(1);
    expect(fake.badges.get(7)?.text).toBe('1');
  });

  it('drops other tabs’ results when the quota is full, and keeps the new one', async () => {
    fake.storage.session.quotaBytes = 6_000;
    await fake.storage.session.set({ 'tab:1': { status: 'error', url: 'x', error: 'e'.repeat(3_000) } });
    await fake.storage.session.set({ 'tab:2': { status: 'error', url: 'y', error: 'e'.repeat(2_500) } });
    const reply = await handleContent({ type: 'content/article', article: articleOf([PARAGRAPH]), detection }, 3);
    expect(reply.ok).toBe(true);
    expect((await getTabState(3))?.status).toBe('done');
    expect(await getTabState(1)).toBeNull();
  });

  it('still answers the page when a result can never fit, and tells the popup why in words', async () => {
    fake.storage.session.quotaBytes = 2_000;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const paragraphs = Array.from({ length: 40 }, () => PARAGRAPH);
    const reply = await handleContent({ type: 'content/article', article: articleOf(paragraphs), detection }, 4);
    expect(reply.ok).toBe(true);
    if (reply.ok) expect(reply.value?.quotes.length).toBe(40);
    expect(await getTabState(4)).toEqual({
      status: 'error',
      url: 'https://news.example/ferry',
      error: RESULT_TOO_LARGE,
    });
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('refuses text beyond the limit with an error the popup shows', async () => {
    const text = 'a'.repeat(MAX_TEXT_CHARS + 1);
    const article = { ...articleOf([]), text };
    const reply = await handleContent({ type: 'content/article', article, detection }, 5);
    expect(reply).toEqual({ ok: false, error: 'The article text is too long to analyse' });
    expect((await getTabState(5))?.status).toBe('error');
  });

  it('reads a stored state back, and drops one it cannot read', async () => {
    await handleContent({ type: 'content/status', state: { status: 'no-text', url: 'https://a.example/' } }, 9);
    expect(typeof fake.storage.session.data.get('tab:9')).toBe('string');
    expect(await getTabState(9)).toEqual({ status: 'no-text', url: 'https://a.example/' });
    // An older version stored objects; a broken write leaves half a string; junk is junk.
    await fake.storage.session.set({
      'tab:10': { status: 'no-text', url: 'x' },
      'tab:11': '{"status": "do',
      'tab:12': 42,
    });
    expect((await getTabState(10))?.status).toBe('no-text');
    expect(await getTabState(11)).toBeNull();
    expect(await getTabState(12)).toBeNull();
  });
});
