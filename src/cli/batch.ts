import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Analysis } from '../core/types';
import { analyzeHtml, analyzeText } from './analyze-page';

/**
 * The batch contract of ../shared/eval/FORMAT.md: one JSON object per input line, exactly one output line
 * per input line in the same order, the input's id echoed. A bad line gets an empty result with an error
 * and the batch goes on.
 */

type Json = Record<string, unknown>;

function facts(analysis: Analysis): Json {
  const { quotes, sources, dates, unnamed, noComment, secondhand } = analysis;
  return { quotes, sources, dates, unnamed, noComment, secondhand };
}

export function processLine(line: string): Json {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return { id: null, quotes: [], sources: [], dates: [], error: `Line is not JSON: ${(error as Error).message}` };
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { id: null, quotes: [], sources: [], dates: [], error: 'Line is not a JSON object' };
  }
  const record = input as Json;
  const id = record.id ?? null;
  try {
    if (typeof record.html === 'string') {
      const url = typeof record.url === 'string' ? record.url : '';
      const { detection, meta, article, analysis } = analyzeHtml(record.html, url);
      return {
        id,
        isArticle: detection.isArticle,
        detection: {
          score: detection.score,
          kind: detection.kind,
          reasons: detection.reasons,
          liveBlog: detection.liveBlog,
        },
        text: article?.text ?? '',
        title: article?.title ?? null,
        byline: article?.byline ?? null,
        // The scorer reads one publication date; with no stated original date, the update date is the best day.
        published: article?.published ?? article?.modified ?? meta.published ?? meta.modified ?? null,
        modified: article?.modified ?? meta.modified ?? null,
        ...facts(analysis),
      };
    }
    if (typeof record.text === 'string') {
      const published = typeof record.published === 'string' ? record.published : null;
      const title = typeof record.title === 'string' ? record.title : null;
      return { id, ...facts(analyzeText(record.text, published, title)) };
    }
    return { id, quotes: [], sources: [], dates: [], error: 'Input has neither "text" nor "html"' };
  } catch (error) {
    return { id, quotes: [], sources: [], dates: [], error: error instanceof Error ? error.message : String(error) };
  }
}

export async function runBatch(input: Readable, output: Writable): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lines = 0;
  let errors = 0;
  for await (const line of rl) {
    if (line.trim() === '') continue;
    const result = processLine(line);
    lines++;
    if (result.error) {
      errors++;
      process.stderr.write(`line ${lines}: ${String(result.error)}\n`);
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return { lines, errors };
}
