import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `web-ext lint` on dist-firefox/ (the checks addons.mozilla.org runs on upload). Fails on any error, and on
 * any warning or notice that is not one of the explained ones below, so a new warning cannot slip in unread.
 */

const ROOT = resolve(import.meta.dirname, '..');
const SOURCE = join(ROOT, 'dist-firefox');
const WEB_EXT = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Explained {
  code: string;
  /** Recognises the library code around the flagged column (minified names change; these do not). */
  around: RegExp;
  why: string;
}

/** Warnings that come from third-party code bundled as is and cannot be removed without patching it. */
export const EXPLAINED: Explained[] = [
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /innerHTML=\w+\.__html/,
    why: 'Preact’s runtime supports dangerouslySetInnerHTML; the popup and options never use it, so the branch never runs',
  },
  {
    code: 'UNSAFE_VAR_ASSIGNMENT',
    around: /this\._(?:attempts|isSingleImage)\b/,
    why: 'Mozilla Readability (Firefox’s own Reader View code) rewrites its detached clone of the page, never the live page',
  },
];

/** Text around a flagged position: the linter reports the line and column in the built file. */
function contextOf(message: LintMessage): string {
  if (!message.file || message.line === undefined) return '';
  const path = join(SOURCE, message.file);
  if (!existsSync(path)) return '';
  const line = readFileSync(path, 'utf8').split('\n')[message.line - 1] ?? '';
  const column = message.column ?? 0;
  return line.slice(Math.max(0, column - 300), column + 300);
}

export function explain(message: LintMessage): Explained | undefined {
  const around = contextOf(message);
  return EXPLAINED.find((e) => e.code === message.code && e.around.test(around));
}

function main(): void {
  if (!existsSync(join(SOURCE, 'manifest.json'))) {
    console.error('dist-firefox/ is missing: run `npm run build:firefox` first');
    process.exit(1);
  }
  const run = spawnSync(process.execPath, [WEB_EXT, 'lint', '--source-dir', SOURCE, '--output', 'json'], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  let report: {
    summary: Record<string, number>;
    errors: LintMessage[];
    warnings: LintMessage[];
    notices: LintMessage[];
  };
  try {
    report = JSON.parse(run.stdout);
  } catch {
    console.error(`web-ext lint did not produce a report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    process.exit(1);
  }
  const { errors, warnings, notices } = report;
  console.log(
    `web-ext lint dist-firefox: ${errors.length} errors, ${warnings.length} warnings, ${notices.length} notices`,
  );
  let unexplained = 0;
  for (const [kind, list] of [
    ['error', errors],
    ['warning', warnings],
    ['notice', notices],
  ] as const) {
    for (const m of list) {
      const where = `${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}`;
      const reason = kind === 'error' ? undefined : explain(m);
      if (reason) console.log(`  ${kind} ${m.code} ${where} (explained: ${reason.why})`);
      else {
        unexplained++;
        console.log(`  ${kind} ${m.code} ${where}: ${m.message}  ← NOT EXPLAINED`);
      }
    }
  }
  if (unexplained > 0) {
    console.error(`${unexplained} lint finding(s) need a fix, or a reason in scripts/lint-firefox.ts`);
    process.exit(1);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
