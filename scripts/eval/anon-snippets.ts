import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { parseCsv } from './page-sets';

/**
 * A recall check on real sentences: the Anonymous Source Tracker's snippets (../shared/data/sources) are
 * news sentences that each use an anonymous source. The share where the engine finds an attribution typed
 * `anonymous` is a lower bound on recall (many snippets are cut off mid-sentence by the search engine).
 */
const SNIPPETS = 'data/sources/anonymous-source-tracker/anon_snippets.csv';

export function anonymousSnippetRecall(shared: string): { snippets: number; found: number; recall: number } | null {
  const file = join(shared, SNIPPETS);
  if (!existsSync(file)) return null;
  let snippets = 0;
  let found = 0;
  for (const row of parseCsv(readFileSync(file, 'utf8'))) {
    const text = (row.snippet_text ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 40) continue;
    snippets++;
    const analysis = analyze(text);
    const types = new Map(analysis.sources.map((s) => [s.id, s.type]));
    if (analysis.quotes.some((q) => q.source !== null && types.get(q.source) === 'anonymous')) found++;
  }
  return { snippets, found, recall: snippets > 0 ? found / snippets : 0 };
}
