import { wordSet } from '../../../core/text/word-list';
import { add, type Evidence, hasAny, newEvidence } from '../evidence';
import type { PageFacts } from '../page-facts';
import type { StructureCounts } from '../structure-counts';
import { ARTICLE_TYPES, NEWS_TYPES } from './article';

/** Home pages, section fronts, tag, topic and author pages, search results: lists of links to stories. */
const LISTING_TYPES = wordSet('CollectionPage ItemList SearchResultsPage');
const STORY_TYPES = new Set([...NEWS_TYPES, ...ARTICLE_TYPES]);

const LIST_TITLE = /^\s*(?:list of|index of|lists of|archives?\b|all (?:stories|articles|posts)\b)/i;

export function listingEvidence(facts: PageFacts, counts: StructureCounts | null): Evidence {
  const ev = newEvidence();
  const kind = facts.url.kind;
  if (kind === 'home') add(ev, 3, 'url: home page');
  else if (kind === 'listing' || kind === 'search') add(ev, 2, `url: ${kind} path`);
  // A list type beside an article type is usually a carousel of related stories; alone it is the page.
  if (hasAny(facts.schemaTypes, LISTING_TYPES))
    add(ev, hasAny(facts.schemaTypes, STORY_TYPES) ? 1 : 2.5, 'schema: collection or list');
  if (facts.ogType === 'website') add(ev, 0.5, 'og:type website');
  if (LIST_TITLE.test(facts.title)) add(ev, 2.5, 'title: a list of');
  const teasers = counts?.headlineLinks ?? 0;
  // Many headline links and little prose of its own: an index of other pages.
  if (teasers >= 10 && facts.prose.chars < teasers * 100)
    add(ev, teasers >= 25 ? 2.5 : 1.5, `${teasers} headline links`);
  return ev;
}
