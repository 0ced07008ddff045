import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../src/core/analyze';
import { median, ms, percentile } from './stats';

/**
 * Engine speed: `analyze` per article over the PolNeAR dev texts (when ../shared is present) and over our
 * own demo article, after a warm-up. Reports median and p95, and time per 1,000 words.
 */
const ROOT = resolve(import.meta.dirname, '..');
const POLNEAR = resolve(ROOT, '../shared/data/quotes/polnear-dev.jsonl');

interface Doc {
  text: string;
  published: string | null;
}

function corpus(): { name: string; docs: Doc[] } {
  if (existsSync(POLNEAR)) {
    const docs = readFileSync(POLNEAR, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; publication_date?: string })
      .map((d) => ({ text: d.text, published: d.publication_date ?? null }));
    return { name: 'PolNeAR dev', docs };
  }
  console.log('(../shared/data is absent: benchmarking our own demo article only)');
  const html = readFileSync(join(ROOT, 'demo/article.html'), 'utf8');
  const text = html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
  return { name: 'demo article text', docs: [{ text, published: '2025-03-16' }] };
}

export function benchEngine(rounds = 5): void {
  const { name, docs } = corpus();
  for (const d of docs.slice(0, 20)) analyze(d.text, { published: d.published }); // warm-up (JIT)
  const perArticle: number[] = [];
  const per1000Words: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const d of docs) {
      const t0 = performance.now();
      analyze(d.text, { published: d.published });
      const t = performance.now() - t0;
      perArticle.push(t);
      const words = d.text.split(/\s+/).length;
      per1000Words.push((t * 1000) / Math.max(1, words));
    }
  }
  const words = docs.map((d) => d.text.split(/\s+/).length);
  console.log(`\nEngine (${name}: ${docs.length} articles, median ${median(words)} words, ${rounds} rounds)`);
  console.log(
    `  per article      median ${ms(median(perArticle))}   p95 ${ms(percentile(perArticle, 95))}   max ${ms(Math.max(...perArticle))}`,
  );
  console.log(
    `  per 1,000 words  median ${ms(median(per1000Words))}   p95 ${ms(percentile(per1000Words, 95))}   (budget: 10 ms median)`,
  );
}
