import { createReadStream } from 'node:fs';
import { analyzeHtml, analyzeText } from './analyze-page';
import { runBatch } from './batch';
import { loadInput } from './load-input';
import { formatReport } from './table';

const USAGE = `Usage:
  npm run analyze -- <file.html | file.txt | http(s)://url>   who said what, as a readable report
  npm run analyze -- --json <file | url>                       the facts as JSON
  npm run analyze -- --published YYYY-MM-DD <file.txt>          anchor relative dates in a text file
  npm run --silent analyze -- --jsonl IN.jsonl > OUT.jsonl      the batch contract (../shared/eval/FORMAT.md)`;

async function main(argv: string[]): Promise<number> {
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
  if (flag('--help') || flag('-h')) {
    console.log(USAGE);
    return 0;
  }
  const jsonl = option('--jsonl');
  if (jsonl !== null) {
    const input = jsonl === '-' ? process.stdin : createReadStream(jsonl);
    const failed = await new Promise<Error | null>((resolve) => {
      input.once('error', resolve);
      input.once('readable', () => resolve(null));
      input.once('end', () => resolve(null));
    });
    if (failed) throw new Error(`Could not read ${jsonl}: ${failed.message}`);
    const { lines, errors } = await runBatch(input, process.stdout);
    process.stderr.write(`analysed ${lines} documents, ${errors} with errors\n`);
    return 0;
  }
  const asJson = flag('--json');
  const published = option('--published');
  const target = args[0];
  if (!target) {
    console.error(USAGE);
    return 2;
  }
  const input = await loadInput(target);
  if (input.kind === 'text') {
    const analysis = analyzeText(input.content, published);
    console.log(
      asJson
        ? JSON.stringify({ text: input.content, ...analysis }, null, 2)
        : formatReport(input.content, analysis, { published }),
    );
    return 0;
  }
  const { detection, article, analysis } = analyzeHtml(input.content, input.url);
  if (asJson) {
    console.log(JSON.stringify({ detection, article, ...analysis }, null, 2));
    return 0;
  }
  if (!article) {
    console.log(
      `No article text found in ${target} (article gate: ${detection.isArticle ? 'article' : 'not an article'}).`,
    );
    return 1;
  }
  console.log(formatReport(article.text, analysis, { ...article, isArticle: detection.isArticle }));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`sourcelight: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
