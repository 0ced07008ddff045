import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  badgeText,
  chromiumAvailable,
  type Harness,
  highlightCounts,
  launch,
  openPopupInTab,
  openRealPopup,
  screenshotPath,
  tabIdOf,
  waitFor,
} from './harness';

/**
 * The built extension in Debian's Chromium on our own fixture pages: an article gets highlights and a badge,
 * a non-article page gets neither, the popup shows the facts, a click scrolls to the quote, and the options
 * page saves settings that open tabs obey.
 */

if (!chromiumAvailable()) console.warn('[e2e] /usr/bin/chromium not found (apt-get install -y chromium): e2e skipped');

describe.skipIf(!chromiumAvailable())('extension in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('highlights an article and badges its quote count', async () => {
    const page = await h.context.newPage();
    const url = `${h.baseUrl}/demo/article.html`;
    await page.goto(url);
    const counts = await waitFor(
      () => highlightCounts(page),
      (c) => (c['sourcelight-directQuotes'] ?? 0) > 0,
    );
    expect(counts['sourcelight-speakers']).toBeGreaterThan(0);
    const tabId = await tabIdOf(h, page);
    const badge = await waitFor(
      () => badgeText(h, tabId),
      (b) => /^\d+$/.test(b),
    );
    expect(Number(badge)).toBeGreaterThanOrEqual(5);
    // Highlights never add elements to the page: the CSS Custom Highlight API is used in Chromium.
    expect(await page.locator('sourcelight-mark').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('article-highlighted'), fullPage: true });
    await page.close();
  });

  it('leaves a non-article page alone: no highlights, no badge, no DOM writes', async () => {
    const page = await h.context.newPage();
    const url = `${h.baseUrl}/section-front.html`;
    await page.goto(url);
    await page.waitForTimeout(1500);
    expect(await highlightCounts(page)).toEqual({});
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    expect(await page.locator('sourcelight-card, sourcelight-mark').count()).toBe(0);
    expect(await badgeText(h, await tabIdOf(h, page))).toBe('');
    await page.close();
  });

  it('waits for a single-page app to render its story, and drops highlights when it navigates away', async () => {
    const page = await h.context.newPage();
    await page.goto(`${h.baseUrl}/spa-story.html`);
    // The story appears 800 ms after load: the gate looks again once the page has changed and settled.
    await waitFor(
      () => highlightCounts(page),
      (c) => (c['sourcelight-directQuotes'] ?? 0) > 0,
    );
    // history.pushState to a section front: the old story's highlights go, and nothing new is drawn.
    await page.click('#to-section');
    await waitFor(
      () => highlightCounts(page),
      (c) => Object.keys(c).length === 0,
    );
    await page.waitForTimeout(1500);
    expect(await highlightCounts(page)).toEqual({});
    await page.close();
  });

  it('shows who said what in the popup, and a click scrolls to the quote', async () => {
    const article = await h.context.newPage();
    const url = `${h.baseUrl}/demo/article.html`;
    await article.goto(url);
    await waitFor(
      () => highlightCounts(article),
      (c) => (c['sourcelight-directQuotes'] ?? 0) > 0,
    );
    const tabId = await tabIdOf(h, article);
    const popup = await openPopupInTab(h, tabId);
    await popup.setViewportSize({ width: 400, height: 900 });
    await popup.locator('[data-state="done"]').waitFor();
    await expect
      .poll(() => popup.locator('h1.title').textContent())
      .toBe('Harbor City Council delays vote on waterfront flood wall');
    const speakers = await popup.locator('.speaker-name').allTextContents();
    expect(speakers).toEqual(expect.arrayContaining(['Maria Okafor', 'Lena Park']));
    expect(Number(await popup.getByTestId('count-quotes').textContent())).toBeGreaterThanOrEqual(5);
    expect(Number(await popup.getByTestId('unnamed-count').textContent())).toBeGreaterThanOrEqual(1);
    expect(await popup.getByTestId('date').count()).toBeGreaterThan(3);
    await popup.screenshot({ path: screenshotPath('popup-in-tab'), fullPage: true });

    // The last direct quote is far down the page: clicking it must scroll the article there.
    await article.bringToFront();
    await article.evaluate(() => window.scrollTo(0, 0));
    const lastQuote = popup.locator('button.quote.kind-direct').filter({ hasText: 'ten years' });
    await lastQuote.click();
    await article.bringToFront();
    const y = await waitFor(
      () => article.evaluate(() => window.scrollY),
      (v) => v > 100,
    );
    expect(y).toBeGreaterThan(100);
    await popup.close();
    await article.close();
  });

  it('opens the real toolbar popup for the active tab, in light and dark', async () => {
    const article = await h.context.newPage();
    await article.goto(`${h.baseUrl}/demo/article.html`);
    await waitFor(
      () => highlightCounts(article),
      (c) => (c['sourcelight-directQuotes'] ?? 0) > 0,
    );
    const popup = await openRealPopup(h, article);
    const title = await waitFor(
      () => popup.evaluate<string | null>('document.querySelector("h1.title")?.textContent ?? null'),
      (t) => t !== null,
    );
    expect(title).toBe('Harbor City Council delays vote on waterfront flood wall');
    const speakers = await popup.evaluate<string[]>(
      '[...document.querySelectorAll(".speaker-name")].map((e) => e.textContent)',
    );
    expect(speakers).toEqual(expect.arrayContaining(['Maria Okafor', 'Lena Park']));
    await popup.screenshot(screenshotPath('popup-light'));
    await popup.setColorScheme('dark');
    const background = await popup.evaluate<string>('getComputedStyle(document.body).backgroundColor');
    expect(background).toBe('rgb(27, 31, 36)');
    await popup.screenshot(screenshotPath('popup-dark'));
    await popup.close();
    await article.close();
  });

  it('saves an option and the content script obeys it', async () => {
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    const article = await h.context.newPage();
    await article.goto(`${h.baseUrl}/demo/article.html`);
    await waitFor(
      () => highlightCounts(article),
      (c) => (c['sourcelight-directQuotes'] ?? 0) > 0,
    );
    // Turning a category off removes it from the open tab without a reload.
    await options.bringToFront();
    await options.locator('input[name="highlight-directQuotes"]').uncheck();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved');
    await waitFor(
      () => highlightCounts(article),
      (c) => c['sourcelight-directQuotes'] === undefined && (c['sourcelight-speakers'] ?? 0) > 0,
    );
    // Turning auto-run off: a newly opened article is left alone.
    await options.locator('input[name="autoRun"]').uncheck();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved');
    await options.screenshot({ path: screenshotPath('options'), fullPage: true });
    const fresh = await h.context.newPage();
    await fresh.goto(`${h.baseUrl}/plain-article.html`);
    await fresh.waitForTimeout(1500);
    expect(await highlightCounts(fresh)).toEqual({});
    // Restore defaults for the next tests.
    await options.getByRole('button', { name: 'Restore defaults' }).click();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved');
    await Promise.all([options.close(), article.close(), fresh.close()]);
  });

  it('analyses a non-article page on request from the popup', async () => {
    const page = await h.context.newPage();
    const url = `${h.baseUrl}/section-front.html`;
    await page.goto(url);
    const popup = await openPopupInTab(h, await tabIdOf(h, page));
    await popup.locator('[data-state="not-article"]').waitFor();
    await popup.screenshot({ path: screenshotPath('popup-not-article') });
    await popup.getByRole('button', { name: 'Analyze anyway' }).click();
    await popup.locator('[data-state="done"], [data-state="not-article"], [data-state="error"]').first().waitFor();
    await Promise.all([popup.close(), page.close()]);
  });
});
