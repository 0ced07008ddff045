import { createReadStream } from 'node:fs';
import type { Readable, Writable } from 'node:stream';
import { analyzeHtml, analyzeText } from './analyze-page';
import { runBatch } from './batch';
import { MAX_TEXT_CHARS, tooLongText } from './limits';
import { loadInput } from './load-input';
import { formatReport } from './table';

const USAGE = `Usage:
  npm run analyze -- <file.html | file.txt | http(s)://url>   who said what, as a readable report
  npm run analyze -- --json <file | url>                       the facts as JSON
  npm run analyze -- --published YYYY-MM-DD <file.txt>          anchor relative dates in a text file
  npm run --silent analyze -- --jsonl IN.jsonl > OUT.jsonl      the batch contract (../shared/eval/FORMAT.md)`;

export interface CliIo {
  stdin: Readable;
  stdout: Writable;
  stderr: Writable;
}

/** Opens the batch input, failing with a readable error before any output when it cannot be read. */
async function openInput(path: string, stdin: Readable): Promise<Readable> {
  if (path === '-') return stdin;
  const input = createReadStream(path);
  const failed = await new Promise<Error | null>((resolve) => {
    input.once('error', resolve);
    input.once('readable', () => resolve(null));
    input.once('end', () => resolve(null));
  });
  if (!failed) return input;
  const code = (failed as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') throw new Error(`No such file: ${path}`);
  if (code === 'EISDIR') throw new Error(`${path} is a folder, not a file`);
  throw new Error(`Could not read ${path}: ${failed.message}`);
}

/** The command line: returns the exit code; every failure is a sentence on stderr, never a stack trace. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const out = (text: string) => io.stdout.write(`${text}\n`);
  const err = (text: string) => io.stderr.write(`${text}\n`);
  const args = [...argv];
  const flag = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return false;
    args.splice(i, 1);
    return true;
  };
  const option = (name: string) => {
    const i = args.indexOf(name);
    if (i < 0) return null;
    const value = args[i + 1] ?? null;
    args.splice(i, 2);
    return value;
  };
  try {
    if (flag('--help') || flag('-h')) {
      out(USAGE);
      return 0;
    }
    const jsonl = option('--jsonl');
    if (jsonl !== null) {
      const input = await openInput(jsonl, io.stdin);
      const { lines, errors } = await runBatch(input, io.stdout, io.stderr);
      err(`analysed ${lines} documents, ${errors} with errors`);
      return 0;
    }
    const asJson = flag('--json');
    const published = option('--published');
    const target = args[0];
    if (!target) {
      err(USAGE);
      return 2;
    }
    const input = await loadInput(target);
    if (input.kind === 'text') {
      if (input.content.length > MAX_TEXT_CHARS) throw new Error(`${target}: ${tooLongText(input.content.length)}`);
      const analysis = analyzeText(input.content, published);
      out(
        asJson
          ? JSON.stringify({ text: input.content, ...analysis }, null, 2)
          : formatReport(input.content, analysis, { published }),
      );
      return 0;
    }
    const { detection, article, analysis, error } = analyzeHtml(input.content, input.url);
    if (error) throw new Error(`${target}: ${error}`);
    if (asJson) {
      out(JSON.stringify({ detection, article, ...analysis }, null, 2));
      return 0;
    }
    if (!article) {
      out(`No article text found in ${target} (article gate: ${detection.isArticle ? 'article' : 'not an article'}).`);
      return 1;
    }
    out(formatReport(article.text, analysis, { ...article, isArticle: detection.isArticle }));
    return 0;
  } catch (error) {
    err(`sourcelight: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
