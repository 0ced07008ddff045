import type { TextDoc } from '../text/document';
import type { Token } from '../text/tokens';
import { looksLikeVerb, wordClass } from '../text/word-class';
import type { AttributionClause } from './attribution';
import { makeCue } from './cue-base';
import { looksLikePresentInS } from './reported/clause-ends';
import { canSpeak, openingSubject } from './reported/speakers';
import { isPastForm } from './subject-words';

/** A writer's sentence that ends in a colon and so introduces what its subject said. */

/**
 * `Kaine has adopted the stance common among Catholics in public office: “I’m pro-life in my personal …”`: a
 * sentence of the writer's that ends in a colon introduces its subject's words, when that subject can speak.
 */
export function colonSentenceAttribution(
  doc: TextDoc,
  tokens: Token[],
  lead: { from: number; to: number },
): AttributionClause | null {
  const colon = tokens[lead.to];
  if (colon?.text !== ':' || lead.to - lead.from < 2) return null;
  const clause = tokens.slice(lead.from, lead.to);
  const subject = openingSubject(doc, clause);
  // (The subject's own verb right after it: "Ever since …, he's said" and "The timing of Sanders’ surge doesn’t
  // surprise Shaw:" open with no speaker.)
  if (!subject || !canSpeak(clause, subject)) return null;
  let v = subject.last + 1;
  while (/^(?:then|also|later|again|once|still|finally|\p{Ll}+ly)$/u.test(clause[v]?.text ?? '')) v++;
  const verb = clause[v];
  // ("Hoff’s letter makes a libertarian-style case:": a present tense in -s counts.)
  const text = verb?.text ?? '';
  if (!(wordClass(verb) === 'aux' || looksLikeVerb(verb) || isPastForm(text) || looksLikePresentInS(text))) return null;
  const cue = makeCue(tokens, lead.to, lead.to, ':', 'speech', 0.6);
  const shifted = { ...subject, first: subject.first + lead.from, last: subject.last + lead.from };
  return { cue, subject: shifted, first: lead.from, last: lead.to, coreLast: lead.to };
}
