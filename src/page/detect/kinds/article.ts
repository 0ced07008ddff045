import { wordSet } from '../../../core/text/word-list';
import { add, type Evidence, hasAny, newEvidence } from '../evidence';
import type { PageFacts } from '../page-facts';
import { storyShapeEvidence } from '../url-shape';

/** schema.org types a news publisher gives a story page. */
export const NEWS_TYPES = wordSet(`NewsArticle ReportageNewsArticle AnalysisNewsArticle OpinionNewsArticle
  BackgroundNewsArticle ReviewNewsArticle AskPublicQuestion SatiricalArticle LiveBlogPosting`);
/** Generic article types: blogs and magazines use them, but so do some index and forum pages. */
export const ARTICLE_TYPES = wordSet('Article BlogPosting TechArticle Report ScholarlyArticle Review');

const BARE_PAGE_ELEMENTS = 100;

/** Prose credit by the size of the main block (weighted characters). */
function proseCredit(facts: PageFacts): number {
  const { chars, paragraphs, linkShare } = facts.prose;
  let credit = chars >= 2500 ? 3.5 : chars >= 1500 ? 3 : chars >= 900 ? 2 : chars >= 500 ? 1 : chars >= 250 ? -1 : -2.5;
  // One long paragraph is as often an SEO blurb or a forum post as a story.
  if (credit > 0 && paragraphs < 3) credit /= 2;
  if (credit > 0 && linkShare > 0.3) credit /= 2;
  return credit;
}

/** What speaks for a story page: the page's own claims, a story-shaped URL and a block of prose. */
export function articleEvidence(facts: PageFacts): Evidence {
  const ev = newEvidence();
  if (hasAny(facts.schemaTypes, NEWS_TYPES)) add(ev, 3, 'schema: news article');
  else if (hasAny(facts.schemaTypes, ARTICLE_TYPES)) add(ev, 1.5, 'schema: article');
  if (facts.ogType?.startsWith('article')) add(ev, 1.5, 'og:type article');
  if (facts.publishedMeta) add(ev, 1, 'published time');
  if (facts.storyMeta) add(ev, 0.5, 'article section/tags');
  if (facts.byline) add(ev, 0.5, 'byline');
  // A URL under a forum, video or shop path word is explained by that word, however story-like its slug.
  const url = facts.url.kind ? null : storyShapeEvidence(facts.url);
  if (url && url.score !== 0) add(ev, url.score, url.reasons.join(', ') || 'url: short slug');
  const prose = proseCredit(facts);
  const summary = `${Math.round(facts.prose.chars)} chars in ${facts.prose.paragraphs} paragraphs`;
  // A page that is nothing but a few paragraphs (a plain document) has nothing else it could be.
  if (facts.elements < BARE_PAGE_ELEMENTS && facts.prose.chars >= 400)
    add(ev, Math.max(prose, 0) + 3, `a bare page of prose: ${summary}`);
  else add(ev, prose, `prose: ${summary}`);
  return ev;
}
