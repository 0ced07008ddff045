import type { SecondhandReport, Source } from '../types';
import { OUTLET_WORDS } from './lexicon';

/** Document sources that are another outlet's reporting: the story relies on it secondhand. */
export function findSecondhand(sources: Source[]): SecondhandReport[] {
  return sources
    .filter(
      (s) =>
        s.type === 'document' &&
        s.name.split(/\s+/).some((w) => OUTLET_WORDS.has(w.toLowerCase())) &&
        /^\p{Lu}/u.test(s.name),
    )
    .map((s) => ({ outlet: s.name, sourceId: s.id, mentions: s.mentions }));
}
