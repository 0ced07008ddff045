import { analyze } from '../core/analyze';
import type { Analysis } from '../core/types';
import { type Detection, detectArticle } from '../page/detect/detect';
import { type ExtractedArticle, extractArticle } from '../page/extract/extract';
import { type PageMeta, readMetadata } from '../page/metadata/read-metadata';
import { parseDocument } from './dom';
import { MAX_TEXT_CHARS, tooLongText } from './limits';

/** The extension's pipeline on a saved page, with the same src/page and src/core code. */
export interface PageAnalysis {
  detection: Detection;
  /** The page's own metadata, known even when no article text could be extracted. */
  meta: PageMeta;
  article: ExtractedArticle | null;
  analysis: Analysis;
  /** Why the article was not analysed, when it was found but is too long. */
  error?: string;
}

const EMPTY: Analysis = {
  quotes: [],
  sources: [],
  dates: [],
  unnamed: { count: 0, anonymous: 0, unnamedPeople: 0, vagueGroups: 0, sources: [] },
  noComment: [],
  secondhand: [],
};

export function analyzeHtml(html: string, url = ''): PageAnalysis {
  const doc = parseDocument(html);
  const detection = detectArticle(doc, url);
  const meta = readMetadata(doc, url);
  // Extraction runs even when the gate says "not an article", as the user's "Analyze anyway" would.
  const article = extractArticle(doc, url, meta);
  if (article && article.text.length > MAX_TEXT_CHARS) {
    return { detection, meta, article, analysis: EMPTY, error: `article ${tooLongText(article.text.length)}` };
  }
  const analysis = article
    ? analyze(article.text, { title: article.title, published: article.published ?? article.modified })
    : EMPTY;
  return { detection, meta, article, analysis };
}

export function analyzeText(text: string, published?: string | null, title?: string | null): Analysis {
  return analyze(text, { published: published ?? null, title: title ?? null });
}
