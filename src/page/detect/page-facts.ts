import { wordList } from '../../core/text/word-list';
import { nodeTypes, readJsonLd } from '../metadata/json-ld';
import { findProseBlock, type ProseBlock } from './prose-block';
import { countStructure, type StructureCounts } from './structure-counts';
import { readUrlShape, type UrlShape } from './url-shape';

/**
 * Everything the gate's detectors look at, read once per page with a bounded number of selector calls:
 * the page's own claims (JSON-LD, Open Graph, microdata, generator), its URL, its main block of prose,
 * and (only when needed) a few structural counts.
 */
export interface PageFacts {
  url: UrlShape;
  /** schema.org types from JSON-LD (@graph flattened) and microdata itemtype. */
  schemaTypes: Set<string>;
  ogType: string | null;
  /** article:published_time, datePublished and kin. */
  publishedMeta: boolean;
  /** article:section, article:tag or news_keywords: the page was filed as a story. */
  storyMeta: boolean;
  byline: boolean;
  /** <meta name="generator">, lower-cased: forum software names itself here. */
  generator: string;
  title: string;
  prose: ProseBlock;
  /** Elements in the page, counted up to 1,000: a bare document of a few paragraphs has few. */
  elements: number;
  /**
   * Counts of teasers, prices, posts and the like: the costly part, read only when the article evidence
   * alone would open the gate (a page without it is rejected without them). Memoized.
   */
  structure: () => StructureCounts;
}

const PUBLISHED_META = wordList(`article:published_time og:article:published_time datepublished pubdate publishdate
  parsely-pub-date sailthru.date dc.date.issued`);
const STORY_META = wordList('article:section article:tag news_keywords parsely-section og:article:section');
const AUTHOR_META = wordList('author article:author parsely-author sailthru.author dc.creator byl');
const BYLINE = '[rel="author"], [itemprop="author"], .byline, [class*="byline"]';
const MAX_MICRODATA = 60;
const ELEMENT_COUNT_CAP = 1000;

const MAX_METAS = 400;

/** <meta> values by lower-cased property, name or itemprop (first one wins), read in one pass. */
function readMetas(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  const metas = doc.getElementsByTagName('meta');
  const n = Math.min(metas.length, MAX_METAS);
  for (let i = 0; i < n; i++) {
    const m = metas[i];
    const key = (m?.getAttribute('property') ?? m?.getAttribute('name') ?? m?.getAttribute('itemprop'))?.toLowerCase();
    // Some saved pages keep the value in value= instead of content=.
    const value = m?.getAttribute('content') ?? m?.getAttribute('value');
    if (key && value?.trim() && !out.has(key)) out.set(key, value.trim().toLowerCase());
  }
  return out;
}

function schemaTypes(doc: Document): Set<string> {
  const types = new Set(readJsonLd(doc).flatMap(nodeTypes));
  const items = doc.querySelectorAll('[itemtype]');
  for (let i = 0; i < items.length && i < MAX_MICRODATA; i++) {
    for (const t of (items[i]?.getAttribute('itemtype') ?? '').split(/\s+/)) {
      const name = t.replace(/\/+$/, '').split('/').pop();
      if (name) types.add(name);
    }
  }
  return types;
}

/** Elements in the document, counted up to `cap` (a walk that stops early, cheap on huge pages). */
function countElements(doc: Document, cap = ELEMENT_COUNT_CAP): number {
  let n = 0;
  let el: Element | null = doc.documentElement;
  while (el && n < cap) {
    n++;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      continue;
    }
    while (el && !el.nextElementSibling) el = el.parentElement;
    el = el?.nextElementSibling ?? null;
  }
  return n;
}

export function readPageFacts(doc: Document, url: string): PageFacts {
  const metas = readMetas(doc);
  let counts: StructureCounts | undefined;
  return {
    url: readUrlShape(url),
    schemaTypes: schemaTypes(doc),
    ogType: metas.get('og:type') ?? null,
    publishedMeta: PUBLISHED_META.some((k) => metas.has(k)) || doc.querySelector('[itemprop="datePublished"]') !== null,
    storyMeta: STORY_META.some((k) => metas.has(k)),
    byline: AUTHOR_META.some((k) => metas.has(k)) || doc.querySelector(BYLINE) !== null,
    generator: metas.get('generator') ?? '',
    title: doc.title ?? '',
    prose: findProseBlock(doc),
    elements: countElements(doc),
    structure: () => {
      counts ??= countStructure(doc);
      return counts;
    },
  };
}
