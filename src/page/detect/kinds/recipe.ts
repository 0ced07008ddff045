import { add, type Evidence, newEvidence } from '../evidence';
import type { PageFacts } from '../page-facts';

/** Recipe pages: ingredients and steps, however much chatty prose sits above them. */
export function recipeEvidence(facts: PageFacts): Evidence {
  const ev = newEvidence();
  if (facts.schemaTypes.has('Recipe')) add(ev, 3, 'schema: recipe');
  if (facts.url.kind === 'recipe') add(ev, 2, 'url: recipe path');
  if (facts.ingredients >= 3) add(ev, 1.5, `${facts.ingredients} ingredient lines`);
  return ev;
}
