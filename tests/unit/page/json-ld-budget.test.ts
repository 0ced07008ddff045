import { describe, expect, it, vi } from 'vitest';
import { parseDocument } from '../../../src/cli/dom';
import { nodeTypes, readJsonLd } from '../../../src/page/metadata/json-ld';

/** Megabytes of JSON-LD cost the gate a bounded amount of parsing, and the article's own block is still read. */
describe('JSON-LD on a page that carries megabytes of it', () => {
  const big = (n: number) =>
    `<script type="application/ld+json">{"@type": "Dataset", "hasPart": [${Array.from({ length: n }, (_, i) => `{"@type": "Observation", "value": ${i}}`).join(',')}]}</script>`;
  const html = `<html><head>${Array.from({ length: 30 }, () => big(4_500)).join('')}
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Small and last"}</script>
    <script type="application/ld+json">{"@type": "NewsArticle", "headline": "broken</script>
    </head><body></body></html>`;

  it('reads the small article block even after 30 big ones, and parses at most 400,000 characters', () => {
    const doc = parseDocument(html);
    const parse = vi.spyOn(JSON, 'parse');
    const nodes = readJsonLd(doc);
    const parsedChars = parse.mock.calls.reduce((n, [text]) => n + String(text).length, 0);
    const calls = parse.mock.calls.length;
    parse.mockRestore();
    expect(nodes.some((n) => nodeTypes(n).includes('NewsArticle') && n.headline === 'Small and last')).toBe(true);
    expect(parsedChars).toBeLessThanOrEqual(400_000);
    expect(calls).toBeGreaterThan(2);
  });

  it('keeps document order among the blocks it read', () => {
    const doc = parseDocument(`<html><head>
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "first, and longer than the second"}</script>
      <script type="application/ld+json">{"@type": "WebPage"}</script></head></html>`);
    expect(readJsonLd(doc).map((n) => nodeTypes(n)[0])).toEqual(['NewsArticle', 'WebPage']);
  });
});
