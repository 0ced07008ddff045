import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { GECKO_ID } from '../../scripts/manifest-firefox';
import { ARTIFACTS, ROOT, startFixtureServer, waitFor } from './harness';

/**
 * Loads the Firefox build (dist-firefox/) into Debian's firefox-esr, headless, driven by puppeteer-core over
 * WebDriver BiDi, and serves the same fixture pages as the Chromium tests.
 *
 * The add-on is installed as a temporary add-on with BiDi `webExtension.install` (puppeteer's
 * `browser.installExtension`). Its moz-extension:// origin is normally a random UUID per profile; the
 * `extensions.webextensions.uuids` pref, written into the fresh profile before launch, maps our add-on id to a
 * UUID we choose, so the tests know where the popup and options pages live.
 */

export const DIST_FIREFOX = join(ROOT, 'dist-firefox');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export function firefoxAvailable(): boolean {
  return existsSync(FIREFOX);
}

export interface FirefoxHarness {
  browser: Browser;
  /** moz-extension://<uuid> */
  origin: string;
  baseUrl: string;
  /** An extension page kept open to call extension APIs (tabs, action) the way the popup would. */
  control: Page;
  close(): Promise<void>;
}

export async function launchFirefox(): Promise<FirefoxHarness> {
  if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
    throw new Error('dist-firefox/ is missing: run `npm run build:firefox` first');
  }
  const uuid = randomUUID();
  let server: Server | undefined;
  let browser: Browser | undefined;
  try {
    const fixtures = await startFixtureServer();
    server = fixtures.server;
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      defaultViewport: { width: 1100, height: 800 },
      // Lets BiDi navigate a tab to a moz-extension:// page (options, popup); without it Firefox only allows
      // http(s), file and blob URLs. The profile is a throwaway one.
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }) },
    });
    const installed = await browser.installExtension(DIST_FIREFOX);
    if (installed !== GECKO_ID) throw new Error(`installed add-on id ${installed}, expected ${GECKO_ID}`);
    const origin = `moz-extension://${uuid}`;
    const control = await openExtensionPage(browser, `${origin}/src/options/index.html`);
    mkdirSync(ARTIFACTS, { recursive: true });
    const openBrowser = browser;
    const openServer = server;
    return {
      browser,
      origin,
      baseUrl: fixtures.baseUrl,
      control,
      async close() {
        await openBrowser.close();
        openServer.close();
      },
    };
  } catch (error) {
    await browser?.close();
    server?.close();
    throw error;
  }
}

/**
 * Opens an extension page in a new tab. WebDriver BiDi leaves extension documents out of its navigation events
 * (https://bugzilla.mozilla.org/show_bug.cgi?id=1755014), so `goto` would wait for a load it never hears
 * about; the navigation is started and the document itself is polled until it has loaded.
 */
async function openExtensionPage(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  page.goto(url, { timeout: 15_000 }).catch(() => undefined);
  await waitFor(
    () => page.evaluate(() => `${location.href} ${document.readyState}`).catch(() => ''),
    (state) => state === `${url} complete`,
  );
  return page;
}

export function openExtensionPath(h: FirefoxHarness, path: string): Promise<Page> {
  return openExtensionPage(h.browser, `${h.origin}/${path}`);
}

export type HighlightMechanism = 'css-highlights' | 'elements' | 'none';

/** Which highlighter the content script used, and how many ranges (or elements) each category holds. */
export async function highlightState(
  page: Page,
): Promise<{ mechanism: HighlightMechanism; counts: Record<string, number>; marks: number }> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    if (typeof CSS !== 'undefined' && 'highlights' in CSS) {
      CSS.highlights.forEach((h, name) => {
        counts[name] = h.size;
      });
    }
    const marks = document.querySelectorAll('sourcelight-mark').length;
    const mechanism: HighlightMechanism =
      Object.keys(counts).length > 0 ? 'css-highlights' : marks > 0 ? 'elements' : 'none';
    return { mechanism, counts, marks };
  });
}

/** Whether highlights of quotes (any mechanism) are in the page. */
export function hasQuoteHighlights(state: Awaited<ReturnType<typeof highlightState>>): boolean {
  return (state.counts['sourcelight-directQuotes'] ?? 0) > 0 || state.marks > 0;
}

/**
 * The tab id of a page. Without the "tabs" permission the tab is found the way a toolbar click finds it: the
 * page is brought to the front and the active tab is asked for.
 */
export async function tabIdOf(h: FirefoxHarness, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await h.control.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
  );
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

export function badgeText(h: FirefoxHarness, tabId: number): Promise<string> {
  return h.control.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** The settings as stored by the extension (what the options page saved). */
export function storedSettings(h: FirefoxHarness): Promise<unknown> {
  return h.control.evaluate(async () => (await chrome.storage.sync.get('settings')).settings ?? null);
}

/** The status of a tab's result in the background's per-tab cache (storage.session), or null if none. */
export function sessionState(h: FirefoxHarness, tabId: number): Promise<string | null> {
  return h.control.evaluate(async (id) => {
    const stored = (await chrome.storage.session.get(`tab:${id}`))[`tab:${id}`] as string | undefined;
    // Stored as JSON text (src/background/tab-state.ts).
    return stored ? ((JSON.parse(stored) as { status?: string }).status ?? null) : null;
  }, tabId);
}
