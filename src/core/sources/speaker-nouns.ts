import { DOCUMENT_HEADS, GROUP_HEADS, INSTITUTION_HEADS, PERSON_HEADS } from './lexicon';

/**
 * Nouns that can head the subject of a reporting verb: people, groups, institutions and documents from our
 * lists, plus agent nouns ("forecasters", "negotiators", "economists") and the pronoun-like "one", "some".
 */
const AGENT_SUFFIX = /(?:ers?|ors?|ists?|ians?|ents?|ants?|ees?|ives?|ary|aries)$/i;
const EXTRA = new Set([
  'one',
  'some',
  'many',
  'most',
  'all',
  'both',
  'each',
  'few',
  'several',
  'others',
  'half',
  'percent',
  'majority',
  'minority',
  'side',
  'camp',
]);

export function isSpeakerNoun(word: string): boolean {
  const w = word.toLowerCase();
  return (
    PERSON_HEADS.has(w) ||
    GROUP_HEADS.has(w) ||
    INSTITUTION_HEADS.has(w) ||
    DOCUMENT_HEADS.has(w) ||
    EXTRA.has(w) ||
    (w.endsWith('s') && (PERSON_HEADS.has(w.slice(0, -1)) || DOCUMENT_HEADS.has(w.slice(0, -1)))) ||
    AGENT_SUFFIX.test(w)
  );
}
