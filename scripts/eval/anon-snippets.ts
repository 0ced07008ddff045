import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';

/**
 * A recall check on real sentences: the Anonymous Source Tracker's snippets (../shared/data/sources) are
 * news sentences that each use an anonymous source. The share where the engine finds an attribution typed
 * `anonymous` is a lower bound on recall (many snippets are cut off mid-sentence by the search engine).
 */
const SNIPPETS = 'data/sources/anonymous-source-tracker/anon_snippets.csv';

function parseCsv(raw: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] ?? '';
    if (quoted) {
      if (c === '"' && raw[i + 1] === '"') {
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
    } else field += c;
  }
  if (field || row.length) rows.push([...row, field]);
  return rows;
}

export function anonymousSnippetRecall(shared: string): { snippets: number; found: number; recall: number } | null {
  const file = join(shared, SNIPPETS);
  if (!existsSync(file)) return null;
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  const column = header?.indexOf('snippet_text') ?? -1;
  let snippets = 0;
  let found = 0;
  for (const row of rows) {
    const text = (row[column] ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 40) continue;
    snippets++;
    const analysis = analyze(text);
    const types = new Map(analysis.sources.map((s) => [s.id, s.type]));
    if (analysis.quotes.some((q) => q.source !== null && types.get(q.source) === 'anonymous')) found++;
  }
  return { snippets, found, recall: snippets > 0 ? found / snippets : 0 };
}
