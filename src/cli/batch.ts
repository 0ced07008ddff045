import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { Analysis } from '../core/types';
import { analyzeHtml, analyzeText } from './analyze-page';
import { MAX_PAGE_BYTES, MAX_TEXT_CHARS, tooLargePage, tooLongText } from './limits';

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

/** The id of a line that is not valid JSON, when it can still be read, so the error lands on the right document. */
function salvageId(line: string): string | null {
  return /^\s*\{\s*"id"\s*:\s*"((?:[^"\\]|\\.)*)"/.exec(line)?.[1] ?? null;
}

function failed(id: unknown, error: string): Json {
  return { id, quotes: [], sources: [], dates: [], error };
}

export function processLine(line: string): Json {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (error) {
    return failed(salvageId(line), `line is not JSON: ${(error as Error).message}`);
  }
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return failed(null, 'line is not a JSON object');
  }
  const record = input as Json;
  const id = record.id ?? null;
  try {
    if (record.html !== undefined) {
      if (typeof record.html !== 'string') return failed(id, '"html" must be a string');
      const bytes = Buffer.byteLength(record.html);
      if (bytes > MAX_PAGE_BYTES) return failed(id, tooLargePage('"html"', bytes));
      const url = typeof record.url === 'string' ? record.url : '';
      const { detection, meta, article, analysis, error } = analyzeHtml(record.html, url);
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
        ...(error ? { error } : {}),
      };
    }
    if (record.text !== undefined) {
      if (typeof record.text !== 'string') return failed(id, '"text" must be a string');
      if (record.text.length > MAX_TEXT_CHARS) return failed(id, tooLongText(record.text.length));
      const published = typeof record.published === 'string' ? record.published : null;
      const title = typeof record.title === 'string' ? record.title : null;
      return { id, ...facts(analyzeText(record.text, published, title)) };
    }
    return failed(id, 'input has neither "text" nor "html"');
  } catch (error) {
    return failed(id, error instanceof Error ? error.message : String(error));
  }
}

/**
 * Reads JSONL from `input`, writes one line per non-blank input line to `output`, and reports each bad line
 * on `log` by its line number in the file (blank lines count as lines, so the number is the editor's).
 */
export async function runBatch(
  input: Readable,
  output: Writable,
  log: Writable = process.stderr,
): Promise<{ lines: number; errors: number }> {
  const rl = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNumber = 0;
  let lines = 0;
  let errors = 0;
  for await (const line of rl) {
    lineNumber++;
    if (line.trim() === '') continue;
    const result = processLine(line);
    lines++;
    if (result.error) {
      errors++;
      const id = typeof result.id === 'string' ? ` (id ${JSON.stringify(result.id)})` : '';
      log.write(`line ${lineNumber}${id}: ${String(result.error)}\n`);
    }
    if (!output.write(`${JSON.stringify(result)}\n`)) await new Promise((r) => output.once('drain', r));
  }
  return { lines, errors };
}
