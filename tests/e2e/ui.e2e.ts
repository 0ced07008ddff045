import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
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
import { accessibleTexts, clickMenu, highlightTexts, pressShortcut, runAxe, serious } from './ui-support';

/**
 * The reading experience end to end, in Chromium with the built extension, on fixture pages we wrote with
 * known answers (tests/fixtures/pages/ui-known-answers.html): the popup's facts, jumping to highlights,
 * options that apply to open tabs, the shortcuts, the selection menu, the popup's states, and an axe-core
 * check of the popup and options. Screenshots go to test-results/screenshots/ (copies in docs/screenshots/).
 */

if (!chromiumAvailable()) console.warn('[e2e] /usr/bin/chromium not found (apt-get install -y chromium): e2e skipped');

const KNOWN = '/ui-known-answers.html';
const optionsUrl = (h: Harness) => `chrome-extension://${h.extensionId}/src/options/index.html`;

async function openArticle(h: Harness, path = KNOWN): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`${h.baseUrl}${path}`);
  await waitFor(
    () => highlightCounts(page),
    (c) => (c['sourcelight-directQuotes'] ?? 0) > 0,
  );
  return page;
}

async function popupFor(h: Harness, article: Page): Promise<Page> {
  const popup = await openPopupInTab(h, await tabIdOf(h, article));
  await popup.setViewportSize({ width: 400, height: 900 });
  await popup.locator('[data-state="done"]').waitFor();
  return popup;
}

describe.skipIf(!chromiumAvailable())('reading experience in Chromium', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await launch();
  });
  afterAll(async () => {
    await h?.close();
  });

  it('greets a first-time reader with the welcome note and a live sample of the highlights', async () => {
    const welcome = await waitFor(
      async () => h.context.pages().find((p) => p.url().endsWith('/src/options/index.html#welcome')) ?? null,
      (p) => p !== null,
    );
    if (!welcome) throw new Error('no welcome page');
    await welcome.getByTestId('welcome').waitFor();
    expect(await welcome.getByRole('heading', { level: 2, name: 'Welcome to Sourcelight' }).count()).toBe(1);
    // The sample paragraph is highlighted by the same code as articles.
    expect(await highlightTexts(welcome, 'sourcelight-directQuotes')).toEqual([
      '“We will open the bridge before the spring floods,”',
      '“We will open the bridge before the spring floods,”',
    ]);
    await welcome.setViewportSize({ width: 1100, height: 900 });
    await welcome.screenshot({ path: screenshotPath('ui-welcome') });
    await welcome.close();
  });

  it('lists the expected speakers and counts for the known-answers story', async () => {
    const article = await openArticle(h);
    const popup = await popupFor(h, article);
    expect(await popup.locator('h1.title').textContent()).toBe('Riverside library to close for a year of repairs');
    expect(await popup.getByTestId('count-quotes').textContent()).toBe('6');
    expect(await popup.getByTestId('count-speakers').textContent()).toBe('4');
    expect(await popup.getByTestId('count-unnamed').textContent()).toBe('2');
    // Sorted by prominence: most quotes first.
    const names = await popup.locator('.speaker-name').allTextContents();
    expect(names).toHaveLength(4);
    expect(names[0]).toBe('Helen Ortiz');
    expect(names[1]).toContain('Peter Vance');
    expect(names.slice(2).sort()).toEqual(['A person familiar with the contract', 'Some residents']);
    expect(await popup.getByTestId('type-badge').allTextContents()).toEqual(
      expect.arrayContaining(['Named person', 'Anonymous', 'Vague group']),
    );
    expect(await popup.getByTestId('unnamed-split').textContent()).toBe(
      '1 anonymous · 0 unnamed people · 1 vague group',
    );
    // Published in 2021: flagged as old.
    await expect.poll(() => popup.getByTestId('age').getAttribute('class')).toBe('age old');
    expect(await popup.getByTestId('no-comment').textContent()).toContain('Hale Construction');
    // A relative date is shown with the day it resolves to.
    const nextMonday = popup.getByTestId('date').filter({ hasText: 'from “next Monday”' });
    expect(await nextMonday.textContent()).toContain('Monday, June 21, 2021');

    // The named/unnamed filter.
    await popup.getByRole('radio', { name: 'Named', exact: true }).check();
    expect(await popup.locator('.speaker-name').count()).toBe(2);
    await popup.getByRole('radio', { name: 'Unnamed', exact: true }).check();
    expect(await popup.locator('.speaker-name').allTextContents()).toEqual(
      expect.arrayContaining(['A person familiar with the contract', 'Some residents']),
    );
    await popup.getByRole('radio', { name: 'All', exact: true }).check();

    // Copy as JSON puts the same facts on the clipboard.
    // (Chromium cannot grant permissions to an extension origin by name, so they are granted everywhere.)
    await h.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await popup.getByRole('button', { name: 'Copy as JSON' }).click();
    await expect.poll(() => popup.getByTestId('copy-status').textContent()).toBe('Copied the facts as JSON.');
    const copied = JSON.parse(await popup.evaluate(() => navigator.clipboard.readText()));
    expect(copied.counts).toEqual({ quotes: 6, speakers: 4, unnamed: 2 });
    await popup.getByRole('button', { name: 'Copy as Markdown' }).click();
    expect(await popup.evaluate(() => navigator.clipboard.readText())).toContain('### Helen Ortiz (Named person)');

    await popup.screenshot({ path: screenshotPath('ui-popup-in-tab'), fullPage: true });
    await Promise.all([popup.close(), article.close()]);
  });

  it('jumps to a quote’s highlight from the popup: the page scrolls and the quote flashes', async () => {
    const article = await openArticle(h);
    await article.evaluate(() => window.scrollTo(0, 0));
    const popup = await popupFor(h, article);
    // Vance's reported quote is below a tall spacer, out of view.
    await popup.locator('button.quote').filter({ hasText: 'evening hours' }).click();
    await article.bringToFront();
    const y = await waitFor(
      () => article.evaluate(() => window.scrollY),
      (v) => v > 300,
    );
    expect(y).toBeGreaterThan(300);
    expect(await highlightTexts(article, 'sourcelight-marked')).toEqual([
      // (", which opens next Monday" ends the sentence: the writer's note on the site, not Vance's words.)
      'he would push for evening hours at the temporary site',
    ]);
    // The flash is brief.
    await waitFor(
      () => highlightTexts(article, 'sourcelight-marked'),
      (t) => t.length === 0,
      5000,
    );
    // A speaker's name jumps to their first mention; an unnamed source's to its evidence phrase.
    await popup.getByRole('button', { name: 'Helen Ortiz', exact: true }).click();
    await waitFor(
      () => highlightTexts(article, 'sourcelight-marked'),
      (t) => t[0] === 'Helen Ortiz',
    );
    await popup.getByRole('button', { name: 'Some residents', exact: true }).click();
    await waitFor(
      () => highlightTexts(article, 'sourcelight-marked'),
      (t) => t[0] === 'Some residents',
    );
    await Promise.all([popup.close(), article.close()]);
  });

  it('applies options to an open tab without a reload: categories, colours, speaker colours', async () => {
    const article = await openArticle(h);
    const options = await h.context.newPage();
    await options.goto(optionsUrl(h));
    await options.locator('input[name="highlight-dates"]').uncheck();
    await waitFor(
      () => highlightCounts(article),
      (c) => c['sourcelight-dates'] === undefined && (c['sourcelight-directQuotes'] ?? 0) > 0,
    );
    await options.locator('input[name="highlight-dates"]').check();
    await waitFor(
      () => highlightCounts(article),
      (c) => (c['sourcelight-dates'] ?? 0) > 0,
    );
    // A new colour restyles the open page's highlights.
    await options.locator('input[name="color-directQuotes"]').fill('#ff0000');
    const rules = () =>
      article.evaluate(() =>
        document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
      );
    await waitFor(rules, (css) => css.includes('rgba(255, 0, 0, 0.35)'));
    // Speaker colours off: one colour for every speaker, so no per-speaker highlights remain.
    const tones = (c: Record<string, number>) => Object.keys(c).filter((k) => k.startsWith('sourcelight-tone-'));
    expect(tones(await highlightCounts(article)).length).toBeGreaterThan(1);
    await options.locator('input[name="speakerColors"]').uncheck();
    await waitFor(
      () => highlightCounts(article),
      (c) => tones(c).length === 0 && (c['sourcelight-speakers'] ?? 0) > 0,
    );
    // Vague groups not counted: the popup's count drops by one.
    await options.locator('input[name="countVagueGroups"]').uncheck();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved');
    const popup = await popupFor(h, article);
    expect(await popup.getByTestId('count-unnamed').textContent()).toBe('1');
    await options.bringToFront();
    await options.getByRole('button', { name: 'Restore defaults' }).click();
    await waitFor(rules, (css) => css.includes('rgba(255, 196, 0, 0.35)'));
    await Promise.all([options.close(), article.close(), popup.close()]);
  });

  it('toggles highlights with the shortcut and steps through them with a card for keyboard users', async () => {
    const article = await openArticle(h);
    await pressShortcut(h, article, 'toggle-highlights');
    await waitFor(
      () => highlightCounts(article),
      (c) => Object.keys(c).length === 0,
    );
    await pressShortcut(h, article, 'toggle-highlights');
    await waitFor(
      () => highlightCounts(article),
      (c) => (c['sourcelight-directQuotes'] ?? 0) > 0,
    );
    // Next highlight: the first one on screen is held and its card pinned; a live region reads it out.
    await article.evaluate(() => window.scrollTo(0, 0));
    await pressShortcut(h, article, 'next-highlight');
    await waitFor(
      () => highlightTexts(article, 'sourcelight-marked'),
      (t) => t.length === 1,
    );
    // The story's dates come before its first quote; each step moves one highlight on, in reading order,
    // and the card names what is held until it reaches Helen Ortiz's opening quote.
    let texts = await waitFor(
      () => accessibleTexts(h, article),
      (t) => t.some((s) => /, 1 of \d+: /.test(s)),
    );
    expect(texts.join('\n')).toMatch(/Date, 1 of \d+: /);
    let held = await highlightTexts(article, 'sourcelight-marked');
    for (let step = 2; !texts.some((s) => /^Direct quote, \d+ of \d+: Helen Ortiz/.test(s)); step++) {
      expect(step, 'the first quote is at most the fourth highlight').toBeLessThanOrEqual(4);
      const previous = held[0];
      await pressShortcut(h, article, 'next-highlight');
      held = await waitFor(
        () => highlightTexts(article, 'sourcelight-marked'),
        (t) => t.length === 1 && t[0] !== previous,
      );
      const position = new RegExp(`, ${step} of \\d+: `);
      texts = await waitFor(
        () => accessibleTexts(h, article),
        (t) => t.some((s) => position.test(s)),
      );
    }
    expect(held[0]).toMatch(/^The roof has leaked/);
    expect(texts).toContain('Alt+Shift+J next · Alt+Shift+K previous · Esc closes');
    await article.screenshot({ path: screenshotPath('ui-article-card') });
    // Escape closes the card and drops the mark.
    await article.keyboard.press('Escape');
    await waitFor(
      () => highlightTexts(article, 'sourcelight-marked'),
      (t) => t.length === 0,
    );
    await article.close();
  });

  it('analyses only the selected text from the context menu', async () => {
    const article = await openArticle(h);
    await article.evaluate(() => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent?.startsWith('“Families'));
      if (p) getSelection()?.selectAllChildren(p);
    });
    await clickMenu(h, article, 'sourcelight-analyze-selection', 'Families here need a place');
    const popup = await openPopupInTab(h, await tabIdOf(h, article));
    await popup.getByTestId('scope').waitFor();
    expect(await popup.getByTestId('count-quotes').textContent()).toBe('1');
    expect(await popup.locator('.speaker-name').allTextContents()).toEqual([expect.stringContaining('Peter Vance')]);
    // Highlights now cover the selection only.
    expect((await highlightCounts(article))['sourcelight-directQuotes']).toBe(1);
    await Promise.all([popup.close(), article.close()]);
  });

  it('shows the other popup states: nothing found, error with retry, unreachable, not an article', async () => {
    const empty = await h.context.newPage();
    await empty.goto(`${h.baseUrl}/ui-nothing-found.html`);
    const popup = await openPopupInTab(h, await tabIdOf(h, empty));
    await popup.setViewportSize({ width: 400, height: 480 });
    await popup.locator('[data-state="empty"]').waitFor();
    await popup.screenshot({ path: screenshotPath('ui-popup-nothing-found') });
    await popup.close();

    // Asking for the selection with nothing selected is an error the reader can retry from.
    await clickMenu(h, empty, 'sourcelight-analyze-selection');
    const failed = await openPopupInTab(h, await tabIdOf(h, empty));
    await failed.locator('[data-state="error"]').waitFor();
    expect(await failed.locator('main').textContent()).toContain('Select some text on the page first');
    await failed.getByRole('button', { name: 'Try again' }).click();
    await failed.locator('[data-state="empty"]').waitFor();
    await Promise.all([failed.close(), empty.close()]);

    const blank = await h.context.newPage();
    await blank.goto('about:blank');
    const unreachable = await openPopupInTab(h, await tabIdOf(h, blank));
    await unreachable.locator('[data-state="unreachable"]').waitFor();
    // Pages opened before the install have no content script yet: the popup offers a reload.
    expect(await unreachable.getByRole('button', { name: 'Reload the page' }).count()).toBe(1);
    await Promise.all([unreachable.close(), blank.close()]);

    const front = await h.context.newPage();
    await front.goto(`${h.baseUrl}/section-front.html`);
    const notArticle = await openPopupInTab(h, await tabIdOf(h, front));
    await notArticle.getByRole('button', { name: 'Analyze anyway' }).waitFor();
    await Promise.all([notArticle.close(), front.close()]);
  });

  it('has no serious accessibility violations in the popup and options, light or dark (axe-core)', async () => {
    const article = await openArticle(h);
    const popup = await popupFor(h, article);
    const options = await h.context.newPage();
    await options.goto(optionsUrl(h));
    await options.locator('input[name="autoRun"]').waitFor();
    const report: Record<string, unknown> = {};
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, page] of [
        ['popup', popup],
        ['options', options],
      ] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        const violations = await runAxe(page);
        report[`${name}-${scheme}`] = violations;
        expect(serious(violations), `${name} (${scheme})`).toEqual([]);
      }
    }
    console.log('[axe]', JSON.stringify(report));
    await Promise.all([popup.close(), options.close(), article.close()]);
  });

  it('saves screenshots: the real popup (light, dark), options, and highlighted pages', async () => {
    const article = await openArticle(h);
    await article.screenshot({ path: screenshotPath('ui-article-highlighted') });
    const real = await openRealPopup(h, article);
    await waitFor(
      () => real.evaluate<string | null>('document.querySelector("h1.title")?.textContent ?? null'),
      (t) => t !== null,
    );
    await real.screenshot(screenshotPath('ui-popup-light'));
    await real.setColorScheme('dark');
    await real.screenshot(screenshotPath('ui-popup-dark'));
    await real.close();

    await article.emulateMedia({ colorScheme: 'dark' });
    await article.screenshot({ path: screenshotPath('ui-article-dark') });
    await article.close();

    const options = await h.context.newPage();
    await options.goto(optionsUrl(h));
    await options.locator('input[name="autoRun"]').waitFor();
    await options.screenshot({ path: screenshotPath('ui-options'), fullPage: true });
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.screenshot({ path: screenshotPath('ui-options-dark'), fullPage: true });
    await options.close();
  });
});
