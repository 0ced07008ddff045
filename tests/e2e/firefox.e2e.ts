import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  type FirefoxHarness,
  firefoxAvailable,
  hasQuoteHighlights,
  highlightState,
  launchFirefox,
  openExtensionPath,
  sessionState,
  storedSettings,
  tabIdOf,
} from './firefox-harness';
import { screenshotPath, waitFor } from './harness';

/**
 * The Firefox build (dist-firefox/) in Debian's firefox-esr on our own fixture pages: an article gets
 * highlights, a badge and a popup with its facts; a non-article page gets none; the options page saves a
 * setting that the open tab obeys. Highlights may use the CSS Custom Highlight API or the element fallback:
 * both are accepted, and the one used is printed.
 */

if (!firefoxAvailable()) {
  console.warn('[e2e] /usr/bin/firefox-esr not found (apt-get install -y firefox-esr): Firefox e2e skipped');
}

/** The viewport position of the middle of the first occurrence of `text` in the page. */
async function pointOnText(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((needle) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const box = range.getBoundingClientRect();
      return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
    }
    return null;
  }, text);
  if (!point) throw new Error(`"${text}" is not in ${page.url()}`);
  return point;
}

async function textOf(page: Page, selector: string): Promise<string | null> {
  return page.evaluate((s) => document.querySelector(s)?.textContent ?? null, selector);
}

describe.skipIf(!firefoxAvailable())('extension in Firefox', () => {
  let h: FirefoxHarness;
  beforeAll(async () => {
    h = await launchFirefox();
    console.info(`[e2e] ${await h.browser.version()}`);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('highlights an article, badges its quote count and shows who said what in the popup', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.baseUrl}/demo/article.html`);
    const state = await waitFor(() => highlightState(page), hasQuoteHighlights);
    console.info(`[e2e] Firefox highlight mechanism: ${state.mechanism}`, state.counts, `marks: ${state.marks}`);
    if (state.mechanism === 'css-highlights') {
      expect(state.counts['sourcelight-speakers']).toBeGreaterThan(0);
      expect(state.marks).toBe(0);
    } else {
      expect(state.mechanism).toBe('elements');
    }
    const tabId = await tabIdOf(h, page);
    const badge = await waitFor(
      () => badgeText(h, tabId),
      (b) => /^\d+$/.test(b),
    );
    expect(Number(badge)).toBeGreaterThanOrEqual(5);
    await page.screenshot({ path: screenshotPath('firefox-article-highlighted'), fullPage: true });

    // Resting the pointer on a speaker's name shows its card (hit-testing goes through caretPositionFromPoint).
    const point = await pointOnText(page, 'Maria Okafor');
    await page.mouse.move(point.x, point.y);
    await waitFor(
      () => page.evaluate(() => document.querySelectorAll('sourcelight-card').length),
      (n) => n === 1,
    );

    const popup = await openExtensionPath(h, `src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="done"]', { timeout: 15_000 });
    expect(await textOf(popup, 'h1')).toBe('Harbor City Council delays vote on waterfront flood wall');
    const body = await popup.evaluate(() => document.body.textContent ?? '');
    expect(body).toContain('Maria Okafor');
    expect(body).toContain('Lena Park');
    await popup.setViewport({ width: 400, height: 900 });
    await popup.screenshot({ path: screenshotPath('firefox-popup-in-tab') });
    await popup.close();
    await page.close();
  });

  it('leaves a non-article page alone (no highlights, badge or DOM writes) until the popup asks', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.baseUrl}/section-front.html`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await highlightState(page)).toEqual({ mechanism: 'none', counts: {}, marks: 0 });
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.evaluate(() => document.querySelectorAll('sourcelight-card, sourcelight-mark').length)).toBe(0);
    const tabId = await tabIdOf(h, page);
    expect(await badgeText(h, tabId)).toBe('');
    // The popup asks the page's content script (tabs.sendMessage) for the gate's verdict.
    const popup = await openExtensionPath(h, `src/popup/index.html?tab=${tabId}`);
    await popup.waitForSelector('[data-state="not-article"]', { timeout: 15_000 });
    expect((await highlightState(page)).mechanism).toBe('none');
    // "Analyze anyway" sends the page through extraction and the engine on request (popup → content script →
    // background); the result lands in storage.session, where the popup picks it up.
    await popup.click('button::-p-text(Analyze anyway)');
    const forced = await waitFor(
      () => sessionState(h, tabId),
      (state) => state !== null && state !== 'analyzing',
    );
    console.info(`[e2e] Firefox "Analyze anyway" on a section front → ${forced}`);
    expect(['done', 'no-text']).toContain(forced);
    await popup.close();
    await page.close();
  });

  it('clears an article’s badge when its tab moves on to a non-article page', async () => {
    const page = await h.browser.newPage();
    await page.goto(`${h.baseUrl}/demo/article.html`);
    await waitFor(() => highlightState(page), hasQuoteHighlights);
    const tabId = await tabIdOf(h, page);
    await waitFor(
      () => badgeText(h, tabId),
      (b) => /^\d+$/.test(b),
    );
    await page.goto(`${h.baseUrl}/section-front.html`);
    await waitFor(
      () => badgeText(h, tabId),
      (b) => b === '',
    );
    expect((await highlightState(page)).mechanism).toBe('none');
    await page.close();
  });

  it('saves an option in the options page, and the open article obeys it', async () => {
    const article = await h.browser.newPage();
    await article.goto(`${h.baseUrl}/demo/article.html`);
    const before = await waitFor(() => highlightState(article), hasQuoteHighlights);
    const options = await openExtensionPath(h, 'src/options/index.html');
    await options.waitForSelector('input[name="highlight-directQuotes"]');
    expect(await options.$eval('input[name="highlight-directQuotes"]', (e) => (e as HTMLInputElement).checked)).toBe(
      true,
    );
    await options.click('input[name="highlight-directQuotes"]');
    await waitFor(
      () => textOf(options, '[data-testid="status"]'),
      (t) => t === 'Saved',
    );
    expect(await storedSettings(h)).toMatchObject({ highlight: { directQuotes: false, speakers: true } });
    // The open tab drops the category without a reload, whichever highlighter it uses.
    await waitFor(
      () => highlightState(article),
      (s) =>
        before.mechanism === 'elements'
          ? s.marks > 0 && s.marks < before.marks
          : s.counts['sourcelight-directQuotes'] === undefined && (s.counts['sourcelight-speakers'] ?? 0) > 0,
    );
    await options.screenshot({ path: screenshotPath('firefox-options'), fullPage: true });
    // Restore defaults for the next tests.
    await options.click('button::-p-text(Restore defaults)');
    await waitFor(
      () => storedSettings(h),
      (s) => (s as { highlight?: { directQuotes?: boolean } } | null)?.highlight?.directQuotes === true,
    );
    await Promise.all([options.close(), article.close()]);
  });
});
