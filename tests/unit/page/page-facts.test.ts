import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/cli/dom';
import { readPageFacts } from '../../../src/page/detect/page-facts';

const facts = (head: string, body = '', url = 'https://news.example/2025/04/02/a-story-about-the-harbor') =>
  readPageFacts(parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), url);

describe('page facts', () => {
  it('reads JSON-LD types through @graph and arrays, and microdata itemtypes', () => {
    const f = facts(
      '<script type="application/ld+json">{"@graph":[{"@type":"WebSite"},{"@type":["NewsArticle","Article"]}]}</script>',
      '<div itemscope itemtype="https://schema.org/Recipe"></div>',
    );
    expect([...f.schemaTypes].sort()).toEqual(['Article', 'NewsArticle', 'Recipe', 'WebSite']);
  });

  it('reads Open Graph and article metas, also from value= attributes', () => {
    const f = facts(
      '<meta property="og:type" value="Article"><meta property="article:published_time" content="2025-04-02"><meta property="article:section" content="Local"><meta name="author" content="Dana Whitfield"><meta name="generator" content="Discourse 3.2">',
    );
    expect(f.ogType).toBe('article');
    expect(f.publishedMeta).toBe(true);
    expect(f.storyMeta).toBe(true);
    expect(f.byline).toBe(true);
    expect(f.generator).toMatch(/^discourse/);
  });

  it('finds a byline and a publication date in the body', () => {
    const f = facts('', '<span class="byline">By Dana Whitfield</span><time itemprop="datePublished">April 2</time>');
    expect(f.byline).toBe(true);
    expect(f.publishedMeta).toBe(true);
  });

  it('counts structure only when asked, once', () => {
    const f = facts(
      '',
      '<h3><a href="/a">One</a></h3><h3><a href="#top">Contents</a></h3><span class="price">$9</span>',
    );
    const first = f.structure();
    expect(first.headlineLinks).toBe(1); // in-page anchors are not teasers
    expect(first.prices).toBe(1);
    expect(f.structure()).toBe(first);
  });

  it('never throws on broken metadata or an empty document', () => {
    expect(() => facts('<script type="application/ld+json">{not json</script>')).not.toThrow();
    expect(() => readPageFacts(parseDocument(''), '')).not.toThrow();
  });
});
