import { articleEvidence } from './kinds/article';
import { type KindDetector, OTHER_KINDS, type OtherKind } from './kinds/index';
import { type PageFacts, readPageFacts } from './page-facts';

/**
 * The cheap gate: is this page a news article? Reads the page's own claims and a bounded look at its
 * structure (a few selector calls and one pass over at most 500 paragraphs). No Readability, no cloning, no
 * DOM writes. An article must out-score the strongest other reading of the page (index, forum, media,
 * recipe, shop, service page).
 */
export type PageKind = 'article' | OtherKind | 'unknown';

export interface Detection {
  isArticle: boolean;
  /** Article evidence minus the strongest other kind's evidence; the gate opens at THRESHOLD. */
  score: number;
  reasons: string[];
  liveBlog: boolean;
  /** What the page most looks like. */
  kind: PageKind;
}

export const THRESHOLD = 3;
/** A non-article kind is named only with at least this much evidence. */
const KIND_MIN = 2;

const LIVE_TITLE = /\blive(?:\s+updates?|\s+blog|\s*:)|as it happened|\bminute[- ]by[- ]minute\b/i;

function isLiveBlog(facts: PageFacts): boolean {
  return facts.schemaTypes.has('LiveBlogPosting') || facts.url.live || LIVE_TITLE.test(facts.title);
}

export function classifyPage(facts: PageFacts): Detection {
  const article = articleEvidence(facts);
  // Other kinds can only lower the score: the costly structural counts are read only when they matter.
  const counts = article.score >= THRESHOLD ? facts.structure() : null;
  let other: OtherKind | null = null;
  let otherScore = 0;
  let otherReasons: string[] = [];
  for (const [kind, detector] of Object.entries(OTHER_KINDS) as [OtherKind, KindDetector][]) {
    const ev = detector(facts, counts);
    if (ev.score > otherScore) {
      other = kind;
      otherScore = ev.score;
      otherReasons = ev.reasons;
    }
  }
  const score = article.score - otherScore;
  const isArticle = score >= THRESHOLD;
  const reasons = [...article.reasons, ...otherReasons.map((r) => `${other}: ${r}`)];
  const kind: PageKind = isArticle ? 'article' : other && otherScore >= KIND_MIN ? other : 'unknown';
  return { isArticle, score, reasons, liveBlog: isArticle && isLiveBlog(facts), kind };
}

export function detectArticle(doc: Document, url: string): Detection {
  return classifyPage(readPageFacts(doc, url));
}
