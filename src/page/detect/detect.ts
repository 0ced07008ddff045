import { ARTICLE_TYPES, NON_ARTICLE_TYPES } from '../metadata/article-types';
import { type JsonLdNode, nodeTypes, readJsonLd } from '../metadata/json-ld';
import { urlSignal } from './url-signals';

/**
 * The cheap gate: is this page a news article? Reads metadata first (a few querySelector calls), then a
 * bounded look at paragraph text. No Readability, no cloning, no DOM writes.
 */
export interface Detection {
  isArticle: boolean;
  score: number;
  reasons: string[];
  liveBlog: boolean;
}

const THRESHOLD = 2;
const MAX_PARAGRAPHS = 300;

function metaValue(doc: Document, key: string): string | null {
  const el = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`);
  return (el?.getAttribute('content') ?? el?.getAttribute('value'))?.trim().toLowerCase() ?? null;
}

function jsonLdSignal(nodes: JsonLdNode[], reasons: string[]): { score: number; liveBlog: boolean } {
  let score = 0;
  let liveBlog = false;
  const types = new Set(nodes.flatMap(nodeTypes));
  if ([...types].some((t) => ARTICLE_TYPES.has(t))) {
    score += 3;
    reasons.push('json-ld: article type');
  }
  if (types.has('LiveBlogPosting')) liveBlog = true;
  if ([...types].some((t) => NON_ARTICLE_TYPES.has(t))) {
    score -= 2;
    reasons.push('json-ld: non-article type');
  }
  return { score, liveBlog };
}

function metaSignal(doc: Document, reasons: string[]): number {
  let score = 0;
  const ogType = metaValue(doc, 'og:type');
  if (ogType === 'article' || ogType === 'news' || ogType?.startsWith('article')) {
    score += 2;
    reasons.push('og:type article');
  } else if (ogType && /video|website|product|profile|music/.test(ogType)) {
    score -= 1;
    reasons.push(`og:type ${ogType}`);
  }
  if (metaValue(doc, 'article:published_time') || doc.querySelector('[itemprop="datePublished"]')) {
    score += 1;
    reasons.push('published time');
  }
  return score;
}

/** Paragraph text in the main region, counted only up to what the decision needs. */
function structureSignal(doc: Document, reasons: string[]): number {
  const region = doc.querySelector('article') ?? doc.querySelector('main, [role="main"]') ?? doc.body;
  if (!region) return 0;
  const paragraphs = region.querySelectorAll('p');
  let longParagraphs = 0;
  let chars = 0;
  const n = Math.min(paragraphs.length, MAX_PARAGRAPHS);
  for (let i = 0; i < n; i++) {
    const p = paragraphs[i];
    const len = p?.textContent?.length ?? 0;
    // Paragraphs made of links are navigation, not prose.
    if (len >= 80 && (p?.querySelectorAll('a').length ?? 0) <= 3) {
      longParagraphs++;
      chars += len;
    }
    if (longParagraphs >= 12 && chars >= 3000) break;
  }
  let score = 0;
  if (longParagraphs >= 5 && chars >= 1500) {
    score += 1.5;
    reasons.push(`${longParagraphs}+ prose paragraphs`);
  } else if (longParagraphs < 2) {
    score -= 1.5;
    reasons.push('little prose');
  }
  if (doc.querySelector('article')) score += 0.5;
  return score;
}

export function detectArticle(doc: Document, url: string): Detection {
  const reasons: string[] = [];
  const ld = jsonLdSignal(readJsonLd(doc), reasons);
  const u = urlSignal(url);
  reasons.push(...u.reasons);
  const score = ld.score + metaSignal(doc, reasons) + u.score + structureSignal(doc, reasons);
  const liveBlog = ld.liveBlog || u.reasons.includes('url: live');
  return { isArticle: score >= THRESHOLD, score, reasons, liveBlog };
}
