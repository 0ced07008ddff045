import { parseDocument } from '../src/cli/dom';
import { detectArticle } from '../src/page/detect/detect';
import { extractArticle } from '../src/page/extract/extract';
import { type BenchPage, benchPages } from './pages';
import { median, ms, percentile } from './stats';

/**
 * The gate in Node (linkedom): detectArticle on non-article pages, detect + extract on article pages.
 * Parsing is not timed (the browser has parsed the page before the content script runs). Each page is
 * timed after a warm-up run; the figure per page is the median of its runs.
 */
const ROUNDS = 5;

function perPage(pages: BenchPage[], work: (doc: Document, url: string) => void): number[] {
  const out: number[] = [];
  for (const page of pages) {
    const doc = parseDocument(page.html);
    work(doc, page.url); // warm-up
    const runs: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      const t0 = performance.now();
      work(doc, page.url);
      runs.push(performance.now() - t0);
    }
    out.push(median(runs));
  }
  return out;
}

export function line(label: string, samples: number[], budget: string): string {
  return `  ${label.padEnd(34)} median ${ms(median(samples))}   p95 ${ms(percentile(samples, 95))}   max ${ms(Math.max(...samples))}   (${budget})`;
}

export function benchGateNode(): void {
  const { source, nonArticles, articles } = benchPages();
  console.log(
    `\nGate in Node/linkedom (${source}: ${nonArticles.length} non-article, ${articles.length} article pages)`,
  );
  const gate = perPage(nonArticles, (doc, url) => detectArticle(doc, url));
  console.log(line('gate on non-article pages', gate, 'budget in Chromium: 2 ms median'));
  const full = perPage(articles, (doc, url) => {
    detectArticle(doc, url);
    extractArticle(doc, url);
  });
  console.log(line('detect + extract on article pages', full, 'budget in Chromium: 30 ms median'));
}
