import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { analyzeHtml } from '../src/cli/analyze-page';
import { formatReport } from '../src/cli/table';
import { formatSizes, measureAll } from './bundle-sizes';

/**
 * `npm start`: after the build, shows what Sourcelight finds in the bundled demo article (a fictional story
 * we wrote), and where a display exists opens Chromium with the extension on it.
 */
const ROOT = resolve(import.meta.dirname, '..');
const DEMO = join(ROOT, 'demo/article.html');
const DIST = join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const started = performance.now();
const { detection, article, analysis } = analyzeHtml(
  readFileSync(DEMO, 'utf8'),
  'https://ledger.example/2025/03/16/flood-wall-vote',
);
const ms = performance.now() - started;
if (!article) throw new Error('the demo article could not be extracted');
console.log(`\n${formatReport(article.text, analysis, { ...article, isArticle: detection.isArticle })}`);
console.log(`\n(detect + extract + analyse in ${ms.toFixed(1)} ms in Node, including warm-up)`);
if (existsSync(DIST)) console.log(`\n${formatSizes(measureAll(DIST), DIST)}`);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.log(
    '\nNo display here: load dist/ in Chrome (chrome://extensions → Developer mode → Load unpacked) to see it in a browser.',
  );
} else if (!existsSync(CHROMIUM)) {
  console.log(`\n${CHROMIUM} not found: load dist/ in Chrome by hand (see README).`);
} else {
  const { startFixtureServer } = await import('../tests/e2e/harness');
  const { server, baseUrl } = await startFixtureServer();
  const profile = mkdtempSync(join(tmpdir(), 'sourcelight-demo-'));
  console.log(`\nOpening Chromium with the extension on ${baseUrl}/demo/article.html (close the window to finish).`);
  const browser = spawn(
    CHROMIUM,
    [
      `--user-data-dir=${profile}`,
      `--disable-extensions-except=${DIST}`,
      `--load-extension=${DIST}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      `${baseUrl}/demo/article.html`,
    ],
    { stdio: 'ignore' },
  );
  browser.on('exit', () => server.close());
}
