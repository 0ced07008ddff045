import { add, type Evidence, newEvidence } from '../evidence';
import type { PageFacts } from '../page-facts';

/** Bot checks, error pages and login walls that stand in for the page the reader asked for. */
const INTERSTITIAL_TITLE =
  /^\s*(?:just a moment|attention required|access denied|making sure you.?re not a bot|are you a robot|verify(?:ing)? you are (?:a )?human|security check|403\b|404\b|page not found|not found|sign in|log in)/i;

/** About, contact, login, subscription and policy pages, and interstitials. */
export function serviceEvidence(facts: PageFacts): Evidence {
  const ev = newEvidence();
  if (facts.url.kind === 'service') add(ev, 2.5, 'url: service page');
  if (INTERSTITIAL_TITLE.test(facts.title)) add(ev, 6, 'title: interstitial or error page');
  if (facts.schemaTypes.has('FAQPage')) add(ev, 1.5, 'schema: FAQ page');
  return ev;
}
