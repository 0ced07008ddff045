import { add, type Evidence, newEvidence } from '../evidence';
import type { PageFacts } from '../page-facts';
import type { StructureCounts } from '../structure-counts';

/** Recipe pages: ingredients and steps, however much chatty prose sits above them. */
export function recipeEvidence(facts: PageFacts, counts: StructureCounts | null): Evidence {
  const ev = newEvidence();
  if (facts.schemaTypes.has('Recipe')) add(ev, 3, 'schema: recipe');
  if (facts.url.kind === 'recipe') add(ev, 2, 'url: recipe path');
  if (counts && counts.ingredients >= 3) add(ev, 1.5, `${counts.ingredients} ingredient lines`);
  return ev;
}
