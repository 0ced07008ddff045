import type { Token } from './tokens';
import { wordSet } from './word-list';

/**
 * A coarse word class from closed word lists and spelling: enough to chunk subjects and clauses in news
 * prose without a tagger. Open-class words stay 'cap' (capitalized) or 'word'.
 */
export type WordClass =
  | 'punct'
  | 'pron' // subject pronoun: he, she, they, it, we, I, you
  | 'obj' // object pronoun: him, her, them, us, me
  | 'rel' // who, which, whom, whose
  | 'det'
  | 'prep'
  | 'conj'
  | 'sub' // subordinators: that, because, if, while, ...
  | 'aux' // auxiliaries and copulas
  | 'num'
  | 'cap'
  | 'word';

export const SUBJECT_PRONOUNS = wordSet('he she they it we i you');
const OBJECT_PRONOUNS = wordSet('him them us me');
const RELATIVES = wordSet('who which whom whose');
const DETERMINERS = wordSet(`
  the a an this these those his her their its our my your some many several each every all both no any another
  other such most few more less much one two three four five six seven eight nine ten dozens hundreds thousands
  millions half
`);
const PREPOSITIONS = wordSet(`
  of for at in on from with by to about among between under over after before during without within against into
  onto upon via across around near toward towards through throughout amid despite per like than outside inside
  beyond behind below above along alongside
`);
const CONJUNCTIONS = wordSet('and or but nor yet so');
const SUBORDINATORS = wordSet(`
  that because if while when whenever although though whether as where since until unless once whereas lest
  after before
`);
const MODALS = wordSet(
  "will would can could should may might must shall cannot won't wouldn't can't couldn't shouldn't",
);
const AUXILIARIES = new Set([
  ...MODALS,
  ...wordSet(`
    is was were are be been being am has have had having do does did 's 're 've 'd 'll isn't wasn't aren't weren't
    hasn't haven't hadn't doesn't don't didn't
  `),
]);

/** "will", "could", "won't": after a modal, a plain form is a verb ("will demand more details"). */
export function isModal(word: string): boolean {
  return MODALS.has(word.toLowerCase());
}

const CONTRACTED_AUXILIARY = /['’](?:s|re|m|ve|d|ll)$/;

/** The span of a pronoun without an auxiliary contracted onto it: "he" of "he’s". */
export function withoutContraction(token: Token): { start: number; end: number } {
  const m = CONTRACTED_AUXILIARY.exec(token.text);
  return m &&
    (SUBJECT_PRONOUNS.has(token.text.slice(0, m.index).toLowerCase()) ||
      RELATIVES.has(token.text.slice(0, m.index).toLowerCase()))
    ? { start: token.start, end: token.start + m.index }
    : { start: token.start, end: token.end };
}

export function wordClass(token: Token | undefined): WordClass {
  if (!token) return 'punct';
  if (!token.word) return 'punct';
  // Curly apostrophes read as straight ones: "didn’t" is "didn't".
  const lower = token.text.toLowerCase().replace(/’/g, "'");
  // Acronyms are names: "US officials", "IT workers".
  if (/^\p{Lu}{2,}$/u.test(token.text)) return 'cap';
  // "he’s", "who’d", "they’ve": a pronoun with its auxiliary contracted onto it is still that pronoun.
  const stem = lower.replace(CONTRACTED_AUXILIARY, '');
  if (SUBJECT_PRONOUNS.has(stem)) return 'pron';
  if (OBJECT_PRONOUNS.has(lower)) return 'obj';
  if (RELATIVES.has(stem)) return 'rel';
  if (lower === 'her') return 'det';
  if (AUXILIARIES.has(lower)) return 'aux';
  if (CONJUNCTIONS.has(lower)) return 'conj';
  if (SUBORDINATORS.has(lower) && lower !== 'after' && lower !== 'before') return 'sub';
  if (DETERMINERS.has(lower)) return 'det';
  if (PREPOSITIONS.has(lower)) return 'prep';
  if (/^\d/.test(lower)) return 'num';
  if (/^\p{Lu}/u.test(token.text)) return 'cap';
  return 'word';
}

/** Lower-case words that are almost always verbs in news prose: they end a noun phrase. */
export function looksLikeVerb(token: Token | undefined): boolean {
  if (!token?.word || /^\p{Lu}/u.test(token.text)) return false;
  const lower = token.text.toLowerCase();
  if (AUXILIARIES.has(lower) || IRREGULAR_PAST.has(lower) || LINKING_VERBS.has(lower)) return true;
  return /(?:ed|ing)$/.test(lower) && lower.length > 4 && !NOT_VERBS.has(lower);
}

export function isIrregularPast(lower: string): boolean {
  return IRREGULAR_PAST.has(lower);
}

/** Linking verbs in the present tense: "resources remain inadequate", "the plan seems dead". */
const LINKING_VERBS = wordSet('remain seem seems appear appears become becomes');

/** Irregular past tenses common in news; they end a subject phrase ("Trump said in August after …"). */
const IRREGULAR_PAST = wordSet(`
  said told wrote thought knew found felt sought made took gave came went saw heard held left met ran began
  spoke brought bought built kept sent spent stood won lost paid led read struck broke chose drew drove fought
  shook sat sold stuck swore threw wore caught dealt fell fled forgot got grew hid meant rode rang sang sank
  slept spread stole swept swung taught tore understood woke withdrew became overcame forgave froze rose blew flew
`);

/** -ed/-ing words that are usually nouns or adjectives in a subject ("senior", "united", "leading"). */
const NOT_VERBS = wordSet(`
  united retired elected appointed unnamed unidentified undecided named noted renowned respected indicted accused alleged
  leading ruling governing founding managing presiding ranking outgoing incoming upcoming sitting acting
  longstanding ongoing building meeting hearing ruling funding spending housing training polling voting
  briefing spokesperson thing something nothing anything everything morning evening wedding ceiling
  feeling offering timing rating beijing reading wording landing opening closing shooting bombing
  crossing killing mining banking marketing lending lobbying printing recording shipping trading
  organized concerned interested involved informed affected detailed limited related reported
  armed advanced assisted based biased blessed connected experienced skilled talented trusted veteran
  engineering manufacturing nursing planning accounting consulting publishing broadcasting advertising farming
  fishing engineering computing processing clothing catering cleaning counseling counselling parenting
  filing finding warning posting hiring ending beginning setting holding listing proceeding gathering
  sitting-room spring string thing king evening earnings savings findings filings holdings proceedings
  ceiling darling sibling pudding during according including regarding concerning following pending
  notwithstanding excluding barring considering
`);
