import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

/**
 * Loads the built extension (dist/) into Debian's Chromium with a fresh profile and serves our own fixture
 * pages on 127.0.0.1. Tests drive real pages, the real popup and the real options page.
 */

export const ROOT = resolve(import.meta.dirname, '../..');
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-results', 'screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const SERVED: Record<string, string> = {
  '/demo/': join(ROOT, 'demo'),
  '/hostile/': join(ROOT, 'tests/fixtures/hostile'),
  '/': join(ROOT, 'tests/fixtures/pages'),
};
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Pages made in memory for one test run (too big to keep in git): path → page. */
export type GeneratedRoutes = Record<string, () => string>;

export interface FixtureServer {
  server: Server;
  baseUrl: string;
  /** Every path the server was asked for, in order (the privacy test reads it). */
  requests: string[];
}

/**
 * Serves the fixture folders, and `routes` made in memory. A file `<name>.headers.json` next to a fixture adds
 * its response headers (a strict Content-Security-Policy, say).
 */
export function startFixtureServer(routes: GeneratedRoutes = {}): Promise<FixtureServer> {
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(req.url ?? '/');
    const generated = routes[path];
    if (generated) {
      res.writeHead(200, { 'content-type': TYPES['.html'] });
      res.end(generated());
      return;
    }
    for (const [prefix, dir] of Object.entries(SERVED)) {
      if (!path.startsWith(prefix)) continue;
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        const extra = existsSync(`${file}.headers.json`)
          ? (JSON.parse(readFileSync(`${file}.headers.json`, 'utf8')) as Record<string, string>)
          : {};
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...extra });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      done({ server, baseUrl: `http://127.0.0.1:${port}`, requests });
    });
  });
}

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  baseUrl: string;
  /** Every path the fixture server was asked for. */
  served: string[];
  close(): Promise<void>;
}

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export interface LaunchOptions {
  /** Pages made in memory, served beside the fixture folders. */
  routes?: GeneratedRoutes;
  /** More Chromium switches (the privacy test records a NetLog). */
  args?: string[];
}

export async function launch({ routes = {}, args = [] }: LaunchOptions = {}): Promise<Harness> {
  if (!existsSync(join(DIST, 'manifest.json'))) throw new Error('dist/ is missing: run `npm run build` first');
  const { server, baseUrl, requests } = await startFixtureServer(routes);
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      // No test may reach the internet: every host but the fixture server fails at once.
      '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
      ...args,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  mkdirSync(ARTIFACTS, { recursive: true });
  return {
    context,
    worker,
    extensionId,
    baseUrl,
    served: requests,
    async close() {
      await context.close();
      server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The service worker, restarted if MV3 has stopped it since launch. */
export async function serviceWorker(h: Harness): Promise<Worker> {
  const live = h.context.serviceWorkers().find((w) => w.url().includes(h.extensionId));
  return live ?? h.context.waitForEvent('serviceworker');
}

/**
 * The tab id of a page. Without the "tabs" permission the extension cannot read tab URLs, so the page is
 * brought to the front and the active tab is asked for, as a user's click on the toolbar would.
 */
export async function tabIdOf(h: Harness, page: Page): Promise<number> {
  await page.bringToFront();
  const worker = await serviceWorker(h);
  const id = await worker.evaluate(
    async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id ?? null,
  );
  if (id === null) throw new Error(`no active tab for ${page.url()}`);
  return id;
}

export async function badgeText(h: Harness, tabId: number): Promise<string> {
  const worker = await serviceWorker(h);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Highlight names registered in the page and how many ranges each holds. */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const out: Record<string, number> = {};
    CSS.highlights.forEach((h, name) => {
      out[name] = h.size;
    });
    return out;
  });
}

export async function waitFor<T>(read: () => Promise<T>, accept: (v: T) => boolean, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting; last value: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
    last = await read();
  }
  return last;
}

export async function openPopupInTab(h: Harness, tabId: number): Promise<Page> {
  const page = await h.context.newPage();
  await page.goto(`chrome-extension://${h.extensionId}/src/popup/index.html?tab=${tabId}`);
  return page;
}

export function screenshotPath(name: string): string {
  return join(ARTIFACTS, `${name}.png`);
}

/** The real toolbar popup (chrome.action.openPopup), reached through CDP since Playwright does not list it. */
export interface RealPopup {
  evaluate<T>(expression: string): Promise<T>;
  screenshot(path: string): Promise<void>;
  setColorScheme(scheme: 'light' | 'dark'): Promise<void>;
  close(): Promise<void>;
}

export async function openRealPopup(h: Harness, page: Page): Promise<RealPopup> {
  await page.bringToFront();
  const worker = await serviceWorker(h);
  await worker.evaluate(() => chrome.action.openPopup());
  const cdp = await h.context.newCDPSession(page);
  type TargetInfo = { targetId: string; url: string };
  const target = await waitFor(
    async () => {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: TargetInfo[] };
      return targetInfos.find((t) => t.url.includes(`${h.extensionId}/src/popup/index.html`)) ?? null;
    },
    (t) => t !== null,
  );
  // Non-flattened session: commands travel as messages through the page's CDP session.
  const { sessionId } = (await cdp.send('Target.attachToTarget', {
    targetId: target?.targetId ?? '',
    flatten: false,
  })) as {
    sessionId: string;
  };
  let nextId = 0;
  const pending = new Map<number, (m: { result?: unknown; error?: { message: string } }) => void>();
  cdp.on('Target.receivedMessageFromTarget', (event: { message: string }) => {
    const message = JSON.parse(event.message) as { id?: number; result?: unknown; error?: { message: string } };
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const send = <T>(method: string, params: Record<string, unknown> = {}) =>
    new Promise<T>((done, fail) => {
      const id = ++nextId;
      pending.set(id, (m) => (m.error ? fail(new Error(m.error.message)) : done(m.result as T)));
      void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params }) });
    });
  return {
    async evaluate<T>(expression: string) {
      const r = await send<{ result: { value: T } }>('Runtime.evaluate', {
        expression,
        returnByValue: true,
        awaitPromise: true,
      });
      return r.result.value;
    },
    async screenshot(path: string) {
      const { data } = await send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
      writeFileSync(path, Buffer.from(data, 'base64'));
    },
    async setColorScheme(scheme) {
      await send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
    },
    async close() {
      await send('Runtime.evaluate', { expression: 'window.close()' }).catch(() => undefined);
      await cdp.detach().catch(() => undefined);
    },
  };
}
