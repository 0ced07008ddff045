import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Builds the gold file of our own source-typing dev set (tests/fixtures/sources-dev/cases/*.txt) in the
 * official scorer's `sources` format: strips the ⟦TYPE|key|text⟧ marks and records each statement's offsets.
 */
export const CASES = resolve(import.meta.dirname, '../tests/fixtures/sources-dev/cases');

const TYPES: Record<string, string> = {
  NP: 'named_person',
  NO: 'named_organization',
  DOC: 'document',
  ANON: 'anonymous_source',
  UP: 'unnamed_person',
  UG: 'unnamed_group',
};

export interface GoldStatement {
  start: number;
  end: number;
  type: string;
  name: string;
  title: string;
  source_key: string;
}

export interface GoldArticle {
  id: string;
  title: string;
  published: string;
  text: string;
  statements: GoldStatement[];
}

const MARK = /⟦(NP|NO|DOC|ANON|UP|UG)\|([^|⟧]+)\|([^⟧]+)⟧/g;

export function parseCase(id: string, marked: string): GoldArticle {
  const statements: GoldStatement[] = [];
  let text = '';
  let last = 0;
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const [, code = '', key = '', content = ''] = m;
    statements.push({
      start: text.length,
      end: text.length + content.length,
      type: TYPES[code] ?? 'unresolved',
      name: key,
      title: '',
      source_key: key.toLowerCase(),
    });
    text += content;
    last = (m.index ?? 0) + m[0].length;
  }
  text += marked.slice(last);
  if (text.includes('⟦') || text.includes('⟧')) throw new Error(`${id}: a statement mark is malformed`);
  return { id, title: text.split('\n')[0] ?? '', published: '2025-03-16', text: text.trimEnd(), statements };
}

export function loadCases(): GoldArticle[] {
  return readdirSync(CASES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => parseCase(f.replace(/\.txt$/, ''), readFileSync(join(CASES, f), 'utf8')));
}

/** Writes the gold JSONL to `path` and returns it. */
export function writeGold(path: string): string {
  writeFileSync(
    path,
    `${loadCases()
      .map((c) => JSON.stringify(c))
      .join('\n')}\n`,
  );
  return path;
}
