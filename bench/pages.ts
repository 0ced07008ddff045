import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';

/**
 * Saved pages for the gate benchmarks, read from ../shared/data (never copied into the repository):
 * non-article pages (news section fronts, videos, galleries, recipes; forum, listing and collection pages
 * from across the web) and article pages (news stories, Readability and Postlight test pages). Without
 * ../shared, our own fixture pages stand in, with a message.
 */
export const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, '../shared/data');
const OWN = join(ROOT, 'tests/fixtures/detect');
const REAL_PAGE_BYTES = 10_000;

export interface BenchPage {
  name: string;
  url: string;
  html: string;
}

export interface BenchPages {
  source: string;
  nonArticles: BenchPage[];
  articles: BenchPage[];
}

function read(file: string): string {
  const bytes = readFileSync(file);
  return (file.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

function csvRows(file: string): string[][] {
  // The label files quote only URLs with commas; a simple split on unquoted commas is enough here.
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map(
      (line) => line.match(/("([^"]|"")*"|[^,]*)(,|$)/g)?.map((f) => f.replace(/,$/, '').replace(/^"|"$/g, '')) ?? [],
    );
}

function sharedPages(): BenchPages {
  const nonArticles: BenchPage[] = [];
  const articles: BenchPage[] = [];
  for (const [file, label, , url] of csvRows(join(DATA, 'detect/labels-dev.csv'))) {
    if (!file) continue;
    const page = { name: file, url: url ?? '', html: read(join(DATA, 'detect', file)) };
    (label === 'article' ? articles : nonArticles).push(page);
  }
  for (const [file, , , url] of csvRows(join(DATA, 'detect/wcxb-dev/labels-wcxb-dev.csv'))) {
    if (file) nonArticles.push({ name: file, url: url ?? '', html: read(join(DATA, 'detect/wcxb-dev', file)) });
  }
  const readability = join(DATA, 'pages/readability');
  for (const dir of readdirSync(readability)) {
    const source = join(readability, dir, 'source.html');
    // Real pages only: the synthetic unit cases are a few lines of lorem ipsum.
    if (existsSync(source) && statSync(source).size >= REAL_PAGE_BYTES)
      articles.push({ name: `readability/${dir}`, url: '', html: read(source) });
  }
  return { source: '../shared/data (detect, wcxb-dev, readability)', nonArticles, articles };
}

function ownPages(): BenchPages {
  const nonArticles: BenchPage[] = [];
  const articles: BenchPage[] = [];
  for (const file of readdirSync(OWN).filter((f) => f.endsWith('.html'))) {
    const html = read(join(OWN, file));
    const url = /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? `https://news.example/${file}`;
    (file.startsWith('article-') ? articles : nonArticles).push({ name: file, url, html });
  }
  return { source: 'tests/fixtures/detect (our own pages)', nonArticles, articles };
}

export function benchPages(): BenchPages {
  if (existsSync(join(DATA, 'detect/labels-dev.csv'))) return sharedPages();
  console.log('(../shared/data is absent: benchmarking the gate on our own fixture pages only)');
  return ownPages();
}
