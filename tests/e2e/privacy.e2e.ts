import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  chromiumAvailable,
  DIST,
  type Harness,
  highlightCounts,
  launch,
  openPopupInTab,
  ROOT,
  tabIdOf,
  waitFor,
} from './harness';
import { closeWelcome } from './hostile-support';

/**
 * The extension makes no network request and runs no code it did not ship. Three records are kept while a
 * reader browses our fixture pages with the popup and the options page open: Chrome's own NetLog (every
 * request the browser makes, from its start), every request Playwright sees (pages, frames, extension pages,
 * the service worker), and the initiator of every request in each web page (DevTools' Network domain). Then
 * the built bundles and manifests are checked for the means to make requests or load remote code.
 */

/** Chrome's traffic annotations for what a page or extension can cause: navigations and Blink's loads. */
const RENDERER_ANNOTATIONS = new Set([
  63171670, // navigation_url_loader: a page or frame navigation
  101845102, // blink_resource_loader: fetch, XHR, scripts, styles, images of a page or a worker
  112189210, // favicon_loader: the browser fetching a page's icon
]);

interface NetLogRequest {
  url: string;
  annotation: number;
}

function readNetLog(file: string): NetLogRequest[] {
  const raw = readFileSync(file, 'utf8');
  // Chrome leaves the file unterminated if it is killed; close it so it parses.
  const log = JSON.parse(/\]\s*\}\s*$/.test(raw) ? raw : `${raw.replace(/,?\s*$/, '')}]}`) as {
    constants: { logEventTypes: Record<string, number> };
    events: Array<{ type: number; params?: { url?: string; traffic_annotation?: number } }>;
  };
  const alive = log.constants.logEventTypes.REQUEST_ALIVE;
  return log.events
    .filter((e) => e.type === alive && typeof e.params?.url === 'string')
    .map((e) => ({ url: e.params?.url ?? '', annotation: e.params?.traffic_annotation ?? -1 }));
}

interface PageRequest {
  url: string;
  initiatorUrls: string[];
}

/** Every request a page makes, with every URL in its initiator (script stack, parser, or referrer). */
async function recordInitiators(cdp: CDPSession, into: PageRequest[]): Promise<void> {
  cdp.on(
    'Network.requestWillBeSent',
    (event: {
      request: { url: string };
      initiator: { url?: string; stack?: { callFrames: Array<{ url: string }>; parent?: unknown } };
    }) => {
      const urls: string[] = [];
      if (event.initiator.url) urls.push(event.initiator.url);
      let stack = event.initiator.stack as { callFrames: Array<{ url: string }>; parent?: unknown } | undefined;
      while (stack) {
        for (const f of stack.callFrames) urls.push(f.url);
        stack = stack.parent as typeof stack;
      }
      into.push({ url: event.request.url, initiatorUrls: urls });
    },
  );
  await cdp.send('Network.enable');
}

const isFixture = (url: string, baseUrl: string) => {
  const { hostname, port } = new URL(url);
  return (hostname === '127.0.0.1' || hostname === 'localhost') && port === new URL(baseUrl).port;
};

if (!chromiumAvailable()) console.warn('[e2e] /usr/bin/chromium not found: privacy tests skipped');

describe.skipIf(!chromiumAvailable())('privacy: the extension makes no request', () => {
  let h: Harness;
  const dir = mkdtempSync(join(tmpdir(), 'sourcelight-netlog-'));
  const netLogFile = join(dir, 'netlog.json');
  const seen: Array<{ url: string; from: 'service worker' | 'extension page' | 'web page' }> = [];
  const pageRequests: PageRequest[] = [];

  beforeAll(async () => {
    h = await launch({ args: [`--log-net-log=${netLogFile}`, '--net-log-capture-mode=Default'] });
    h.context.on('request', (r: Request) => {
      let from: 'service worker' | 'extension page' | 'web page' = 'web page';
      if (r.serviceWorker()) from = 'service worker';
      else if (r.frame().url().startsWith('chrome-extension://')) from = 'extension page';
      // Opening the popup or options in a tab: the navigation starts from the blank tab.
      else if (r.isNavigationRequest() && r.url().startsWith('chrome-extension://')) from = 'extension page';
      seen.push({ url: r.url(), from });
    });
    await closeWelcome(h);
  });

  afterAll(async () => {
    await h?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('browsing articles, non-articles and hostile pages with the popup and options open', async () => {
    const visit = async (path: string, analysed: boolean) => {
      const page = await h.context.newPage();
      const cdp = await h.context.newCDPSession(page);
      await recordInitiators(cdp, pageRequests);
      await page.goto(`${h.baseUrl}${path}`);
      const tabId = await tabIdOf(h, page);
      if (analysed) {
        await waitFor(
          () => highlightCounts(page),
          (c) => Object.keys(c).length > 0,
        );
      } else {
        await page.waitForTimeout(800);
      }
      const popup = await openPopupInTab(h, tabId);
      await popup.locator('main, [data-state]').first().waitFor();
      if (!analysed) {
        // "Analyze anyway" runs the whole analysis on request.
        await popup.getByRole('button', { name: 'Analyze anyway' }).click();
        await popup.locator('[data-state="done"]').waitFor();
      } else {
        await popup.locator('button.quote').first().click();
      }
      await popup.close();
      return page;
    };
    await visit('/demo/article.html', true);
    await visit('/section-front.html', false);
    await visit('/plain-article.html', false);
    await visit('/hostile/csp-strict.html', true);
    await visit('/hostile/frames.html', true);
    const spa = await visit('/hostile/spa.html?route=dam', true);
    await spa.click('nav a[data-route="orchard"]');
    await spa.waitForTimeout(1500);
    const options = await h.context.newPage();
    await options.goto(`chrome-extension://${h.extensionId}/src/options/index.html`);
    await options.locator('input[name="speakerColors"]').uncheck();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved');
    await options.locator('input[name="speakerColors"]').check();
    await expect.poll(() => options.getByTestId('status').textContent()).toBe('Saved');
    await h.close(); // flushes the NetLog

    const fromWorker = seen.filter((r) => r.from === 'service worker');
    const fromExtensionPages = seen.filter((r) => r.from === 'extension page');
    const fromPages = seen.filter((r) => r.from === 'web page');
    const extensionPrefix = `chrome-extension://${h.extensionId}/`;
    const byExtensionCode = pageRequests.filter(
      (r) =>
        !r.url.startsWith('chrome-extension://') && r.initiatorUrls.some((u) => u.startsWith('chrome-extension://')),
    );
    const netLog = readNetLog(netLogFile);
    const rendererCaused = netLog.filter((r) => RENDERER_ANNOTATIONS.has(r.annotation));
    const elsewhere = rendererCaused.filter((r) => !isFixture(r.url, h.baseUrl));
    const browserOwn = netLog.filter((r) => !RENDERER_ANNOTATIONS.has(r.annotation));
    const hosts = (list: Array<{ url: string }>) => [...new Set(list.map((r) => new URL(r.url).host))].join(', ');
    console.log(
      [
        '\nNetwork requests while browsing 6 fixture pages with the extension, its popup and its options page:',
        `  NetLog, caused by pages or the extension: ${rendererCaused.length} (hosts: ${hosts(rendererCaused)}); elsewhere: ${elsewhere.length}`,
        `  NetLog, Chromium's own (updates, accounts; not the extension's): ${browserOwn.length} (hosts: ${hosts(browserOwn)})`,
        `  Playwright: web pages ${fromPages.length} (hosts: ${hosts(fromPages)}), extension pages ${fromExtensionPages.length} (hosts: ${hosts(fromExtensionPages)}), service worker ${fromWorker.length} (hosts: ${hosts(fromWorker)})`,
        `  Requests initiated by extension code inside web pages: ${byExtensionCode.length}`,
      ].join('\n'),
    );

    expect(existsSync(netLogFile)).toBe(true);
    expect(rendererCaused.length).toBeGreaterThan(10); // the record is real: it saw our page loads
    expect(elsewhere).toEqual([]);
    // The worker and our pages load only files of our own package; web pages only the fixture server's
    // files (and, through Chrome, our content script's own files).
    const own = (r: { url: string }) => r.url.startsWith(extensionPrefix);
    expect(fromWorker.filter((r) => !own(r))).toEqual([]);
    expect(fromExtensionPages.filter((r) => !own(r))).toEqual([]);
    expect(fromPages.filter((r) => !isFixture(r.url, h.baseUrl) && !own(r))).toEqual([]);
    expect(byExtensionCode).toEqual([]);
    // Every page request was for something the fixture pages themselves reference (no beacon paths).
    const unknown = h.served.filter((p) => p !== '/favicon.ico' && !existsSync(join(ROOT, servedFile(p))));
    expect(unknown).toEqual([]);
  });
});

/** The file behind a served path (the fixture server's folders). */
function servedFile(path: string): string {
  const clean = decodeURIComponent(path.split('?')[0] ?? '');
  if (clean.startsWith('/demo/')) return join('demo', clean.slice('/demo/'.length));
  if (clean.startsWith('/hostile/')) return join('tests/fixtures/hostile', clean.slice('/hostile/'.length));
  return join('tests/fixtures/pages', clean);
}

describe('privacy: no remote code, no means to call out', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Record<string, unknown>;

  it('asks for storage and contextMenus only, with no host permissions and nothing exposed to pages', () => {
    expect(manifest.permissions).toEqual(['storage', 'contextMenus']);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions']) {
      expect(manifest[key], key).toBeUndefined();
    }
    // Pages and other extensions cannot message us or load our files.
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('sets a content security policy that forbids remote code and every connection', () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    const directives = new Map(
      csp.split(';').map((d) => {
        const [name = '', ...values] = d.trim().split(/\s+/);
        return [name, values] as const;
      }),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:|\*/);
  });

  it('declares in the Firefox build that no data is collected', () => {
    const file = join(ROOT, 'dist-firefox', 'manifest.json');
    if (!existsSync(file)) {
      console.warn('[e2e] dist-firefox/ is missing (npm run build:firefox): Firefox manifest not checked');
      return;
    }
    const firefox = JSON.parse(readFileSync(file, 'utf8')) as {
      browser_specific_settings: { gecko: { data_collection_permissions: { required: string[] } } };
    };
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('ships bundles with no way to make a request and no code from elsewhere', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (/\.(js|html)$/.test(name)) files.push(path);
      }
    };
    walk(DIST);
    expect(files.length).toBeGreaterThan(3);
    const forbidden = [
      /\bfetch\s*\(/,
      /XMLHttpRequest/,
      /\bWebSocket\b/,
      /\bEventSource\b/,
      /sendBeacon/,
      /importScripts/,
      /\beval\s*\(/,
      /new Function\s*\(/,
      /<script[^>]+src=["']?https?:/i,
    ];
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      for (const pattern of forbidden) expect(pattern.test(code), `${file} matches ${pattern}`).toBe(false);
      // The only absolute URLs are XML namespaces (Preact's SVG/MathML support) and the manifest's match patterns.
      const urls = code.match(/https?:\/\/[^\s"'`)]+/g) ?? [];
      for (const url of urls) expect(url, file).toMatch(/^https?:\/\/(www\.w3\.org\/|\*\/\*)/);
    }
  });
});
