import type { ExtractedArticle } from '../page/extract/extract';
import { readMetadata } from '../page/metadata/read-metadata';

/** More than this is not a "selection" a reader means to check; the page's own analysis fits better. */
export const MAX_SELECTION_CHARS = 200_000;

/**
 * The reader's selection as an article to analyse (the context menu's "Analyze the selected text"): its
 * paragraphs, with the page's title and dates so relative dates still resolve. Null when nothing is
 * selected. Reads the page only; the engine's offsets then point into this text, and anchoring maps them
 * back to the page like any other analysis.
 */
export function selectionArticle(doc: Document, url: string): ExtractedArticle | null {
  const selected = doc.getSelection()?.toString() ?? '';
  const paragraphs = selected
    .slice(0, MAX_SELECTION_CHARS)
    .split(/\n+/)
    .map((p) => p.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter(Boolean);
  if (paragraphs.length === 0) return null;
  const meta = readMetadata(doc, url);
  return {
    url,
    title: meta.title,
    byline: meta.byline,
    siteName: meta.siteName,
    lang: meta.lang,
    dir: doc.documentElement?.getAttribute('dir') || null,
    published: meta.published,
    modified: meta.modified,
    text: paragraphs.join('\n\n'),
    paragraphs,
  };
}
