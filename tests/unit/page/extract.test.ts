import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/cli/dom';
import { extractArticle } from '../../../src/page/extract/extract';
import { normalizeDate } from '../../../src/page/metadata/page-dates';
import { readMetadata } from '../../../src/page/metadata/read-metadata';

const demo = readFileSync(resolve(import.meta.dirname, '../../../demo/article.html'), 'utf8');

describe('extraction', () => {
  it('extracts paragraphs without captions, navigation or related links', () => {
    const doc = parseDocument(demo);
    const before = doc.body.innerHTML;
    const article = extractArticle(doc, 'https://ledger.example/2025/03/16/flood-wall');
    expect(article).not.toBeNull();
    expect(article?.paragraphs[0]).toMatch(/^HARBOR CITY — The City Council on Thursday postponed/);
    expect(article?.text).not.toContain('Waves break over');
    expect(article?.text).not.toContain('School board weighs');
    expect(article?.text.split('\n\n')).toEqual(article?.paragraphs);
    // Readability ran on a clone: the page itself is untouched.
    expect(doc.body.innerHTML).toBe(before);
  });

  it('drops a site name after an en dash from the document title, but keeps a meta title whole', () => {
    const body = `<article>${'<p>The council met on Thursday and postponed the vote on the flood wall until spring, citing costs.</p>'.repeat(6)}</article>`;
    const page = (head: string) => parseDocument(`<html><head>${head}</head><body>${body}</body></html>`);
    expect(extractArticle(page('<title>Council delays the flood wall vote – Harbor Ledger</title>'), '')?.title).toBe(
      'Council delays the flood wall vote',
    );
    const withMeta = page(
      '<title>Council delays the vote – Harbor Ledger</title><meta property="og:title" content="Council delays the vote – Harbor Ledger">',
    );
    expect(extractArticle(withMeta, '')?.title).toBe('Council delays the vote – Harbor Ledger');
    expect(extractArticle(page('<title>Vote – Harbor Ledger</title>'), '')?.title).toBe('Vote – Harbor Ledger');
  });

  it('reads title, byline and dates from metadata, keeping the local day', () => {
    const meta = readMetadata(parseDocument(demo), '');
    expect(meta).toMatchObject({
      title: 'Harbor City Council delays vote on waterfront flood wall',
      byline: 'Dana Whitfield',
      siteName: 'The Harbor Ledger',
      published: '2025-03-16T18:40-05:00',
      modified: '2025-03-17T09:15-05:00',
    });
  });

  it('normalizes written and ISO dates without moving the day to UTC', () => {
    expect(normalizeDate('2022-11-06T01:03:00+05:30')).toBe('2022-11-06T01:03+05:30');
    expect(normalizeDate('November 06, 2022, 07:03 AM IST')).toBe('2022-11-06');
    expect(normalizeDate('6 Nov 2022')).toBe('2022-11-06');
    expect(normalizeDate('not a date')).toBeNull();
  });
});
