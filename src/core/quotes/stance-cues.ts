import type { Token } from '../text/tokens';
import { BE, type Cue, makeCue, NOUN_BEFORE } from './cue-base';

/**
 * Cues that report a stance or a perception rather than words: "sided with", "lashed out at", "was eager to",
 * "is critical of", "sees the deal as a betrayal". PolNeAR annotates them as attributions, and readers checking
 * who backs what need them too. Each function returns undefined when the word is none of these (other cue
 * rules decide), null when it is one of them but not a cue here.
 */

/**
 * Verbs that take a stance only with their particle: "sided with", "lashed out at", "weighed in on",
 * "balked at", "brushed aside", "singled out", "vouched for" (bare, "sided" or "weighed" report nothing).
 */
const PARTICLE_VERBS: Array<[string, string, string[]]> = [
  ['side sides sided siding', 'side with', ['with', 'against']],
  ['lash lashes lashed lashing', 'lash out', ['out']],
  ['weigh weighs weighed weighing', 'weigh in', ['in']],
  ['balk balks balked balking', 'balk at', ['at']],
  ['brush brushes brushed brushing shrug shrugs shrugged shrugging', 'brush off', ['aside', 'off']],
  ['single singles singled singling', 'single out', ['out']],
  ['vouch vouches vouched vouching', 'vouch for', ['for']],
  ['spar spars sparred sparring', 'spar with', ['with']],
  ['dwell dwells dwelled dwelt dwelling', 'dwell on', ['on']],
  ['push pushes pushed pushing', 'push for', ['for']],
  ['lay lays laid laying', 'lay out', ['out']],
  ['apologize apologizes apologized apologizing apologise apologises apologised apologising', 'apologize for', ['for']],
];
/** Each form of those verbs, looked up in one step (this runs for every word of an article). */
const PARTICLE_VERB_FORMS = new Map<string, [string, string[]]>(
  PARTICLE_VERBS.flatMap(([forms, lemma, particles]) =>
    forms.split(' ').map((form): [string, [string, string[]]] => [form, [lemma, particles]]),
  ),
);

/** "sided with the union", "lashed out at the board": a stance verb with its particle, or undefined. */
function particleVerbCue(tokens: Token[], i: number, lower: string, prev: string): Cue | null | undefined {
  const entry = PARTICLE_VERB_FORMS.get(lower);
  if (!entry) return undefined;
  const [lemma, particles] = entry;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  // ("the other side of", "a weigh-in": nouns; "was singled out": a passive, not the speaker's act.)
  if (!particles.includes(next) || NOUN_BEFORE.test(prev) || BE.has(prev)) return null;
  // ("lashed out at the board", "weighed in on the vote": the preposition after the particle is the cue's too.)
  const last = /^(?:at|on|against|about)$/i.test(tokens[i + 2]?.text ?? '') ? i + 2 : i + 1;
  return makeCue(tokens, i, last, lemma, 'object', 0.55, lower.endsWith('ing') && /^[,—–]$/.test(prev));
}

/**
 * Adjectives of stance after "is", "remains" or an adverb, with the word that opens what they are about:
 * "was eager to", "is critical of", "remains convinced that", "are worried about". Others ("ready to",
 * "committed to", "open to") describe a state more often than a view, and are left out. (A Map, not an object:
 * a word like "constructor" must not find Object.prototype's members.)
 */
const STANCE_ADJECTIVES = new Map<string, string[]>([
  ['eager', ['to']],
  ['reluctant', ['to']],
  ['critical', ['of']],
  ['convinced', ['that']],
  ['confident', ['that', 'in']],
  ['hopeful', ['that']],
  ['adamant', ['that']],
  ['optimistic', ['that']],
  ['worried', ['about', 'that']],
  ['concerned', ['that', 'about']],
  ['skeptical', ['of', 'about', 'that']],
  ['angry', ['about']],
]);
const STANCE_LEAD =
  /^(?:is|was|were|are|be|been|am|remain|remains|remained|seem|seems|seemed|not|very|so|too|also|increasingly|deeply|openly|more|less|still)$/;

/** "was eager to …", "is critical of …": a stance adjective and its preposition, or undefined. */
function stanceAdjectiveCue(tokens: Token[], i: number, lower: string, prev: string): Cue | null | undefined {
  const opens = STANCE_ADJECTIVES.get(lower);
  if (!opens) return undefined;
  const next = tokens[i + 1]?.text.toLowerCase() ?? '';
  if (!opens.includes(next) || !STANCE_LEAD.test(prev)) return null;
  if (next === 'that') return makeCue(tokens, i, i, lower, 'thought', 0.5);
  return makeCue(tokens, i, i + 1, `${lower} ${next}`, next === 'to' ? 'intent' : 'object', 0.5);
}

/** How far "as" may stand after "see": "voters see the campaign of Donald Trump as unfair". */
const SEE_AS_REACH = 7;

/** "sees the deal as a betrayal", "view him as a threat": a perception with "as", or undefined. */
function seeAsCue(tokens: Token[], i: number, lower: string, prev: string): Cue | null | undefined {
  if (!/^(?:see|sees|saw|view|views|viewed|regard|regards|regarded)$/.test(lower)) return undefined;
  // ("the view as", "is seen as": a noun, or a passive with no one seeing.)
  if (NOUN_BEFORE.test(prev) || BE.has(prev) || /['’]s$/.test(prev)) return null;
  for (let k = i + 2; k < tokens.length && k - i <= SEE_AS_REACH; k++) {
    const w = tokens[k];
    if (!w?.word) return null;
    if (w.text.toLowerCase() === 'as') return makeCue(tokens, i, i, 'see as', 'object', 0.5);
  }
  return null;
}

/** A stance or perception cue at token i; null when the word is one of these but not a cue here. */
export function stanceCueAt(tokens: Token[], i: number, lower: string, prev: string): Cue | null | undefined {
  const withParticle = particleVerbCue(tokens, i, lower, prev);
  if (withParticle !== undefined) return withParticle;
  const adjective = stanceAdjectiveCue(tokens, i, lower, prev);
  if (adjective !== undefined) return adjective;
  return seeAsCue(tokens, i, lower, prev);
}
