import { wordList } from '../text/word-list';

/**
 * Reporting cues by what follows them. Our own lists, by lemma, inflected mechanically. The classes decide
 * where the reported content is:
 * - speech:   "X said (that) CONTENT", "CONTENT, X said"          (say, add, argue, warn, ...)
 * - listener: "X told REPORTERS (that) CONTENT"                     (tell, inform, assure, remind)
 * - thought:  "X believes (that) CONTENT" — only with a clause      (believe, think, fear, hope, ...)
 * - evidence: "a poll shows (that) CONTENT", "the study found ..."  (show, find, indicate, reveal)
 * - intent:   "X wants to CONTENT", "X vowed to CONTENT"            (want, plan, promise, vow, refuse)
 * - object:   "X called Y CONTENT", "X praised CONTENT"             (call, cite, praise, criticize, ...)
 * The weight is how reliably the word is a cue in news prose (speech verbs near 1, "think" much lower).
 */
export type CueClass = 'speech' | 'listener' | 'thought' | 'evidence' | 'intent' | 'object';

interface CueWord {
  lemma: string;
  cls: CueClass;
  weight: number;
}

const CLASSES: Array<[CueClass, number, string]> = [
  [
    'speech',
    0.9,
    `say add note argue warn claim announce acknowledge insist tweet post write explain state declare report reply
     respond answer recall admit concede confirm deny suggest predict assert contend maintain stress emphasize
     emphasise caution complain observe remark comment continue conclude estimate allege charge counter retort quip joke
     boast lament reveal disclose testify recount reiterate repeat mention concur agree disagree object protest
     shout yell scream whisper exclaim murmur mutter proclaim tout brag hint speculate surmise affirm attest
     clarify elaborate specify underscore text email message blog posit recommend plead interject 
     acknowledge predict forecast guess theorize theorise opine insinuate imply contest dispute reason sigh
     complain grumble gripe marvel muse ponder wonder sing chant recite rebut fume snap scoff gush thunder
     huff tease crow remember reminisce rail retweet reaffirm utter allude demur riposte deadpan implore beg holler
     bellow stammer intone snipe grouse`,
  ],
  ['listener', 0.9, 'tell inform assure reassure remind notify advise'],
  [
    'thought',
    0.55,
    'believe think feel fear hope expect worry know doubt suspect assume reckon figure understand realize realise',
  ],
  ['evidence', 0.7, 'show find indicate demonstrate prove suggest reveal confirm'],
  [
    'intent',
    0.6,
    'want plan promise vow pledge refuse threaten intend aim seek hope urge ask demand propose offer decline encourage order request',
  ],
  [
    'object',
    0.55,
    `call cite praise criticize criticise blast slam decry condemn denounce dismiss describe defend endorse reject mock
     question attack accuse blame welcome hail applaud laud credit thank fault chide scold rebuke ridicule deride
     lambaste castigate echo label dub deem bemoan deplore support oppose favor signal portray liken highlight characterize
     characterise assail reference invoke discuss outline articulate downplay congratulate rebuff contradict
     trumpet envision coin mull prefer embrace`,
  ],
];

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'writing', 'written'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  know: ['know', 'knows', 'knew', 'knowing', 'known'],
  find: ['find', 'finds', 'found', 'finding'],
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  forecast: ['forecast', 'forecasts', 'forecasted', 'forecasting'],
  text: ['text', 'texts', 'texted', 'texting'],
  blog: ['blog', 'blogs', 'blogged', 'blogging'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  mutter: ['mutter', 'mutters', 'muttered', 'muttering'],
  offer: ['offer', 'offers', 'offered', 'offering'],
  answer: ['answer', 'answers', 'answered', 'answering'],
  wonder: ['wonder', 'wonders', 'wondered', 'wondering'],
  question: ['question', 'questions', 'questioned', 'questioning'],
  threaten: ['threaten', 'threatens', 'threatened', 'threatening'],
  credit: ['credit', 'credits', 'credited', 'crediting'],
  counter: ['counter', 'counters', 'countered', 'countering'],
  message: ['message', 'messages', 'messaged', 'messaging'],
  email: ['email', 'emails', 'emailed', 'emailing'],
  post: ['post', 'posts', 'posted', 'posting'],
  report: ['report', 'reports', 'reported', 'reporting'],
  comment: ['comment', 'comments', 'commented', 'commenting'],
  // Stressed last syllables double their consonant: "admitted", "concurred", "rebutted".
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  concur: ['concur', 'concurs', 'concurred', 'concurring'],
  rebut: ['rebut', 'rebuts', 'rebutted', 'rebutting'],
};

function inflect(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  if (irregular) return irregular;
  const forms = [lemma];
  if (/(s|sh|ch|x|z)$/.test(lemma)) forms.push(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ies`);
  else forms.push(`${lemma}s`);
  if (lemma.endsWith('e')) forms.push(`${lemma}d`, `${lemma.slice(0, -1)}ing`);
  else if (/[^aeiou]y$/.test(lemma)) forms.push(`${lemma.slice(0, -1)}ied`, `${lemma}ing`);
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma)) {
    // one-syllable consonant-vowel-consonant: "quip" → "quipped", "nod" → "nodded"
    const last = lemma.slice(-1);
    forms.push(`${lemma}${last}ed`, `${lemma}${last}ing`);
  } else forms.push(`${lemma}ed`, `${lemma}ing`);
  return forms;
}

const FORMS = new Map<string, CueWord>();
for (const [cls, weight, lemmas] of CLASSES) {
  for (const lemma of wordList(lemmas)) {
    for (const form of inflect(lemma)) if (!FORMS.has(form)) FORMS.set(form, { lemma, cls, weight });
  }
}
// "say"-family verbs are the most reliable cues of all.
for (const form of inflect('say')) FORMS.set(form, { lemma: 'say', cls: 'speech', weight: 1 });

/**
 * Verbs that take a clause without "that" ("said he would run", "believes the plan will fail"). Other cues
 * take a clause only after "that"; without it their complement is a phrase ("announced the partnership").
 */
const BARE_CLAUSE = new Set(
  wordList(`
    say tell claim argue insist warn write contend assert believe think feel fear hope expect worry know suspect
    assume reckon figure predict suggest add note tweet post testify declare complain joke quip boast lament
    speculate guess estimate agree recall explain stress emphasize emphasise concede admit acknowledge
    report reveal show find indicate confirm announce allege state reiterate repeat conclude mention observe
    `),
);

/** Cues that report speech only before "that" or a quotation: "maintained that …" but "maintains the support". */
const THAT_ONLY = new Set(
  wordList(`
    maintain hold state stress counter object protest reason contest concur figure understand realize realise
    know signal indicate prove demonstrate imply continue repeat comment respond reply answer concede affirm
    advise inform notify
    `),
);

export function needsThat(lemma: string): boolean {
  return THAT_ONLY.has(lemma);
}

/** Participles that report speech on behalf of the main clause's subject ("…, saying that …"). */
const REPORTING_PARTICIPLE_LEMMAS = new Set(
  wordList(`
    call cite urge accuse describe criticize criticise blame vow pledge promise ask demand dismiss hope seek praise
    slam blast attack mock defend endorse reject question welcome condemn denounce thank highlight decry threaten
    refuse offer encourage
    `),
);

export function takesBareClause(lemma: string): boolean {
  return BARE_CLAUSE.has(lemma);
}

export function reportsAsParticiple(lemma: string, cls: CueClass): boolean {
  return cls === 'speech' || cls === 'listener' || REPORTING_PARTICIPLE_LEMMAS.has(lemma);
}

export function cueWord(word: string): CueWord | undefined {
  return FORMS.get(word.toLowerCase());
}

/** Speech and listener verbs: the ones that can attribute a direct quote. */
export function isSpeechVerb(word: string): boolean {
  const c = cueWord(word);
  return c !== undefined && (c.cls === 'speech' || c.cls === 'listener');
}
