import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseDocument } from '../../src/cli/dom';
import type { PageKind } from '../../src/page/detect/detect';

/**
 * Our own example pages for the article gate (tests/fixtures/detect), each with the kind it must be read
 * as. The URL is the page's canonical link; the bot-check page stands where a story was asked for.
 */
export const DETECT_FIXTURES = resolve(import.meta.dirname, '../fixtures/detect');

const KIND_BY_PREFIX: [string, PageKind][] = [
  ['article-', 'article'],
  ['home-', 'listing'],
  ['section-', 'listing'],
  ['tag-', 'listing'],
  ['search-', 'listing'],
  ['video-', 'video'],
  ['podcast-', 'audio'],
  ['gallery-', 'gallery'],
  ['recipe-', 'recipe'],
  ['forum-', 'forum'],
  ['qa-', 'forum'],
  ['shop-', 'shop'],
  ['interstitial', 'service'],
];

export interface FixturePage {
  file: string;
  kind: PageKind;
  url: string;
  html: string;
  doc: () => Document;
}

export function fixturePages(): FixturePage[] {
  return readdirSync(DETECT_FIXTURES)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(resolve(DETECT_FIXTURES, file), 'utf8');
      const kind = KIND_BY_PREFIX.find(([prefix]) => file.startsWith(prefix))?.[1];
      if (!kind) throw new Error(`No kind for fixture ${file}: name it after its kind`);
      const url =
        /<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ??
        'https://harbor-ledger.example/2025/04/02/port-authority-approves-dredging-plan';
      return { file, kind, url, html, doc: () => parseDocument(html) };
    });
}
