import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseDocument } from '../../src/cli/dom';

/**
 * Detect gold files built at eval time from ../shared/data/pages (never copied into the repository): every
 * Readability and Postlight test page is an article. The CSV sits in a temporary folder next to symlinks to
 * the shared folders, so the scorer's ids stay short and readable ("readability/aclu/source.html").
 */

export interface ReadabilityCase {
  dir: string;
  kind: string;
  readerable: boolean;
}

/** Minimal CSV reader for the manifest (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else if (c !== '\r') field += c;
  }
  if (field || row.length > 0) rows.push([...row, field]);
  const [header, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries((header ?? []).map((h, i) => [h, r[i] ?? ''])));
}

export function readabilityCases(shared: string): ReadabilityCase[] {
  const manifest = join(shared, 'data/pages/readability/manifest.csv');
  return parseCsv(readFileSync(manifest, 'utf8')).map((r) => ({
    dir: r.dir ?? '',
    kind: r.kind ?? '',
    readerable: r.readerable === 'True',
  }));
}

function csvLine(fields: string[]): string {
  return fields.map((f) => (/[",\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}

function link(workDir: string, name: string, target: string): void {
  const path = join(workDir, name);
  if (!existsSync(path)) symlinkSync(target, path, 'dir');
}

/**
 * Readability's pages as a detect set. The 8 pages Readability itself marks not readerable are left out:
 * they are fixtures for what a reader must skip, not articles. The URL is left empty because the upstream
 * harness's http://fakehost/test/page.html is a placeholder, not the page's address.
 */
export function buildReadabilityDetectGold(shared: string, workDir: string): string {
  mkdirSync(workDir, { recursive: true });
  link(workDir, 'readability', join(shared, 'data/pages/readability'));
  const lines = [csvLine(['file', 'label', 'site', 'url', 'og_type'])];
  for (const c of readabilityCases(shared)) {
    if (!c.readerable) continue;
    lines.push(csvLine([`readability/${c.dir}/source.html`, 'article', c.kind, '', '']));
  }
  const gold = join(workDir, 'readability-detect.csv');
  writeFileSync(gold, `${lines.join('\n')}\n`);
  return gold;
}

interface PostlightCase {
  url: string;
  file: string;
}

/** Postlight's fixtures as a detect set, with their real URLs; one row per fixture file. */
export function buildPostlightDetectGold(shared: string, workDir: string): string {
  mkdirSync(workDir, { recursive: true });
  link(workDir, 'postlight', join(shared, 'data/pages/postlight'));
  const cases = JSON.parse(readFileSync(join(shared, 'data/pages/postlight/expected.json'), 'utf8')) as PostlightCase[];
  const seen = new Set<string>();
  const lines = [csvLine(['file', 'label', 'site', 'url', 'og_type'])];
  for (const c of cases) {
    if (seen.has(c.file)) continue;
    seen.add(c.file);
    lines.push(csvLine([`postlight/${c.file}`, 'article', '', c.url, '']));
  }
  const gold = join(workDir, 'postlight-detect.csv');
  writeFileSync(gold, `${lines.join('\n')}\n`);
  return gold;
}

const BLOCKS = 'p, div, li, h1, h2, h3, h4, h5, h6, br, td, tr, pre, blockquote, dd, dt, figcaption';

/** The text of Readability's expected.html, with a space after every block so words do not run together. */
function expectedText(html: string): string {
  const doc = parseDocument(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(doc.body.querySelectorAll(BLOCKS))) el.after(doc.createTextNode(' '));
  return (doc.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Readability's real test pages as an extract set in the Zyte benchmark format: the gold text is what
 * Readability.js itself extracts (expected.html). It measures agreement with Readability, not with a
 * human reading: captions, credits and newsletter boxes we drop on purpose cost recall here.
 */
export function buildReadabilityExtractGold(shared: string, workDir: string): string {
  const root = join(shared, 'data/pages/readability');
  mkdirSync(join(workDir, 'html'), { recursive: true });
  const gold: Record<string, { articleBody: string; url: string }> = {};
  for (const c of readabilityCases(shared)) {
    if (c.kind !== 'real-page' || !c.readerable) continue;
    gold[c.dir] = {
      articleBody: expectedText(readFileSync(join(root, c.dir, 'expected.html'), 'utf8')),
      url: 'http://fakehost/test/page.html',
    };
    writeFileSync(join(workDir, 'html', `${c.dir}.html.gz`), gzipSync(readFileSync(join(root, c.dir, 'source.html'))));
  }
  const file = join(workDir, 'readability-extract.json');
  writeFileSync(file, JSON.stringify(gold));
  return file;
}
