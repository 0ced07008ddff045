import { DOCUMENT_HEADS, PERSON_HEADS } from '../sources/lexicon';
import { isAbbreviationDot, type Token } from '../text/tokens';
import { looksLikeVerb, wordClass } from '../text/word-class';
import { wordSet } from '../text/word-list';
import type { Span } from '../types';
import { cueWord } from './lexicon';
import { hasHead, MAX_PHRASE, phrase, type Subject } from './subject';
import { isCloseTo, isGerundNoun, isObjectAfterPreposition, standsForPeople, VERB_ADVERBS } from './subject-words';

/** The forward chunker: the subject after an inverted cue ("…,” said Cornell William Brooks, president of …). */

/** Words after a cue that end an inverted subject ("said Smith on Friday", "said Smith in a statement"). */
const AFTER_SUBJECT = wordSet(`
  on in at during after before yesterday today tonight monday tuesday wednesday thursday friday saturday sunday
  last this earlier later recently told when while as who which that because adding noting saying according
`);

/**
 * `said Reed, the Chamber's strategist, who added that …` / `…, adding that …`: after the appositive's own
 * comma a relative or participle clause starts what the speaker did next, not more of their description.
 */
function clauseAfterComma(tokens: Token[], k: number): boolean {
  if (tokens[k]?.text !== ',') return false;
  const next = tokens[k + 1];
  return (
    wordClass(next) === 'rel' ||
    (next !== undefined && /^\p{Ll}+ing$/u.test(next.text) && cueWord(next.text) !== undefined)
  );
}

/** The subject after an inverted cue: `," said Cornell William Brooks, president of the NAACP.` */
export function subjectAfter(tokens: Token[], cueIndex: number, ceiling = tokens.length - 1): Subject | null {
  const start = cueIndex + 1;
  if (start > ceiling) return null;
  const opening = wordClass(tokens[start]);
  if (opening === 'pron') return phrase(tokens, start, start);
  if (opening === 'prep' || opening === 'sub' || opening === 'aux' || opening === 'conj' || opening === 'punct')
    return null;
  let last = start - 1;
  for (let i = start; i <= ceiling && i - start < MAX_PHRASE; i++) {
    const t = tokens[i];
    if (!t) break;
    const c = wordClass(t);
    // ("the latest New York Times/CBS News poll": a slash between words joins them.)
    const joiner = t.text === '/' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
    if (c === 'punct' && !isAbbreviationDot(tokens, i) && !joiner) break;
    // ("a person close to him": an object pronoun after a preposition belongs to the phrase.)
    const objectAfterPreposition = (c === 'obj' || c === 'pron') && isObjectAfterPreposition(tokens, i);
    if ((c === 'pron' && !objectAfterPreposition) || c === 'rel' || c === 'sub' || c === 'aux') break;
    if (c === 'obj' && !objectAfterPreposition) break;
    // ("Clinton and Trump"; "public documents and a person familiar with the matter": a second source.)
    const secondSource =
      /^and$/i.test(t.text) &&
      ['det', 'num'].includes(wordClass(tokens[i + 1])) &&
      PERSON_HEADS.has(tokens[i + 2]?.text.toLowerCase().replace(/s$/, '') ?? '');
    if (c === 'conj' && !(wordClass(tokens[i - 1]) === 'cap' && wordClass(tokens[i + 1]) === 'cap') && !secondSource)
      break;
    // ("a Wednesday editorial": a weekday after a determiner describes the noun that follows;
    // "an editorial in The Des Moines Register": a document's outlet belongs to the phrase.)
    // ("a report in the Washington Post": "the" may open the outlet's name.)
    const outletStart = /^the$/i.test(tokens[i + 1]?.text ?? '') ? i + 2 : i + 1;
    const outlet =
      /^(?:in|by)$/i.test(t.text) &&
      DOCUMENT_HEADS.has(tokens[i - 1]?.text.toLowerCase() ?? '') &&
      /^\p{Lu}/u.test(tokens[outletStart]?.text ?? '');
    if (
      AFTER_SUBJECT.has(t.text.toLowerCase()) &&
      i > start &&
      !(wordClass(tokens[i - 1]) === 'det' && c === 'cap') &&
      !outlet
    )
      break;
    // ("said allied government officials": an -ed word opening the phrase before a noun is an adjective.)
    // ("according to a person close to him": "close to" after a noun is an adjective too.)
    const adjective =
      (i === start && /ed$/i.test(t.text) && ['word', 'cap'].includes(wordClass(tokens[i + 1]))) ||
      (i > start && isCloseTo(tokens, i));
    // ("people familiar with his thinking": an -ing word after a determiner is a noun.)
    const gerund = isGerundNoun(tokens, i);
    if (c === 'word' && (looksLikeVerb(t) || VERB_ADVERBS.has(t.text.toLowerCase())) && !adjective && !gerund) break;
    last = i;
  }
  // (A trailing determiner is dropped unless it stands for people: `," tweeted another.`; so is a "not" that
  // belongs to what follows: `says someone not authorized to speak`.)
  while (
    last >= start &&
    (wordClass(tokens[last]) === 'prep' ||
      /^not$/i.test(tokens[last]?.text ?? '') ||
      (wordClass(tokens[last]) === 'det' &&
        !standsForPeople(tokens, last, last) &&
        !isObjectAfterPreposition(tokens, last)))
  )
    last--;
  if (last < start || !hasHead(tokens, start, last)) return null;
  // An appositive after the name: ", president of the NAACP."
  let appositive: Span | undefined;
  // A predicate after the comma is the rest of a parenthetical attribution, not an appositive
  // ("The plan, said Ortiz, was dead"); a relative clause describes the speaker up to its closing comma
  // ("…, said Ortiz, who runs the board, was dead").
  const opener = tokens[last + 2];
  const predicate = wordClass(opener) === 'aux' || (wordClass(opener) === 'word' && looksLikeVerb(opener));
  if (tokens[last + 1]?.text === ',' && !predicate) {
    const relative = wordClass(opener) === 'rel';
    let k = last + 2;
    while (
      k <= ceiling &&
      (!/^[.;:!?“”"]$/.test(tokens[k]?.text ?? '') || isAbbreviationDot(tokens, k)) &&
      !(relative && tokens[k]?.text === ',') &&
      !clauseAfterComma(tokens, k)
    )
      k++;
    // ("…, according to three people familiar with the matter, NewsBeezer reported.": a name and a reporting
    // verb are the next attribution, not a description.)
    const attribution = !relative && cueWord(tokens[k - 1]?.text ?? '') !== undefined;
    if (k > last + 2 && !attribution)
      appositive = { start: tokens[last + 2]?.start ?? 0, end: tokens[k - 1]?.end ?? 0 };
  }
  return phrase(tokens, start, last, appositive);
}
