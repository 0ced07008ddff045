import type { Token } from '../text/tokens';
import { wordClass } from '../text/word-class';
import { BE, type Cue, closingMarkWithin, makeCue, NOUN_BEFORE } from './cue-base';
import { cueWord } from './lexicon';
import { evidenceLeadComma } from './reported/evidence-lead';
import { stanceCueAt } from './stance-cues';

/** Words before "talk" that make it a noun: "lots of talk about", "more talk about", "small talk". */
const TALK_NOUN_BEFORE = /^(?:of|for|with|about|in|on|at|by|from|some|more|much|less|no|small|idle|tough)$/;

/** Verbs of continuing or starting that take a reporting infinitive: "continues to insist". */
const CONTINUING = /^(?:continue|continues|continued|continuing|began|begins|begin|started|starts|start|keeps|kept)$/;

/** Reporting verbs after "went on to": "went on to say", "went on to note". */
const GO_ON_TO =
  /^(?:say|add|note|explain|describe|argue|suggest|call|warn|claim|tell|write|praise|criticize|accuse|blame|mock)$/;

const RELEASING = /^(?:released?|releases|issued?|issues|put|sent|posted|gave|made)$/;
const STATEMENT_NOUNS = /^(?:statement|comment|comments|remarks|response|message|explanation)$/i;

/**
 * After a verb of releasing, "the following statement", "this statement", "a statement" right before a colon:
 * the index of the noun, or -1.
 */
function statementBeforeColon(tokens: Token[], from: number): number {
  let k = from;
  if (/^out$/i.test(tokens[k]?.text ?? '')) k++;
  if (!/^(?:a|the|this|these)$/i.test(tokens[k]?.text ?? '')) return -1;
  k++;
  if (/^(?:following|brief|short|written|joint)$/i.test(tokens[k]?.text ?? '')) k++;
  return STATEMENT_NOUNS.test(tokens[k]?.text ?? '') && tokens[k + 1]?.text === ':' ? k : -1;
}

/**
 * Cues of more than one word, or that report only in a given context: "according to", "pointed out",
 * "referred to X as “…”", "shot back", "as X put it", "the sign read", "a hat reading “…”".
 * Returns undefined when the word is none of these (the single-word lexicon decides), null when it is one of
 * them but not a cue here.
 */
export function phrasalCueAt(tokens: Token[], i: number, lower: string, prev: string): Cue | null | undefined {
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (lower === 'according' && next === 'to') return makeCue(tokens, i, i + 1, 'according to', 'speech', 0.95);
  // "released the following statement:", "issued this statement:": a statement introduced by a colon.
  if (RELEASING.test(lower)) {
    const statement = statementBeforeColon(tokens, i + 1);
    if (statement > 0) return makeCue(tokens, i, statement, 'issue a statement', 'speech', 0.85);
  }
  const stance = stanceCueAt(tokens, i, lower, prev);
  if (stance !== undefined) return stance;
  if (lower === 'point' || lower === 'points' || lower === 'pointed' || lower === 'pointing') {
    if (next !== 'out' && next !== 'to') return null;
    return makeCue(tokens, i, i + 1, `point ${next}`, 'speech', 0.85, lower.endsWith('ing'));
  }
  // "referred to immigrants as “rapists”": naming, when "as" and a quotation follow; otherwise "referring to
  // faith-driven voters" says whom the speaker meant. ("was referred to the FBI" passes a case on.)
  if (/^(?:refer|refers|referred|referring)$/.test(lower) && next === 'to') {
    if (NOUN_BEFORE.test(prev) || BE.has(prev)) return null;
    let as = -1;
    for (let k = i + 2; k < tokens.length && k - i <= 10; k++) {
      if (tokens[k]?.text.toLowerCase() === 'as') as = k;
      if (/^[.;:!?]$/.test(tokens[k]?.text ?? '')) break;
    }
    const participle = lower.endsWith('ing') && /^[,—–]$/.test(prev);
    if (as >= 0 && /^[“"]$/.test(tokens[as + 1]?.text ?? ''))
      return makeCue(tokens, i, i + 1, 'call', 'object', 0.7, participle);
    return makeCue(tokens, i, i + 1, 'refer', 'object', 0.55, participle);
  }
  // "In a Washington Post-ABC News poll released Sunday, …": the poll reports what follows its comma.
  if (lower === 'in' && (i === 0 || /^[“"(]$/.test(prev)) && evidenceLeadComma(tokens, i) > 0)
    return makeCue(tokens, i, i, 'in', 'evidence', 0.7);
  // "continues to insist that …", "began to argue that …": the reporting verb after a verb of continuing.
  if (CONTINUING.test(lower) && next === 'to' && !NOUN_BEFORE.test(prev)) {
    const verb = cueWord(tokens[i + 2]?.text ?? '');
    if (verb && (verb.cls === 'speech' || verb.cls === 'listener'))
      return makeCue(tokens, i, i + 2, verb.lemma, verb.cls, verb.weight * 0.9, lower.endsWith('ing'));
  }
  // "talked about immigration", "spoke about how …": the topic of what was said.
  // ("talked openly about", "spoke of his faith": one adverb may stand between, and "of" serves as "about".)
  const talking = /^(?:talk|talks|talked|talking|speak|speaks|spoke|speaking)$/.test(lower);
  const adverb = talking && /^\p{Ll}+ly$/u.test(next) ? 1 : 0;
  const topic = talking ? (tokens[i + 1 + adverb]?.text.toLowerCase() ?? '') : '';
  if (topic === 'about' || (topic === 'of' && /^sp/.test(lower) && lower !== 'speaking')) {
    // ("lots of talk about", "a talk about": a noun; "is talking about" is the verb.)
    if (NOUN_BEFORE.test(prev) || (BE.has(prev) && !lower.endsWith('ing')) || TALK_NOUN_BEFORE.test(prev)) return null;
    return makeCue(
      tokens,
      i,
      i + 1 + adverb,
      'talk about',
      'object',
      0.6,
      lower.endsWith('ing') && /^[,—–]$/.test(prev),
    );
  }
  // "expressed concern that …", "voiced cautious optimism that …", "made clear that …": a statement named by
  // a noun, with its content in a "that" clause right after.
  if (/^(?:express|expresses|expressed|expressing|voice|voices|voiced|voicing|made|makes|make|making)$/.test(lower)) {
    if (NOUN_BEFORE.test(prev)) return null;
    const making = lower.startsWith('ma');
    // ("A footnote in the report makes that clear: “…”": a colon introduces what was made clear.)
    const clearColon =
      making &&
      /^(?:it|that|this)$/i.test(tokens[i + 1]?.text ?? '') &&
      /^clear$/i.test(tokens[i + 2]?.text ?? '') &&
      tokens[i + 3]?.text === ':';
    if (clearColon) return makeCue(tokens, i, i + 2, 'make clear', 'speech', 0.8, lower.endsWith('ing'));
    // "expressed admiration for …", "voiced a deep regret for …": without a "that" clause, what was expressed
    // is the phrase itself.
    const expressed = () =>
      !making && /^(?:det|word)$/.test(wordClass(tokens[i + 1])) && !BE.has(prev)
        ? makeCue(tokens, i, i, 'express', 'object', 0.6, lower.endsWith('ing') && /^[,—–]$/.test(prev))
        : null;
    for (let k = i + 1; k < tokens.length && k - i <= 4; k++) {
      const w = tokens[k];
      if (!w?.word) return expressed();
      if (w.text.toLowerCase() !== 'that') continue;
      if (k === i + 1) return null;
      // ("made clear that", "made it clear that", "made the case that"; not "made a deal that").
      const words = tokens
        .slice(i + 1, k)
        .map((x) => x.text.toLowerCase())
        .join(' ');
      if (making && !/^(?:(?:it )?clear|the case|the point|the argument)$/.test(words)) return null;
      return makeCue(tokens, i, k - 1, making ? 'make clear' : 'express', 'speech', 0.8, lower.endsWith('ing'));
    }
    return expressed();
  }
  // "“…,” Trump went on.", "she went on: “…”": continuing to speak (not "went on to win", "went on a tour").
  // "Reid has gone after Trump as a “human leech”": attacking in words.
  if (/^(?:go|goes|went|going|gone)$/.test(lower) && next === 'after' && !NOUN_BEFORE.test(prev) && !BE.has(prev)) {
    const object = wordClass(tokens[i + 2]);
    if (object === 'cap' || object === 'det' || object === 'obj')
      return makeCue(tokens, i, i + 1, 'go after', 'object', 0.6, lower === 'going' && /^[,—–]$/.test(prev));
  }
  if (/^(?:go|goes|went|going)$/.test(lower) && next === 'on') {
    const after = tokens[i + 2];
    // "He went on to say Clinton’s behavior is …": the infinitive is the reporting verb.
    const verb = tokens[i + 3]?.text.toLowerCase() ?? '';
    if (!NOUN_BEFORE.test(prev) && after?.text.toLowerCase() === 'to' && GO_ON_TO.test(verb))
      return makeCue(tokens, i, i + 3, verb === 'say' ? 'say' : verb, 'speech', 0.85, lower === 'going');
    if (NOUN_BEFORE.test(prev) || (after?.word && !/^(?:that|as)$/i.test(after.text))) return null;
    return makeCue(tokens, i, i + 1, 'go on', 'speech', 0.8, lower === 'going');
  }
  // "Clinton shot back, “…”", "he fired back that …": a retort.
  if (/^(?:shot|shoots|shoot|shooting|fired|fires|fire|firing|hit|hits|hitting)$/.test(lower) && next === 'back') {
    if (NOUN_BEFORE.test(prev)) return null;
    return makeCue(tokens, i, i + 1, 'shoot back', 'speech', 0.85, lower.endsWith('ing'));
  }
  // "As Professor Foner put it: …", "as one voter put it, …": the speaker's own wording follows.
  if ((lower === 'put' || lower === 'puts') && next === 'it') {
    const after = tokens[i + 2]?.text ?? '';
    if (!/^[,:]$/.test(after) && !/^(?:this|that|bluntly|simply|best)$/i.test(after)) return null;
    return makeCue(tokens, i, i + 1, 'put it', 'speech', 0.8);
  }
  // "a campaign hat reading, “Make Mexico Great Again”": the object's text, right before a quotation.
  if (lower === 'reading') {
    const opening = /^[,:]$/.test(next) ? tokens[i + 2] : tokens[i + 1];
    if (!/^[“"]$/.test(opening?.text ?? '')) return undefined;
    if (!/^\p{Ll}/u.test(prev) || BE.has(prev)) return null;
    return makeCue(tokens, i, i, 'read', 'speech', 0.75);
  }
  if (lower === 'read' || lower === 'reads') {
    // `," read the email.` / `The sign read: "…"`: "read" reports text only next to a quotation.
    const quoteBefore =
      /^[,”"]$/.test(prev) || (/^(?:it|they|one|another)$/.test(prev) && /^[”"]$/.test(tokens[i - 2]?.text ?? ''));
    // "… ,” the letter reads.": a document that reads.
    const documentBefore =
      /^(?:letter|sign|statement|post|tweet|email|message|note|banner|caption|headline|text|card|notice|placard|plaque)s?$/i.test(
        prev,
      );
    // (`“…!” a welcome message on the website reads.`: a short subject between the quotation and a final "reads".)
    const subjectAfterQuote = /^[.!?]$/.test(next) && closingMarkWithin(tokens, i, 8);
    if (!quoteBefore && !documentBefore && !subjectAfterQuote && next !== ':') return null;
    return makeCue(tokens, i, i, 'read', 'speech', 0.8);
  }
  return undefined;
}
