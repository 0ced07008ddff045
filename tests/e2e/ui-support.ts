import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { type Harness, serviceWorker, tabIdOf } from './harness';

/** Helpers for the UI end-to-end tests: accessibility checks, shortcuts, context menus, highlight reads. */

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
}

/**
 * Runs axe-core in a page. Extension pages forbid inline scripts (CSP script-src 'self'), so axe is not
 * added as a <script> tag: it is evaluated through the DevTools protocol, which CSP does not govern.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeRawViolation[] }> } }).axe;
    type AxeRawViolation = { id: string; impact: string | null; help: string; nodes: unknown[] };
    const result = await axe.run();
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length }));
  });
}

export const serious = (violations: AxeViolation[]) =>
  violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');

/**
 * Fires a keyboard command as the browser does when its shortcut is pressed. Headless Chromium does not route
 * key presses to extension shortcuts (Playwright's keyboard reaches the page, not the browser's accelerator
 * table), so the test dispatches the commands.onCommand event itself, in the service worker, with the tab the
 * browser would pass: the extension's own listener then runs exactly as for a real key press.
 */
export async function pressShortcut(h: Harness, page: Page, command: string): Promise<void> {
  const tabId = await tabIdOf(h, page);
  const worker = await serviceWorker(h);
  await worker.evaluate(
    async ({ command, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      const event = chrome.commands.onCommand as unknown as { dispatch?: (c: string, t: chrome.tabs.Tab) => void };
      if (typeof event.dispatch !== 'function') throw new Error('commands.onCommand.dispatch is unavailable');
      event.dispatch(command, tab);
    },
    { command, tabId },
  );
}

/** Clicks a context-menu entry the same way: the contextMenus.onClicked event with the info Chrome sends. */
export async function clickMenu(h: Harness, page: Page, menuItemId: string, selectionText?: string): Promise<void> {
  const tabId = await tabIdOf(h, page);
  const worker = await serviceWorker(h);
  await worker.evaluate(
    async ({ menuItemId, tabId, selectionText, pageUrl }) => {
      const tab = await chrome.tabs.get(tabId);
      const event = chrome.contextMenus.onClicked as unknown as {
        dispatch?: (info: chrome.contextMenus.OnClickData, t: chrome.tabs.Tab) => void;
      };
      if (typeof event.dispatch !== 'function') throw new Error('contextMenus.onClicked.dispatch is unavailable');
      event.dispatch(
        { menuItemId, editable: false, pageUrl, frameId: 0, ...(selectionText ? { selectionText } : {}) },
        tab,
      );
    },
    { menuItemId, tabId, selectionText, pageUrl: page.url() },
  );
}

/** The text of every range a named highlight holds. */
export async function highlightTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate(
    (n) => [...((CSS.highlights.get(n) as Set<AbstractRange> | undefined) ?? [])].map((r) => (r as Range).toString()),
    name,
  );
}

/**
 * Text inside the hover card's closed shadow root, read from the accessibility tree (what a screen reader
 * gets): Playwright selectors cannot enter closed shadow roots, and page scripts cannot either.
 */
export async function accessibleTexts(h: Harness, page: Page): Promise<string[]> {
  const cdp = await h.context.newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
      nodes: Array<{ role?: { value?: string }; name?: { value?: string } }>;
    };
    return nodes.filter((n) => n.role?.value === 'StaticText').map((n) => n.name?.value ?? '');
  } finally {
    await cdp.detach();
  }
}
