import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/cli/dom';
import { detectArticle } from '../../../src/page/detect/detect';
import { readUrlShape, urlEvidence } from '../../../src/page/detect/url-shape';

const fixture = (name: string) => readFileSync(resolve(import.meta.dirname, '../../fixtures/pages', name), 'utf8');
const demo = readFileSync(resolve(import.meta.dirname, '../../../demo/article.html'), 'utf8');

describe('article gate', () => {
  it('accepts an article with NewsArticle JSON-LD and og:type article', () => {
    const d = detectArticle(parseDocument(demo), 'https://ledger.example/2025/03/16/flood-wall-vote');
    expect(d.isArticle).toBe(true);
    expect(d.reasons).toContain('schema: news article');
  });

  it('accepts an article with no metadata from its prose and URL', () => {
    const d = detectArticle(
      parseDocument(fixture('plain-article.html')),
      'https://ledger.example/2025/03/15/ferry-fares-to-rise-in-april',
    );
    expect(d.isArticle).toBe(true);
  });

  it('rejects a section front', () => {
    const d = detectArticle(parseDocument(fixture('section-front.html')), 'https://ledger.example/local');
    expect(d.isArticle).toBe(false);
  });

  it('reads JSON-LD wrapped in CDATA markers', () => {
    const html =
      '<html><head><script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"x"}\n//]]></script></head><body></body></html>';
    expect(detectArticle(parseDocument(html), '').reasons).toContain('schema: news article');
  });

  it('reads a forum page whose body holds a stray <![CDATA[ (linkedom would swallow the page)', () => {
    const posts =
      '<div class="message-body"><p>A reply to the thread, written by one of its many members.</p></div>'.repeat(6);
    const html = `<html><head><title>t</title></head><body><![CDATA[<div id="top"></div>${posts}</body></html>`;
    expect(parseDocument(html).querySelectorAll('.message-body').length).toBe(6);
  });

  it('rejects an empty page and never throws on broken JSON-LD', () => {
    const html = '<html><head><script type="application/ld+json">{not json</script></head><body></body></html>';
    expect(detectArticle(parseDocument(html), 'https://x.example/').isArticle).toBe(false);
  });
});

describe('url signals', () => {
  it('scores story URLs above index URLs', () => {
    const score = (url: string) => urlEvidence(readUrlShape(url)).score;
    expect(score('https://news.example/2024/05/01/city-council-approves-new-budget')).toBeGreaterThan(0);
    expect(score('https://news.example/tag/politics/')).toBeLessThan(0);
    expect(score('https://news.example/')).toBeLessThan(0);
    expect(score('not a url')).toBe(0);
  });
});
