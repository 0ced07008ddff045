import { Readability } from '@mozilla/readability';
import { jsonLdChars, MAX_JSON_LD_CHARS } from '../metadata/json-ld';
import { type PageMeta, readMetadata } from '../metadata/read-metadata';

/** The article as the engine reads it: plain text with paragraph boundaries, plus the page's metadata. */
export interface ExtractedArticle {
  url: string;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  published: string | null;
  modified: string | null;
  /** Paragraphs joined by blank lines; every engine offset points into this. */
  text: string;
  paragraphs: string[];
}

/** Blocks whose text is a paragraph of the article. */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li, blockquote, pre, td';
/** Page furniture that Readability sometimes keeps: captions, pull quotes, "read more" and newsletter boxes. */
const FURNITURE = 'figure, figcaption, aside, nav, footer, .caption, .pullquote, .pull-quote, .related, .newsletter';
const READ_MORE = /^(?:read more|related|see also|sign up|subscribe|advertisement)\b/i;

function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Paragraph texts of Readability's content element, skipping furniture and nested duplicates. */
export function paragraphsOf(root: Element): string[] {
  for (const el of Array.from(root.querySelectorAll(FURNITURE))) el.remove();
  const out: string[] = [];
  const blocks = Array.from(root.querySelectorAll(BLOCKS));
  for (const el of blocks) {
    // A block inside another block (p inside li/blockquote) is taken with its parent.
    if (el.parentElement?.closest(BLOCKS) && el.parentElement.closest(BLOCKS) !== el) continue;
    const text = normalizeSpace(el.textContent ?? '');
    if (text && !READ_MORE.test(text)) out.push(text);
  }
  if (out.length === 0) {
    const whole = normalizeSpace(root.textContent ?? '');
    if (whole) out.push(whole);
  }
  return out;
}

const BYLINE_LINE = /^(?:by|von|par|por)\s+\S/i;
const DATE_LINE =
  /^(?:(?:published|updated|posted|last updated)\b|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\w+\.? \d{1,2},? \d{4})/i;

/** Byline and date lines at the top are page furniture, not article text ("By Dana Whitfield", "March 16, 2025"). */
function dropLeadingFurniture(paragraphs: string[], byline: string | null): string[] {
  let first = 0;
  while (first < Math.min(paragraphs.length - 1, 3)) {
    const p = paragraphs[first] ?? '';
    const isByline = p.length < 120 && (BYLINE_LINE.test(p) || (byline !== null && p === byline));
    const isDateLine = p.length < 120 && DATE_LINE.test(p) && !/[.!?]["”]?$/.test(p);
    if (!isByline && !isDateLine) break;
    first++;
  }
  return paragraphs.slice(first);
}

/**
 * Runs Readability on a clone (Readability mutates the document it is given, so the live page is never
 * passed in) and merges its result with the page's own metadata.
 */
export function extractArticle(
  doc: Document,
  url: string,
  meta: PageMeta = readMetadata(doc, url),
): ExtractedArticle | null {
  const clone = doc.cloneNode(true) as Document;
  // Readability parses every JSON-LD block until it finds an article, without a size limit: on a page with
  // megabytes of it that blocked the page for 50 ms and more. Our own metadata (readJsonLd, bounded) has
  // read the JSON-LD already, so Readability may skip it there. (Safety work, issue 8.)
  const disableJSONLD = jsonLdChars(doc) > MAX_JSON_LD_CHARS;
  const parsed = new Readability<Element>(clone, { serializer: (node) => node as Element, disableJSONLD }).parse();
  if (!parsed?.content) return null;
  const paragraphs = dropLeadingFurniture(paragraphsOf(parsed.content), meta.byline ?? parsed.byline ?? null);
  if (paragraphs.length === 0) return null;
  return {
    url,
    title: meta.title ?? parsed.title ?? null,
    byline: meta.byline ?? parsed.byline?.replace(/^by\s+/i, '') ?? null,
    siteName: meta.siteName ?? parsed.siteName ?? null,
    lang: meta.lang ?? parsed.lang ?? null,
    published: meta.published,
    modified: meta.modified,
    text: paragraphs.join('\n\n'),
    paragraphs,
  };
}
