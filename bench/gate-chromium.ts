import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { line } from './gate';
import { type BenchPage, benchPages, ROOT } from './pages';

/**
 * The gate in Chromium, where the content script runs it: each saved page is served on 127.0.0.1 with a
 * CSP that blocks every subresource (no network, no page scripts), the gate and extractor are bundled
 * with Vite and evaluated in the page, and timed there with performance.now() after a warm-up run.
 */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ROUNDS = 5;
const CSP = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * Runs in the page. A string, not a function: tsx rewrites functions in this file with a helper
 * (__name) that does not exist in the page.
 */
function timingScript(url: string, extract: boolean): string {
  return `(() => {
    const api = globalThis.SourcelightBench;
    const once = () => {
      const t0 = performance.now();
      api.detectArticle(document, ${JSON.stringify(url)});
      if (${extract}) api.extractArticle(document, ${JSON.stringify(url)});
      return performance.now() - t0;
    };
    once();
    return Array.from({ length: ${ROUNDS} }, once);
  })()`;
}

async function bundle(): Promise<string> {
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(ROOT, 'bench/gate-entry.ts'), formats: ['iife'], name: 'SourcelightBenchBundle' },
    },
  });
  const result = Array.isArray(out) ? out[0] : out;
  const chunk = result && 'output' in result ? result.output[0] : undefined;
  if (!chunk || !('code' in chunk)) throw new Error('vite build produced no bundle');
  return chunk.code;
}

export async function benchGateChromium(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nGate in Chromium: ${CHROMIUM} not found, skipped`);
    return;
  }
  const { source, nonArticles, articles } = benchPages();
  const pages = [...nonArticles, ...articles];
  const server = createServer((req, res) => {
    const page = pages[Number(new URL(req.url ?? '/', 'http://x').pathname.slice(1))];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
    res.end(page?.html ?? 'not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const code = await bundle();
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  // Only our own server answers: a saved page never reaches the network.
  await page.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));

  const time = async (list: BenchPage[], offset: number, extract: boolean): Promise<number[]> => {
    const out: number[] = [];
    for (let i = 0; i < list.length; i++) {
      try {
        await page.goto(`${base}/${offset + i}`, { waitUntil: 'domcontentloaded', timeout: 15_000 });
        await page.evaluate(code);
        const runs = (await page.evaluate(timingScript(list[i]?.url ?? '', extract))) as number[];
        runs.sort((a, b) => a - b);
        out.push(runs[Math.floor(runs.length / 2)] ?? 0);
      } catch (error) {
        console.log(`  (skipped ${list[i]?.name}: ${error instanceof Error ? error.message.split('\n')[0] : error})`);
      }
    }
    return out;
  };
  console.log(`\nGate in Chromium (${source}: ${nonArticles.length} non-article, ${articles.length} article pages)`);
  console.log(line('gate on non-article pages', await time(nonArticles, 0, false), 'budget: 2 ms median'));
  console.log(
    line('detect + extract on article pages', await time(articles, nonArticles.length, true), 'budget: 30 ms median'),
  );
  await browser.close();
  server.close();
}
