import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GENERATED_PAGES } from '../fixtures/hostile/generate';
import { chromiumAvailable, type Harness, highlightCounts, launch, openPopupInTab, waitFor } from './harness';
import { closeWelcome } from './hostile-support';

/**
 * State that must survive what the browser does to an MV3 extension: the service worker stopped in the
 * middle of an analysis, or after it, loses nothing the reader sees; settings left corrupted or by an older
 * version are repaired field by field, and the extension goes on working with what was valid.
 */

/**
 * The worker is read through one of our own pages, not Playwright's Worker handle: after a stop, Playwright
 * keeps the dead worker listed for seconds and never reports the restarted one, while an extension page
 * reaches storage and the toolbar badge whether or not the worker runs.
 */
class Control {
  constructor(private readonly page: Page) {}

  static async open(h: Harness): Promise<Control> {
    const page = await h.context.newPage();
    await page.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    return new Control(page);
  }

  /** A DevTools session on the control page, for the browser-wide commands. */
  devtools(h: Harness): Promise<CDPSession> {
    return h.context.newCDPSession(this.page);
  }

  /** The stored state's status for a tab, or null. */
  state(tabId: number): Promise<string | null> {
    return this.page.evaluate(async (id) => {
      const raw = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as string | undefined;
      return raw ? (JSON.parse(raw) as { status: string }).status : null;
    }, tabId);
  }

  badge(tabId: number): Promise<string> {
    return this.page.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** The active tab's id (bring the page to the front first). */
  async tabOf(page: Page): Promise<number> {
    await page.bringToFront();
    const id = await this.page.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
    );
    if (id === null) throw new Error('no active tab');
    return id;
  }

  writeSettings(settings: unknown): Promise<void> {
    return this.page.evaluate((value) => chrome.storage.sync.set({ settings: value }), settings);
  }

  /** The DevTools target id of our running service worker (a restarted worker gets a new one), or null. */
  async workerTarget(cdp: CDPSession, extensionId: string): Promise<string | null> {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as {
      targetInfos: Array<{ type: string; url: string; targetId: string }>;
    };
    return targetInfos.find((t) => t.type === 'service_worker' && t.url.includes(extensionId))?.targetId ?? null;
  }
}

/**
 * Stops every service worker of the profile (ours is the only one), as Chrome does to an idle worker.
 * Resolves true when the running worker is gone (a message may start a new one at once: it has a new target
 * id). Chrome does not stop a worker in the middle of handling an event (DevTools' stop is then ignored), so
 * this can resolve false.
 */
async function stopServiceWorker(h: Harness, cdp: CDPSession, control: Control, waitMs = 3000): Promise<boolean> {
  const before = await control.workerTarget(cdp, h.extensionId);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const deadline = Date.now() + waitMs;
  while (Date.now() < deadline) {
    const now = await control.workerTarget(cdp, h.extensionId);
    if (now !== before || now === null) return true;
    await new Promise((done) => setTimeout(done, 20));
  }
  return false;
}

async function popupFacts(h: Harness, tabId: number): Promise<{ title: string | null; quotes: number }> {
  const popup = await openPopupInTab(h, tabId);
  await popup.locator('[data-state="done"]').waitFor();
  const facts = {
    title: await popup.locator('h1.title').textContent(),
    quotes: Number(await popup.getByTestId('count-quotes').textContent()),
  };
  await popup.close();
  return facts;
}

if (!chromiumAvailable()) console.warn('[e2e] /usr/bin/chromium not found: state tests skipped');

describe.skipIf(!chromiumAvailable())('state that survives the browser', () => {
  let h: Harness;
  let control: Control;
  let cdp: CDPSession;

  beforeAll(async () => {
    h = await launch({ routes: GENERATED_PAGES });
    await closeWelcome(h);
    control = await Control.open(h);
    cdp = await control.devtools(h);
  });
  afterAll(async () => {
    await h?.close();
  });

  it('stopping the service worker in the middle of an analysis loses nothing the reader sees', async () => {
    const page = await h.context.newPage();
    let tabId = -1;
    let stoppedMidway = false;
    // The content script reports 'analyzing', runs Readability on 400,000 characters, then sends them to
    // the worker. The worker is stopped in that moment; Chrome ignores a stop while the worker handles an
    // event, so the page is loaded again until a stop lands while the analysis is under way.
    let attempts = 0;
    for (; attempts < 10 && !stoppedMidway; attempts++) {
      await page.goto(`${h.baseUrl}/hostile/generated/long-article.html`, { waitUntil: 'commit' });
      tabId = await control.tabOf(page);
      // Polled tightly: the moment between 'analyzing' and the article's arrival at the worker is short.
      const deadline = Date.now() + 20_000;
      while ((await control.state(tabId)) !== 'analyzing' && Date.now() < deadline) await page.waitForTimeout(5);
      stoppedMidway = (await stopServiceWorker(h, cdp, control, 300)) && (await control.state(tabId)) === 'analyzing';
      if (!stoppedMidway)
        await waitFor(
          () => control.state(tabId),
          (s) => s === 'done',
          30_000,
        );
    }
    expect(stoppedMidway, 'the worker was stopped while the analysis was under way').toBe(true);
    console.log(`[e2e] service worker stopped mid-analysis on attempt ${attempts}`);
    // The content script's next request starts a new worker, which finishes the analysis.
    await waitFor(
      () => control.state(tabId),
      (s) => s === 'done',
      30_000,
    );
    expect(await control.workerTarget(cdp, h.extensionId)).not.toBeNull();
    const counts = await waitFor(
      () => highlightCounts(page),
      (c) => (c['sourcelight-directQuotes'] ?? 0) > 100,
      30_000,
    );
    expect(counts['sourcelight-unnamed']).toBeGreaterThan(0);
    const facts = await popupFacts(h, tabId);
    expect(facts.title).toBe('The sea wall, section by section');
    expect(facts.quotes).toBeGreaterThan(100);
    await page.close();
  });

  it('stopping the service worker after an analysis keeps the popup’s facts and the badge', async () => {
    const article = await h.context.newPage();
    await article.goto(`${h.baseUrl}/demo/article.html`);
    const tabId = await control.tabOf(article);
    await waitFor(
      () => control.state(tabId),
      (s) => s === 'done',
    );
    const before = await popupFacts(h, tabId);
    const badge = await control.badge(tabId);
    expect(await stopServiceWorker(h, cdp, control)).toBe(true);
    expect(await control.badge(tabId)).toBe(badge);
    expect(Number(badge)).toBeGreaterThan(0);
    expect(await popupFacts(h, tabId)).toEqual(before);
    await article.close();
  });

  it('repairs corrupted and old settings field by field, and keeps working with what was valid', async () => {
    await control.writeSettings({
      version: 1,
      autoRun: 'yes please',
      highlight: { speakers: false, dates: 'no', unnamed: null },
      colors: { directQuotes: 'url(javascript:alert(1))', dates: 'rgba(1, 2, 3, 0.5)' },
      skipSites: 'everything',
      badge: 42,
      countVagueGroups: false,
      injected: '<script>alert(1)</script>',
    });
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    const checked = (name: string) => options.locator(`input[name="${name}"]`).isChecked();
    await expect.poll(() => options.locator('input[name="color-dates"]').inputValue()).toBe('#010203');
    expect(await checked('autoRun')).toBe(true); // invalid: back to the default
    expect(await checked('highlight-speakers')).toBe(false); // valid: kept
    expect(await checked('highlight-dates')).toBe(true); // invalid: default
    expect(await checked('highlight-unnamed')).toBe(true); // invalid: default
    expect(await checked('countVagueGroups')).toBe(false); // valid: kept
    expect(await options.locator('input[name="color-directQuotes"]').inputValue()).toBe('#ffc400');
    await options.close();

    // An article opened now is analysed (auto-run is on again) and shows no speaker highlights (kept off).
    const article = await h.context.newPage();
    await article.goto(`${h.baseUrl}/demo/article.html`);
    const counts = await waitFor(
      () => highlightCounts(article),
      (c) => (c['sourcelight-directQuotes'] ?? 0) > 0,
    );
    expect(counts['sourcelight-speakers']).toBeUndefined();
    expect(counts['sourcelight-dates']).toBeGreaterThan(0);
    await article.close();
  });
});
