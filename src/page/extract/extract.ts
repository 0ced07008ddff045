import { Readability } from '@mozilla/readability';
import { jsonLdChars, MAX_JSON_LD_CHARS } from '../metadata/json-ld';
import { cleanByline, metaContent, type PageMeta, readMetadata } from '../metadata/read-metadata';
import { removeFurniture } from './furniture';
import { blockParagraphs } from './paragraphs';
import { prepareClone } from './prepare-clone';
import { cleanParagraphs } from './text-furniture';

/** The article as the engine reads it: plain text with paragraph boundaries, plus the page's metadata. */
export interface ExtractedArticle {
  url: string;
  title: string | null;
  /** Author names as the page gives them, without a leading "By". */
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  /** Text direction, "ltr" or "rtl", when the page says. */
  dir: string | null;
  published: string | null;
  modified: string | null;
  /** Paragraphs joined by blank lines; every engine offset points into this. */
  text: string;
  paragraphs: string[];
}

/** Paragraphs of Readability's content element, furniture removed. */
export function paragraphsOf(root: Element): string[] {
  removeFurniture(root);
  const out = blockParagraphs(root);
  if (out.length > 0) return out;
  const whole = (root.textContent ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
  return whole ? [whole] : [];
}

function same(a: string, b: string | null): boolean {
  return b !== null && a.toLowerCase() === b.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Runs Readability on a prepared clone and merges its result with the page's own metadata. Title and
 * byline come from Readability first (its metadata order is the reference the test pages were made
 * with), then from our reader of JSON-LD, Open Graph and <meta> (which also reads value= attributes).
 */
/**
 * "Lorem ipsum dolor sit amet – My website": Readability drops a site name after "|", "-", "/" or "»" but
 * not after an en dash; a short last part after " – " is the site's name when at least three words remain.
 */
export function withoutSiteSuffix(title: string | null): string | null {
  if (!title) return title;
  const at = title.lastIndexOf(' – ');
  if (at < 0) return title;
  const head = title.slice(0, at).trim();
  const tail = title.slice(at + 3).trim();
  const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
  return words(tail) <= 4 && words(head) >= 3 ? head : title;
}

/** The meta titles Readability reads before the document's <title> (it trims only the latter). */
const META_TITLE_KEYS = [
  'dc:title',
  'dcterm:title',
  'og:title',
  'weibo:article:title',
  'title',
  'twitter:title',
  'parsely-title',
];

export function extractArticle(
  doc: Document,
  url: string,
  meta: PageMeta = readMetadata(doc, url),
): ExtractedArticle | null {
  const clone = prepareClone(doc);
  const parsed = new Readability<Element>(clone, {
    keepClasses: true, // furniture is recognised by its class names afterwards
    serializer: (node) => node as Element,
    // Readability parses every JSON-LD block until it finds an article, without a size limit: on a page with
    // megabytes of it that blocked the page for 50 ms and more. Our own metadata (readJsonLd, bounded) has
    // read the JSON-LD already, so Readability may skip it there. (Safety work, issue 8.)
    disableJSONLD: jsonLdChars(doc) > MAX_JSON_LD_CHARS,
  }).parse();
  if (!parsed?.content) return null;
  // Readability prefers a meta title (og:title, twitter:title, …) and only trims the document's <title>.
  const rawTitle = parsed.title?.trim() || meta.title;
  const title = metaContent(doc, ...META_TITLE_KEYS) !== null ? rawTitle : withoutSiteSuffix(rawTitle);
  const byline = cleanByline(parsed.byline) ?? meta.byline;
  let paragraphs = cleanParagraphs(paragraphsOf(parsed.content), byline);
  // The headline repeated at the top of the body is not article text.
  if (paragraphs.length > 1 && paragraphs[0] && (same(paragraphs[0], title) || same(paragraphs[0], meta.title)))
    paragraphs = paragraphs.slice(1);
  if (paragraphs.length === 0) return null;
  return {
    url,
    title,
    byline,
    siteName: parsed.siteName?.trim() || meta.siteName,
    lang: parsed.lang?.trim() || meta.lang,
    dir: parsed.dir?.trim() || doc.documentElement?.getAttribute('dir') || null,
    published: meta.published,
    modified: meta.modified,
    text: paragraphs.join('\n\n'),
    paragraphs,
  };
}
