import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeGold } from '../sources-dev';
import { anonymousSnippetRecall } from './anon-snippets';
import { buildPostlightDetectGold, buildReadabilityDetectGold, buildReadabilityExtractGold } from './page-sets';
import { checkReadabilityMetadata } from './readability-metadata';
import { scoreUrlLabels } from './url-labels';

/**
 * Runs the real batch CLI on each dev set in ../shared/data and scores it with the official scorer.
 * Used by `npm run eval` and by the dev-set regression test.
 */

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');
export const SCORER = join(SHARED, 'eval/score.mjs');

export interface DevSet {
  name: string;
  task: 'quotes' | 'sources' | 'dates' | 'pubdate' | 'detect' | 'extract';
  /** The gold file under ../shared, or a builder that writes one into the work folder at eval time. */
  gold: string | ((shared: string, workDir: string) => string);
  /** Metrics kept in the baseline: dotted paths into the scorer's --json output. */
  metrics: string[];
}

/** A check computed in-process (no batch CLI, no scorer), printed and recorded like a dev set. */
export interface DevCheck {
  name: string;
  describe: string;
  metrics: string[];
  run: (shared: string) => Scores;
  /** False when a unit test of its own already enforces it (the regression test then skips it). */
  regression?: boolean;
}

export const DEV_SETS: DevSet[] = [
  {
    name: 'sources-dev',
    task: 'sources',
    gold: (_shared, workDir) => writeGold(join(workDir, 'sources-dev-gold.jsonl')),
    metrics: ['statement_recall.recall', 'type_accuracy.accuracy', 'unnamed_statements.f1'],
  },
  {
    name: 'quotes',
    task: 'quotes',
    gold: 'data/quotes/polnear-dev.jsonl',
    metrics: ['content.f1', 'quoted.f1', 'speaker_accuracy.accuracy', 'who_said_what.f1', 'quoted_who_said_what.f1'],
  },
  {
    name: 'dates',
    task: 'dates',
    gold: 'data/dates/timeml-dev.json',
    metrics: ['relaxed.f1', 'value.f1', 'strict.f1'],
  },
  { name: 'pubdate', task: 'pubdate', gold: 'data/pubdate/pubdate-dev.json', metrics: ['accuracy'] },
  {
    name: 'detect',
    task: 'detect',
    gold: 'data/detect/labels-dev.csv',
    metrics: ['article.f1', 'article.precision', 'accuracy'],
  },
  { name: 'detect-wcxb', task: 'detect', gold: 'data/detect/wcxb-dev/labels-wcxb-dev.csv', metrics: ['accuracy'] },
  // All articles: recall is what these measure (precision is 1 whenever anything is predicted).
  {
    name: 'detect-readability',
    task: 'detect',
    gold: buildReadabilityDetectGold,
    metrics: ['article.f1', 'article.recall'],
  },
  {
    name: 'detect-postlight',
    task: 'detect',
    gold: buildPostlightDetectGold,
    metrics: ['article.f1', 'article.recall'],
  },
  // Agreement with Readability.js's own output on its real test pages (a regression guard, not a quality score).
  {
    name: 'extract-readability',
    task: 'extract',
    gold: buildReadabilityExtractGold,
    metrics: ['f1', 'precision', 'recall'],
  },
];

export const DEV_CHECKS: DevCheck[] = [
  {
    name: 'url-labels',
    describe: 'URL-only story signal vs data/detect/url-labels',
    metrics: ['story.f1', 'story.precision', 'story.recall'],
    run: scoreUrlLabels,
  },
  {
    name: 'readability-metadata',
    describe: 'title and byline vs data/pages/readability/*/expected-metadata.json',
    metrics: ['title.accuracy', 'byline.accuracy', 'both.accuracy'],
    run: (shared) => checkReadabilityMetadata(shared).scores,
    regression: false, // tests/unit/page/readability-metadata.test.ts holds it at 95%
  },
  {
    name: 'anon-snippets',
    describe: "share of the Anonymous Source Tracker's real sentences with an anonymous attribution",
    metrics: ['recall'],
    run: (shared) => anonymousSnippetRecall(shared) ?? {},
  },
];

export type Scores = Record<string, unknown>;

export function sharedAvailable(): boolean {
  return existsSync(SCORER) && existsSync(join(SHARED, 'data'));
}

function run(cmd: string, args: string[], stdoutFile?: string): string {
  const result = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (result.status !== 0)
    throw new Error(`${cmd} ${args.join(' ')} failed (${result.status}): ${result.stderr.slice(-2000)}`);
  if (stdoutFile) writeFileSync(stdoutFile, result.stdout);
  return result.stdout;
}

/** Builds the input with the scorer, runs `npm run --silent analyze -- --jsonl`, and returns the scorer's JSON. */
export function scoreDevSet(set: DevSet, workDir = mkdtempSync(join(tmpdir(), 'sourcelight-eval-'))): Scores {
  const gold = typeof set.gold === 'string' ? join(SHARED, set.gold) : set.gold(SHARED, workDir);
  const input = join(workDir, `${set.name}-in.jsonl`);
  const output = join(workDir, `${set.name}-out.jsonl`);
  run(process.execPath, [SCORER, 'input', set.task, gold], input);
  run('npm', ['run', '--silent', 'analyze', '--', '--jsonl', input], output);
  return JSON.parse(run(process.execPath, [SCORER, set.task, gold, output, '--json'])) as Scores;
}

export function metric(scores: Scores, path: string): number | null {
  let v: unknown = scores;
  for (const key of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  return typeof v === 'number' ? v : null;
}

/** The scorer's bookkeeping: any non-zero count means the CLI broke the contract. */
export const CONTRACT_COUNTS = [
  'malformed_lines',
  'missing_ids',
  'invalid_docs',
  'duplicate_ids',
  'unknown_ids',
] as const;
