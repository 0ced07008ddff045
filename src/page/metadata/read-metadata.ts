import { ARTICLE_TYPES } from './article-types';
import { type JsonLdNode, nodeTypes, readJsonLd, stringField } from './json-ld';
import { findPageDates } from './page-dates';

/** What the page says about itself, from JSON-LD, Open Graph, `<meta>` and `<time>`. */
export interface PageMeta {
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** YYYY-MM-DD, or an ISO date-time, in the publisher's local calendar. */
  published: string | null;
  modified: string | null;
  description: string | null;
}

/** `<meta>` content by property or name; some saved pages keep it in `value=` instead of `content=`. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = el?.getAttribute('content') ?? el?.getAttribute('value');
    if (value?.trim()) return value.trim();
  }
  return null;
}

function articleNode(nodes: JsonLdNode[]): JsonLdNode | undefined {
  return nodes.find((n) => nodeTypes(n).some((t) => ARTICLE_TYPES.has(t)));
}

function clean(value: string | null | undefined): string | null {
  const v = value?.replace(/\s+/g, ' ').trim();
  return v ? v : null;
}

/** "By Jane Doe and John Roe" → "Jane Doe and John Roe". */
export function cleanByline(byline: string | null | undefined): string | null {
  const v = clean(byline)?.replace(/^(?:by|par|von|por)[:\s]+/i, '');
  // article:author often holds a profile URL rather than a name.
  return v && v.length < 200 && !/^https?:\/\//i.test(v) ? v : null;
}

export function readMetadata(doc: Document, url = '', jsonLd: JsonLdNode[] = readJsonLd(doc)): PageMeta {
  const article = articleNode(jsonLd);
  const dates = findPageDates(doc, url, jsonLd);
  const byline =
    (article ? stringField(article, 'author') : undefined) ??
    metaContent(doc, 'author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator') ??
    doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author')?.textContent;
  return {
    title: clean(
      (article ? stringField(article, 'headline') : undefined) ??
        metaContent(doc, 'og:title', 'twitter:title') ??
        doc.querySelector('h1')?.textContent ??
        doc.title,
    ),
    byline: cleanByline(byline),
    siteName: clean(
      metaContent(doc, 'og:site_name', 'application-name') ?? (article ? stringField(article, 'publisher') : undefined),
    ),
    lang: clean(doc.documentElement?.getAttribute('lang') ?? metaContent(doc, 'og:locale')),
    published: dates.published,
    modified: dates.modified,
    description: clean(metaContent(doc, 'description', 'og:description')),
  };
}
