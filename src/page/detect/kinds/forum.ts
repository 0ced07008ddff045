import { wordSet } from '../../../core/text/word-list';
import { add, type Evidence, hasAny, newEvidence } from '../evidence';
import type { PageFacts } from '../page-facts';
import type { StructureCounts } from '../structure-counts';

/** Forums and Q&A threads: posts by many users, not one story. */
const FORUM_TYPES = wordSet('DiscussionForumPosting QAPage Question Answer');
/** Forum and Q&A software that names itself in <meta name="generator">. */
const FORUM_SOFTWARE =
  /discourse|xenforo|phpbb|vbulletin|mybb|invision|ip\.board|nodebb|flarum|vanilla|simple machines|\bsmf\b|discuz|fluxbb|punbb|woltlab|burning board|bbpress|askbot|lemmy|misago/;

export function forumEvidence(facts: PageFacts, counts: StructureCounts | null): Evidence {
  const ev = newEvidence();
  if (hasAny(facts.schemaTypes, FORUM_TYPES)) add(ev, 4, 'schema: forum or Q&A');
  if (FORUM_SOFTWARE.test(facts.generator)) add(ev, 4, `generator: ${facts.generator.slice(0, 30)}`);
  if (facts.ogType === 'forum') add(ev, 3, 'og:type forum');
  if (facts.url.kind === 'forum') add(ev, 3, 'url: forum path');
  if (counts && counts.posts >= 4) {
    // Posts around a dominant block of prose are comments under a story; a thread has no such block.
    const dominant = facts.prose.chars >= 0.5 * facts.prose.pageChars && facts.prose.chars >= 1500;
    add(ev, dominant ? 1 : counts.posts >= 10 ? 3 : 2, `${counts.posts} user posts`);
  }
  return ev;
}
