import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONTENT_SHAPES, PAGE_SHAPES, TAB_SHAPES } from '../../../src/shared/message-shapes';
import { isMessageOf } from '../../../src/shared/messages';

/**
 * Every message is checked by shape before any handler sees it: the known good messages pass, and junk,
 * a wrong field, a missing field or an inherited type name never do.
 */

const article = {
  url: 'https://news.example/a',
  title: 'A title',
  byline: null,
  siteName: 'News',
  lang: 'en',
  dir: 'ltr',
  published: '2025-01-02',
  modified: null,
  text: 'Some text.',
  paragraphs: ['Some text.'],
};
const detection = { isArticle: true, score: 3.5, reasons: ['og:type article'], liveBlog: false, kind: 'article' };

const GOOD = {
  content: [
    { type: 'content/article', article, detection },
    { type: 'content/article', article, detection, scope: 'selection' },
    { type: 'content/status', state: { status: 'analyzing', url: 'https://a.example/' } },
    { type: 'content/status', state: { status: 'skipped', url: 'https://a.example/', reason: 'too-large' } },
    { type: 'content/status', state: { status: 'error', url: 'https://a.example/', error: 'boom' } },
    { type: 'content/status', state: { status: 'not-article', url: 'https://a.example/', detection } },
  ],
  page: [{ type: 'popup/get-state', tabId: 12 }],
  tab: [
    { type: 'tab/status' },
    { type: 'tab/run', force: true },
    { type: 'tab/run', force: false, scope: 'selection' },
    { type: 'tab/reveal', id: 'q1:2' },
    { type: 'tab/toggle-highlights' },
    { type: 'tab/step', direction: -1, hint: 'Alt+Shift+J / Alt+Shift+K' },
  ],
};

const BAD = {
  content: [
    { type: 'content/article', article: { ...article, text: 42 }, detection },
    { type: 'content/article', article: { ...article, paragraphs: 'Some text.' }, detection },
    { type: 'content/article', article: { ...article, title: undefined }, detection },
    { type: 'content/article', article },
    { type: 'content/article', article, detection: { ...detection, score: Number.NaN } },
    { type: 'content/article', article, detection: { ...detection, kind: 3 } },
    { type: 'content/article', article: { ...article, dir: 1 }, detection },
    { type: 'content/article', article, detection, scope: 'everything' },
    // Only the background writes 'done' states; a page cannot plant a result.
    { type: 'content/status', state: { status: 'done', url: 'https://a.example/', analysis: {} } },
    { type: 'content/status', state: { status: 'skipped', url: 'https://a.example/', reason: 'because' } },
    { type: 'content/status', state: { status: 'error', url: 'https://a.example/' } },
    { type: 'content/status', state: 'analyzing' },
  ],
  page: [
    { type: 'popup/get-state', tabId: '12' },
    { type: 'popup/get-state', tabId: -1 },
    { type: 'popup/get-state', tabId: 1.5 },
    { type: 'popup/get-state' },
  ],
  tab: [
    { type: 'tab/run' },
    { type: 'tab/run', force: 'yes' },
    { type: 'tab/reveal', id: 7 },
    { type: 'tab/reveal', id: 'x'.repeat(10_000) },
    { type: 'tab/step', direction: 2 },
    { type: 'tab/step', direction: 1, hint: { toString: 'x' } },
    { type: 'constructor' },
    { type: 'toString' },
    { type: '__proto__' },
    ['tab/status'],
    'tab/status',
    null,
  ],
};

describe('message shapes', () => {
  it('accepts the messages the extension sends', () => {
    for (const m of GOOD.content) expect(isMessageOf(m, CONTENT_SHAPES), JSON.stringify(m)).toBe(true);
    for (const m of GOOD.page) expect(isMessageOf(m, PAGE_SHAPES), JSON.stringify(m)).toBe(true);
    for (const m of GOOD.tab) expect(isMessageOf(m, TAB_SHAPES), JSON.stringify(m)).toBe(true);
  });

  it('rejects wrong, missing or extra-typed fields and inherited type names', () => {
    for (const m of BAD.content) expect(isMessageOf(m, CONTENT_SHAPES), JSON.stringify(m)).toBe(false);
    for (const m of BAD.page) expect(isMessageOf(m, PAGE_SHAPES), JSON.stringify(m)).toBe(false);
    for (const m of BAD.tab) expect(isMessageOf(m, TAB_SHAPES), JSON.stringify(m)).toBe(false);
  });

  it('keeps the directions apart: a tab message is not a background message and back', () => {
    for (const m of GOOD.tab) {
      expect(isMessageOf(m, CONTENT_SHAPES)).toBe(false);
      expect(isMessageOf(m, PAGE_SHAPES)).toBe(false);
    }
    for (const m of [...GOOD.content, ...GOOD.page]) expect(isMessageOf(m, TAB_SHAPES)).toBe(false);
  });

  it('never lets junk through, whatever its type field says', () => {
    const types = [...Object.keys(CONTENT_SHAPES), ...Object.keys(PAGE_SHAPES), ...Object.keys(TAB_SHAPES)];
    const junk = fc.oneof(
      fc.anything(),
      fc.record({
        type: fc.constantFrom(...types),
        state: fc.anything(),
        article: fc.anything(),
        // Any tab id but a valid one, which would make a valid 'popup/get-state'.
        tabId: fc.anything().filter((v) => !(Number.isSafeInteger(v) && (v as number) >= 0)),
      }),
    );
    fc.assert(
      fc.property(junk, (m) => {
        // Junk may be a valid message by chance only for the field-less types.
        const loose = ['tab/status', 'tab/toggle-highlights'];
        const typed = typeof m === 'object' && m !== null && 'type' in m ? (m as { type: unknown }).type : null;
        if (typeof typed === 'string' && loose.includes(typed)) return;
        expect(isMessageOf(m, CONTENT_SHAPES)).toBe(false);
        expect(isMessageOf(m, PAGE_SHAPES)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });
});
