import { isSpeakerNoun } from '../sources/speaker-nouns';
import { type TextDoc, tokensIn } from '../text/document';
import { quotedNameEnd } from '../text/quoted-name';
import type { Sentence } from '../text/segment';
import { isAbbreviationDot, type Token } from '../text/tokens';
import { isIrregularPast, looksLikeVerb, wordClass } from '../text/word-class';
import { wordSet } from '../text/word-list';
import type { Span } from '../types';
import { type Cue, cueAt } from './cue';
import { needsThat, takesBareClause } from './lexicon';
import { overlaps, type RawQuote, trimSpan } from './raw-quote';
import { mainVerbSubject, type Subject, standsForPeople, subjectAfter, subjectBefore } from './subject';

/**
 * Reported speech, sentence by sentence, for every reporting cue outside quote marks:
 * - forward:      "X said (that) CONTENT", "X told reporters CONTENT", "a poll shows CONTENT", "X wants to CONTENT"
 * - inverted:     "CONTENT, X said.", "CONTENT, said X, a spokesman."
 * - parenthetical "CONTENT1, X said, CONTENT2." (two fragments)
 * - participles:  "…, saying CONTENT" (the subject is the main clause's)
 * - "according to X, CONTENT" and "CONTENT, according to X"
 * A reported clause with a quoted fragment in it is a mixed quote.
 */

const MIN_CONTENT_WORDS = 3;

/** Words that open an adverbial between a cue and its content: "said on Friday that …". */
const ADVERBIAL_START = wordSet(`
  during in on at after before while when last this earlier later yesterday today tonight monday tuesday
  wednesday thursday friday saturday sunday recently previously repeatedly privately publicly separately again
  also then through via over from in per according citing
`);

/** Conjunctions after a comma that start a new clause (and so end the content before them). */
const CLAUSE_JOINERS = wordSet('but and while though although whereas yet so or');

interface Candidate {
  cue: Cue;
  subject: Subject | null;
  content: Span[];
  /** Token index where this attribution's own words begin (its subject or cue), for cutting earlier content. */
  boundary: number;
  weight: number;
  /** The content is a phrase ("called Palin a “clown”"), not a clause: it may end at its quotation. */
  phrase?: boolean;
}

function spanOf(tokens: Token[], first: number, last: number): Span | null {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b || last < first) return null;
  return { start: a.start, end: b.end };
}

function isPunct(t: Token | undefined, chars: string): boolean {
  return t !== undefined && !t.word && chars.includes(t.text);
}

const SUBJECT_PRONOUN = /^(?:he|she|they|we|it|i)$/i;

/** Index of the first content token after a forward cue: skips listener, object before "to", "that". */
function complementStart(tokens: Token[], cue: Cue): number {
  let i = cue.lastIndex + 1;
  if (cue.lemma === 'ask' || cue.lemma === 'wonder' || cue.lemma === 'question') {
    // "asked (reporters) whether …", "asked why …": the question is the content.
    for (let j = i; j < tokens.length && j - i <= 6; j++) {
      if (/^(?:whether|if|why|how|what|when|where|who|which)$/i.test(tokens[j]?.text ?? '')) return j;
      if (!tokens[j]?.word) break;
    }
  }
  const quotedListener = cue.cls === 'listener' ? quotedNameEnd(tokens, i) : -1;
  if (quotedListener >= 0)
    i = quotedListener + 1; // told "Meet the Press" that …
  else if (cue.cls === 'listener' || cue.lemma === 'ask' || cue.lemma === 'urge') {
    // Skip a short object: "told reporters", "told The Associated Press", "urged voters to".
    let j = i;
    while (j < tokens.length && j - i < 10 && tokens[j]?.word && !/^(?:that|to)$/i.test(tokens[j]?.text ?? '')) j++;
    const stop = tokens[j]?.text.toLowerCase() ?? '';
    const clauseEnds = j >= tokens.length || /^[.!?;]$/.test(stop);
    // "told Reuters he would resign": a subject pronoun after the listener opens the reported clause.
    const pronounSubject = tokens
      .slice(i + 1, j)
      .findIndex(
        (t, k) =>
          SUBJECT_PRONOUN.test(t.text) && (wordClass(tokens[i + k + 2]) === 'aux' || looksLikeVerb(tokens[i + k + 2])),
      );
    if (pronounSubject >= 0) i = i + 1 + pronounSubject;
    else if (stop === 'that' || stop === 'to' || stop === ',' || stop === ':') i = j;
    // "told French television station BFMTV." names only the listener: nothing is reported after it.
    else if (clauseEnds && !tokens.slice(i, j).some((t) => wordClass(t) === 'aux' || looksLikeVerb(t))) i = j;
    else if (wordClass(tokens[i]) === 'obj' || /^(?:reporters|journalists)$/i.test(tokens[i]?.text ?? '')) i++;
  }
  while (isPunct(tokens[i], ',:')) i++;
  const first = tokens[i]?.text.toLowerCase() ?? '';
  if (first === 'that') return i + 1;
  if (ADVERBIAL_START.has(first)) {
    // "said during a visit to Kyiv on Friday that …": after an adverbial, content starts at a nearby "that"
    // (but not past a verb: in "said Thursday his biggest worry is that …" the "that" is inside the content).
    for (let j = i; j < tokens.length && j - i <= 12; j++) {
      const t = tokens[j];
      if (!t || isPunct(t, '.;:“"”')) break;
      if (t.text.toLowerCase() === 'that') return j + 1;
      if (wordClass(t) === 'aux' || looksLikeVerb(t)) break;
    }
  }
  return i;
}

/** The subject of a participle: the noun phrase that opens the sentence (outside quote marks). */
/** Words that end a time adverbial: "Minutes later,", "Last week,", "On Friday,". */
const TIME_ENDS = wordSet(`
  later earlier ago today yesterday tonight week weeks month months year years day days morning afternoon evening
  night weekend monday tuesday wednesday thursday friday saturday sunday meanwhile however instead
`);

/** "On Friday", "Minutes later", "Separately": a lead that sets the scene rather than naming the subject. */
function isAdverbialLead(tokens: Token[], from: number, to: number): boolean {
  const first = tokens[from];
  const last = tokens[to];
  if (wordClass(first) === 'prep') return true;
  if (TIME_ENDS.has(last?.text.toLowerCase() ?? '')) return true;
  return from === to && /^\p{L}+ly$/u.test(first?.text ?? '');
}

function openingSubject(doc: TextDoc, tokens: Token[]): Subject | null {
  const skipOpeners = (from: number): number => {
    let i = from;
    while (
      i < tokens.length &&
      (!tokens[i]?.word ||
        /^(?:but|and|so|yet|still|also|then|now)$/i.test(tokens[i]?.text ?? '') ||
        insideQuote(doc, tokens[i]?.start ?? 0))
    ) {
      i++;
    }
    return i;
  };
  let i = skipOpeners(0);
  // A verbless lead before a comma is an adverbial, not the subject: "Minutes later, she sent an email …".
  for (let k = i + 1; k < tokens.length && k - i <= 8; k++) {
    if (!isPunct(tokens[k], ',')) continue;
    if (!hasVerb(tokens, i, k - 1) && isAdverbialLead(tokens, i, k - 1)) i = skipOpeners(k + 1);
    break;
  }
  return subjectAfter(tokens, i - 1);
}

/** Word tokens in [from, to], counted up to `enough` (a caller that needs only "a few" stops early). */
function contentWords(tokens: Token[], from: number, to: number, enough = Number.POSITIVE_INFINITY): number {
  let n = 0;
  for (let i = from; i <= to && n < enough; i++) if (tokens[i]?.word) n++;
  return n;
}

/**
 * How far a reported clause may run, in tokens. The longest attributed content in PolNeAR (train and dev)
 * is 291 words; without a bound, a hostile "sentence" of thousands of cues and no punctuation made every cue
 * scan to its end (quadratic: 100,000 characters took seconds).
 */
const MAX_CLAUSE_TOKENS = 400;

/** The last token of the content that starts at `from`: the sentence end, minus a final full stop. */
function clauseEnd(
  tokens: Token[],
  from: number,
  quoted: (pos: number) => boolean = () => false,
  cue: Cue | null = null,
): number {
  let end = Math.min(tokens.length - 1, from + MAX_CLAUSE_TOKENS);
  for (let i = from + 1; i < end; i++) {
    if (!quoted(tokens[i]?.start ?? 0) && endsReportedClause(tokens, i, from, cue)) {
      end = i - 1;
      break;
    }
  }
  while (end >= from && isPunct(tokens[end], '.!?”"’\'')) end--;
  return end;
}

/**
 * Where a reported clause stops and the writer's own sentence goes on (outside quote marks):
 * - ", compared with 41 percent …" — the writer's comparison to a poll answer;
 * - "… but did not suggest …" — a second, negated verb of the speaker's own clause (a reporting verb after
 *   "but" may just as well belong to the reported clause: "said officials agreed … but acknowledged …");
 * - "before claiming …" — a participle clause about the speaker.
 * (", and he …", ", which …", ", while …" and ", showing …" usually still belong to what was reported.)
 */
function endsReportedClause(tokens: Token[], i: number, from: number, cue: Cue | null): boolean {
  const t = tokens[i];
  if (!t || i - from < 3) return false;
  const next = tokens[i + 1];
  const lower = t.text.toLowerCase();
  // `things “should be wrapped up by Cleveland,” referring to …`: a quotation closed on a comma, then a
  // participle or "while": the writer's gloss after the speaker's words.
  if (isPunct(t, '”"') && isPunct(tokens[i - 1], ',') && next?.word && /^\p{Ll}/u.test(next.text)) {
    if (/^(?:while|whereas)$/.test(next.text) || (next.text.endsWith('ing') && looksLikeVerb(next))) return true;
  }
  // "telling CNN that Trump is a “faker” and questioning how …": a second participle of the speaker's.
  if (cue?.participle && lower === 'and' && next?.text.endsWith('ing') && looksLikeVerb(next)) return true;
  // ", a swipe at …", ", an apparent reference to …": the writer's comment on what was said.
  if (isPunct(t, ',') && /^(?:a|an)$/i.test(next?.text ?? '')) {
    for (let k = i + 2; k <= i + 5 && tokens[k]?.word; k++)
      if (/^(?:at|to|toward|towards|against)$/i.test(tokens[k]?.text ?? '') && k > i + 2) return true;
  }
  // `he’s “excited where we stand” as he faces …`: after a closing quote mark,
  // a subordinate clause with its own subject is the writer's framing.
  if (
    isPunct(tokens[i - 1], '”"') &&
    /^(?:as|while|after|before)$/i.test(t.text) &&
    closesQuote(tokens, i - 1, from) &&
    startsClause(tokens, i + 1) &&
    !cueSoon(tokens, i + 1)
  )
    return true;
  // `a sign that said “Closed” and left`: after a quotation, "and" with a verb in the cue's form is the
  // speaker's next action.
  if (
    cue &&
    lower === 'and' &&
    isPunct(tokens[i - 1], '”"') &&
    closesQuote(tokens, i - 1, from) &&
    sameVerbForm(tokens[cue.index], next, tokens[i + 2])
  )
    return true;
  // "…, Devine responded: “I guess so.”": a colon before a quotation starts someone's words.
  if (isPunct(t, ':') && isPunct(next, '“"')) return true;
  if (isPunct(t, ',;')) {
    const n = next?.text.toLowerCase() ?? '';
    return /^(?:compared|versus)$/.test(n);
  }
  // `Clinton said: "…," but in fact Clinton used …`: after a quotation closed on a comma, "but" is the writer's.
  if (
    lower === 'but' &&
    isPunct(tokens[i - 1], '”"') &&
    isPunct(tokens[i - 2], ',') &&
    closesQuote(tokens, i - 1, from)
  )
    return true;
  // "…, but she has bristled at …": after a comma, "but" and a new subject start the writer's next clause.
  // ("…, but she knows that “…”" goes on reporting: a cue right after keeps it.)
  if (lower === 'but' && isPunct(tokens[i - 1], ',') && startsClause(tokens, i + 1) && !cueSoon(tokens, i + 1))
    return true;
  if ((lower === 'and' || lower === 'but') && t.word) {
    const c = wordClass(next);
    // "but did not suggest": a finite verb with no subject of its own.
    if (
      c === 'aux' &&
      /^(?:did|does|do|has|have|had|would|will|could|was|were|is)$/i.test(next?.text ?? '') &&
      /^(?:not|n't|never)$/i.test(tokens[i + 2]?.text ?? '')
    )
      return true;
    return false;
  }
  if ((lower === 'before' || lower === 'after') && next?.word && /ing$/i.test(next.text)) return true;
  return false;
}

/** A reporting cue within the four tokens from i. */
function cueSoon(tokens: Token[], i: number): boolean {
  for (let k = i; k < i + 4 && k < tokens.length; k++) if (cueAt(tokens, k)) return true;
  return false;
}

/** Whether the mark at `i` closes a quotation opened after `from` (a straight mark can open or close). */
function closesQuote(tokens: Token[], i: number, from: number): boolean {
  if (tokens[i]?.text === '”') return true;
  let marks = 0;
  for (let k = from; k <= i; k++) if (tokens[k]?.text === '"') marks++;
  return marks % 2 === 0;
}

/** A subject pronoun or a determiner/name followed within three words by an auxiliary or past-tense verb. */
function startsClause(tokens: Token[], i: number): boolean {
  const c = wordClass(tokens[i]);
  if (c === 'pron') return true;
  if (c !== 'det' && c !== 'cap') return false;
  for (let k = i + 1; k <= i + 3; k++) {
    const w = tokens[k];
    if (!w?.word) return false;
    if (wordClass(w) === 'aux' || isIrregularPast(w.text.toLowerCase())) return true;
    // "the company rejected the offer" is a clause; "a calculated attempt" is a noun phrase.
    if (/^\p{Ll}+ed$/u.test(w.text) && wordClass(tokens[k + 1]) !== 'word') return true;
  }
  return false;
}

/**
 * Words that end a noun-phrase or infinitive complement ("praised the plan because …", "… which …"). Time
 * clauses stay in ("called for a prosecutor before the department decides"): annotators and readers take them
 * as part of what was asked for.
 */
const PHRASE_BREAKS = wordSet('because if although though while whereas which who whom unless');

/**
 * Whether `next` is a verb in the cue's own form ("decried … and highlighted", "calling … and threatening"),
 * so a coordinated verb of the speaker rather than an adjective or passive ("unsubstantiated and fabricated
 * by …") inside the complement.
 */
function sameVerbForm(cue: Token | undefined, next: Token | undefined, after: Token | undefined): boolean {
  if (!cue || !looksLikeVerb(next) || after?.text.toLowerCase() === 'by') return false;
  const word = next?.text.toLowerCase() ?? '';
  if (cue.text.toLowerCase().endsWith('ing')) return word.endsWith('ing');
  return word.endsWith('ed') || isIrregularPast(word);
}

/** Whether a quoted word lies in tokens (i, last] (at most 15 tokens ahead). */
function quotationAhead(tokens: Token[], i: number, last: number, quoted: (pos: number) => boolean): boolean {
  for (let k = i + 1; k <= last && k - i <= 15; k++) if (quoted(tokens[k]?.start ?? -1)) return true;
  return false;
}

/** The last token of a non-clausal complement: up to a comma, a dash or a subordinate clause. */
function phraseEnd(tokens: Token[], from: number, cue: Cue, quoted: (pos: number) => boolean = () => false): number {
  const end = clauseEnd(tokens, from, quoted);
  let sawThat = tokens[from]?.text.toLowerCase() === 'that';
  for (let i = from + 1; i <= end; i++) {
    const t = tokens[i];
    if (!t) break;
    if (quoted(t.start)) continue; // a comma inside a quotation does not end the phrase
    if (isPunct(t, ',;:—–(')) return i - 1;
    // `…at "less advanced schools," Trump said`: a quotation closed on a comma ends the phrase with it.
    if (isPunct(t, '”"') && isPunct(tokens[i - 1], ',') && i + 1 <= end) return i;
    const lower = t.text.toLowerCase();
    if (lower === 'that') sawThat = true;
    // `called the Saudis “free riders” who rely …`: a relative clause right after a quotation describes it.
    const describesQuotation = /^(?:who|which)$/.test(lower) && isPunct(tokens[i - 1], '”"');
    // (A quotation still ahead keeps the phrase going: `promised to … if Congress did not pass "comprehensive"
    // reform` — the quoted words belong to what was promised.)
    if (PHRASE_BREAKS.has(lower) && !describesQuotation && !quotationAhead(tokens, i, end, quoted)) return i - 1;
    // "endorsed Trump in early June, but …", "has not endorsed Trump and Kirk withdrew …": a new subject and
    // verb after the conjunction start the writer's next clause.
    // (Not inside a "that" clause: "… clear that Mills’ and Samuelson’s immunity was only partial".)
    if ((lower === 'and' || lower === 'but') && startsClause(tokens, i + 1) && !cueSoon(tokens, i + 1) && !sawThat)
      return i - 1;
    // "decried “systemic racism” and highlighted her plans": a phrase has no subject of its own, so a verb
    // after "and" is the speaker's next action.
    if ((lower === 'and' || lower === 'but') && sameVerbForm(tokens[cue.index], tokens[i + 1], tokens[i + 2]))
      return i - 1;
    // "cited his references to her as “Miss Piggy”": an "as" before a quotation continues the phrase.
    if (
      lower === 'as' &&
      cue.lemma !== 'describe' &&
      cue.lemma !== 'dismiss' &&
      cue.lemma !== 'call' &&
      !quotationAhead(tokens, i, Math.min(end, i + 4), quoted)
    ) {
      return i - 1;
    }
  }
  return end;
}

/** Prepositions of place and time: "said in Iowa", "said during a discussion" (not "spoke about", "warned of"). */
const ADVERBIAL_PREPOSITIONS = /^(?:in|on|at|during|after|before|since|from|outside|inside|near|amid|throughout)$/i;

/**
 * The start of a clause after a short prepositional phrase ("on Friday", "in a statement"), or -1 when
 * what follows is not a clause (no auxiliary or finite verb soon after).
 */
function afterAdverbial(tokens: Token[], from: number): number {
  for (let i = from + 1; i < tokens.length && i - from <= 10; i++) {
    const c = wordClass(tokens[i]);
    // `acknowledged in an MSNBC forum Monday night "it will be very hard …"`: a quotation opens the clause
    // (a quoted show is part of the adverbial: `said on ABC's "This Week" that …`).
    const showEnd = quotedNameEnd(tokens, i);
    if (showEnd > i) {
      i = showEnd;
      continue;
    }
    if (isPunct(tokens[i], '“"') && tokens[i + 1]?.word) return i + 1;
    // "said in a statement provided to POLITICO that …": "that" opens the reported clause.
    if (tokens[i]?.text.toLowerCase() === 'that' && wordClass(tokens[i + 1]) !== 'punct') return i + 1;
    if (!tokens[i]?.word) return -1;
    if (i - from > 6) continue;
    // (A determiner right after the preposition is its object: "said in a statement provided to …".)
    if (
      ((c === 'det' && wordClass(tokens[i - 1]) !== 'prep') ||
        c === 'pron' ||
        (c === 'cap' && wordClass(tokens[i - 1]) !== 'prep' && wordClass(tokens[i - 1]) !== 'det')) &&
      hasFiniteVerbSoon(tokens, i)
    ) {
      return i;
    }
  }
  return -1;
}

function hasFiniteVerbSoon(tokens: Token[], from: number): boolean {
  for (let i = from + 1; i < tokens.length && i - from <= 8; i++) {
    if (wordClass(tokens[i]) === 'aux' || looksLikeVerb(tokens[i])) return true;
    if (!tokens[i]?.word) return false;
  }
  return false;
}

/** "While/Although/If X said …, …": the attribution sits in a subordinate clause opening the sentence. */
function leadsSubordinateClause(tokens: Token[], subjectFirst: number): boolean {
  for (let i = subjectFirst - 1; i >= 0; i--) {
    const t = tokens[i];
    if (!t?.word) continue;
    return i === 0 && /^(?:while|although|though|as|because|if|when|after|since|whereas|even)$/i.test(t.text);
  }
  return false;
}

const EVIDENCE_HEADS = wordSet(`
  poll polls survey surveys study studies report reports data numbers figures results statistics records
  evidence research analysis analyses tests test documents document filing filings audit review findings
  investigation probe memo letter emails records estimates projections census count tally models
`);

function evidenceSubject(tokens: Token[], subject: Subject): boolean {
  for (let i = subject.first; i <= subject.last && i >= 0; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (EVIDENCE_HEADS.has(t.text.toLowerCase()) || wordClass(t) === 'cap' || wordClass(t) === 'pron') return true;
  }
  return subject.first < 0; // a speaker taken from context
}

/**
 * A verb we have no word for that still reports speech: a past-tense verb followed (within a few words) by
 * "that" and a clause with a quotation — "Trump groused to a crowd that CNN “doesn't treat me properly”".
 */
function implicitCueAt(doc: TextDoc, tokens: Token[], i: number): Cue | null {
  const t = tokens[i];
  if (
    !t?.word ||
    !/^\p{Ll}[\p{Ll}]+ed$/u.test(t.text) ||
    wordClass(tokens[i - 1]) === 'det' ||
    wordClass(tokens[i - 1]) === 'aux'
  )
    return null;
  for (let j = i + 1; j < tokens.length && j - i <= 6; j++) {
    const u = tokens[j];
    if (!u || isPunct(u, '.;:“"”')) return null;
    if (u.text.toLowerCase() !== 'that') continue;
    // "passed out bottles that said “…”": a verb right after "that" makes it a relative pronoun.
    if (looksLikeVerb(tokens[j + 1]) || cueAt(tokens, j + 1)) return null;
    if (!quotationSoon(doc, tokens, j + 1)) return null;
    return {
      start: t.start,
      end: t.end,
      index: i,
      lastIndex: i,
      lemma: t.text.toLowerCase(),
      cls: 'speech',
      weight: 0.6,
      participle: false,
    };
  }
  return null;
}

/** A quotation opens within the next few words: the complement reports someone's words. */
function quotationSoon(doc: TextDoc, tokens: Token[], from: number): boolean {
  for (let i = from; i < tokens.length && i - from <= 12; i++) {
    const t = tokens[i];
    if (t && insideQuote(doc, t.start)) return true;
  }
  return false;
}

/**
 * Whether a subject can say something: a name, a pronoun, or a head noun for people, groups, institutions
 * or documents ("officials", "the company", "the report"), or an agent noun ("forecasters", "negotiators").
 */
function canSpeak(tokens: Token[], subject: Subject): boolean {
  for (let i = subject.first; i <= subject.last; i++) {
    const t = tokens[i];
    if (!t?.word) continue;
    const c = wordClass(t);
    if (c === 'pron' || c === 'rel' || c === 'num' || c === 'obj') return true;
    // A capital marks a name, except a sentence-initial verb form ("Rising steel prices").
    // ("Boreing said": a one-word subject is a name all the same.)
    if (c === 'cap' && !(i === 0 && subject.last > 0 && looksLikeVerb({ ...t, text: t.text.toLowerCase() })))
      return true;
    if (isSpeakerNoun(t.text) || standsForPeople(tokens, i, subject.last)) return true;
  }
  return false;
}

/** Speech and thought verbs take a clause ("said he would run"); the others take a phrase unless "that" follows. */
function takesClause(tokens: Token[], cue: Cue, from: number): boolean {
  if (tokens[from - 1]?.text.toLowerCase() === 'that' || cue.lemma === 'according to') return true;
  return takesBareClause(cue.lemma);
}

function forwardCandidate(doc: TextDoc, tokens: Token[], cue: Cue, subject: Subject | null): Candidate | null {
  let from = complementStart(tokens, cue);
  if (needsThat(cue.lemma) && tokens[from - 1]?.text.toLowerCase() !== 'that' && !isPunct(tokens[from], '“"'))
    return null;
  // "did not respond to requests for comment" reports that nothing was said: a no-comment fact, not a quote.
  if (
    /^(?:not|n't|never)$/i.test(tokens[cue.index - 1]?.text ?? '') &&
    /^(?:respond|reply|comment|return)$/.test(cue.lemma)
  )
    return null;
  const question = /^(?:whether|if|why|how|what|when|where|who|which)$/i.test(tokens[from]?.text ?? '');
  // Intent verbs take "to …", or a clause when it carries a quotation ("promises the government will help "up-skill" workers").
  if (
    cue.cls === 'intent' &&
    tokens[from]?.text.toLowerCase() !== 'to' &&
    !question &&
    !quotationSoon(doc, tokens, from)
  )
    return null;
  if (cue.cls === 'thought' && !subject) return null;
  // "believes the plan will fail" is a clause; "feels dry to the touch" is not: without "that", a thought
  // verb needs a subject-like word and a verb soon after.
  if (
    cue.cls === 'thought' &&
    tokens[from - 1]?.text.toLowerCase() !== 'that' &&
    tokens[from]?.text.toLowerCase() !== 'to'
  ) {
    const c = wordClass(tokens[from]);
    if (!(c === 'pron' || c === 'det' || c === 'cap' || c === 'num') || !hasFiniteVerbSoon(tokens, from)) return null;
  }
  // "nobody has told us", "no one said": a negated subject reports nothing.
  if (subject && /^(?:nobody|no one|none|nothing)$/i.test(tokens[subject.first]?.text ?? '')) return null;
  // "declined to comment" says nothing: it is a no-comment fact, not a statement.
  if (
    (cue.lemma === 'decline' || cue.lemma === 'refuse') &&
    /^to (?:comment|discuss|elaborate|be interviewed|speak|respond|answer)\b/i.test(
      `${tokens[from]?.text ?? ''} ${tokens[from + 1]?.text ?? ''}`,
    )
  )
    return null;
  // Someone must speak: "Rising steel prices have already added $3 million" is not a statement.
  if (
    subject &&
    subject.first >= 0 &&
    (cue.cls === 'speech' || cue.cls === 'listener' || cue.cls === 'thought') &&
    !canSpeak(tokens, subject)
  )
    return null;
  // "a poll shows", "the study found", "data showed": evidence verbs need a document-like or named subject.
  if (cue.cls === 'evidence' && subject && !evidenceSubject(tokens, subject)) return null;
  // "said on Friday the plan would …": skip a leading adverbial; "said during a discussion …" or
  // "said about Latinos" has no reported clause after it.
  const opening = tokens[from];
  const afterThat = tokens[from - 1]?.text.toLowerCase() === 'that';
  if (!afterThat && ADVERBIAL_PREPOSITIONS.test(opening?.text ?? '')) {
    const clauseStart = afterAdverbial(tokens, from);
    if (clauseStart < 0) return null;
    from = clauseStart;
  }
  // A relative clause ("Sanders, who had said he would debate, criticized …") or a leading subordinate clause
  // ("While Ramos said that …, he appears …") ends at its comma.
  const subordinate =
    subject !== null && (wordClass(tokens[subject.first]) === 'rel' || leadsSubordinateClause(tokens, subject.first));
  const phrase = !takesClause(tokens, cue, from);
  const quoted = (pos: number) => insideQuote(doc, pos);
  const to = subordinate || phrase ? phraseEnd(tokens, from, cue, quoted) : clauseEnd(tokens, from, quoted, cue);
  // `calling it “absurd”`: two words are enough when one of them is quoted.
  const enough = phrase && quotationAhead(tokens, from - 1, to, quoted) ? 2 : MIN_CONTENT_WORDS;
  if (contentWords(tokens, from, to) < enough) return null;
  const content = spanOf(tokens, from, to);
  if (!content) return null;
  const boundary = subject && subject.first < cue.index ? subject.first : cue.index;
  return { cue, subject, content: [content], boundary, weight: cue.weight * (subject ? 1 : 0.6), phrase };
}

function attributeCue(
  doc: TextDoc,
  tokens: Token[],
  cue: Cue,
  earlier: Candidate[],
  earlierSpeaker: Subject | null,
): Candidate | null {
  const before = tokens[cue.index - 1];

  if (cue.lemma === 'according to') return accordingToCandidate(doc, tokens, cue);

  if (cue.participle && tokens[cue.index]?.text.toLowerCase() !== 'as') {
    // "…, saying CONTENT": the speaker is the main clause's subject.
    const subject =
      earlier[earlier.length - 1]?.subject ??
      earlierSpeaker ??
      mainVerbSubject(tokens, cue.index, 0, (pos) => insideQuote(doc, pos)) ??
      openingSubject(doc, tokens);
    const candidate = forwardCandidate(doc, tokens, cue, subject);
    if (candidate) candidate.boundary = isPunct(before, ',—–') ? cue.index - 1 : cue.index;
    return candidate;
  }

  const subjectFirst = subjectBefore(tokens, cue.index);
  // "… and said, …": a second verb of the same subject.
  // Only "say"-like verbs: in "said officials agreed … but acknowledged …" the second verb is the inner clause's.
  // With an earlier attribution in the sentence only "say"-like verbs join it (in "said officials agreed …
  // but acknowledged …" the second verb belongs inside); with none, any speech verb takes the opening subject.
  const sayLike = /^(?:say|tell|add|write|note)$/.test(cue.lemma);
  // A bare form after an earlier finite cue is coordinated inside the reported clause, not with the cue:
  // "Kasich says he’d sit Putin down and tell him “no more nonsense”".
  const earlierCue = earlier[earlier.length - 1]?.cue;
  const bareAfterFinite =
    earlierCue !== undefined &&
    tokens[cue.index]?.text.toLowerCase() === cue.lemma &&
    (tokens[earlierCue.index]?.text.toLowerCase() ?? '') !== earlierCue.lemma;
  const coordinated =
    !subjectFirst &&
    !bareAfterFinite &&
    /^(?:and|but)$/i.test(before?.text ?? '') &&
    (sayLike || (earlier.length === 0 && (cue.cls === 'speech' || cue.cls === 'listener' || cue.cls === 'intent')));
  if (coordinated) {
    // "McConnell embraced the mogul and said …": the sentence's subject, or the earlier attribution's.
    const subject = earlier[earlier.length - 1]?.subject ?? openingSubject(doc, tokens);
    const candidate = forwardCandidate(doc, tokens, cue, subject);
    if (candidate) candidate.boundary = cue.index - 1;
    return candidate;
  }
  const forward = subjectFirst ? forwardCandidate(doc, tokens, cue, subjectFirst) : null;
  // Inverted with the verb first: "CONTENT, said X." — the cue right after a comma or a closing quote mark,
  // unless the subject came first with an appositive ("Emanuel, who …, said he …").
  // It wins over an appositive subject when the sentence ends soon after its own subject
  // ("…, plans to close its fund soon, said people familiar with the matter.").
  // ("…, told NBC News." names the listener: "tell" does not invert.)
  // (Only speech verbs invert: in "Sanders, who had said …, criticized Clinton" Clinton is the object.)
  if (isPunct(before, ',”"') && cue.cls === 'speech' && !OBJECT_TAKING_SPEECH.has(cue.lemma)) {
    let subject = subjectAfter(tokens, cue.lastIndex);
    // "…,” said she lied": a pronoun with a verb after it is the subject of the reported clause, not inverted.
    const after = subject ? tokens[subject.last + 1] : undefined;
    if (
      subject &&
      wordClass(tokens[subject.first]) === 'pron' &&
      (wordClass(after) === 'aux' || wordClass(after) === 'word')
    )
      subject = null;
    const inverted = subject ? invertedCandidate(tokens, cue, subject, cue.index) : null;
    if (inverted && (!subjectFirst?.appositive || !forward)) return inverted;
    if (inverted && subjectFirst?.appositive && endsSoonAfter(tokens, subject)) return inverted;
  }
  // Inverted with the subject first: "CONTENT, X said." or parenthetical "CONTENT1, X said, CONTENT2."
  // ("…, who called for the delay." is a relative clause, never an inverted attribution.)
  const relativeSubject = subjectFirst !== null && wordClass(tokens[subjectFirst.first]) === 'rel';
  if (subjectFirst && !relativeSubject && subjectFirst.first > 0 && isPunct(tokens[subjectFirst.first - 1], ',”"—–')) {
    const inverted = invertedCandidate(tokens, cue, subjectFirst, subjectFirst.first);
    if (inverted) return inverted;
  }
  return forward;
}

/** How far back a lead is read before "according to", and how far its source may run (both bound the work). */
const MAX_LEAD_TOKENS = 60;
const MAX_SOURCE_TOKENS = 25;

/**
 * "According to X, CONTENT.", "CONTENT, according to X." and the parenthetical "…, after, according to X,
 * CONTENT." The source runs to the next comma or dash (a quoted title inside it is part of it: `according
 * to the "Medicare for all" document he released`); a short verbless lead ("In addition, according to …")
 * or one that ends in a conjunction leaves the content after the source.
 */
function accordingToCandidate(doc: TextDoc, tokens: Token[], cue: Cue): Candidate | null {
  const quoted = (pos: number) => insideQuote(doc, pos);
  let sourceEnd = cue.lastIndex;
  let separator = -1;
  for (let i = cue.lastIndex + 1; i < tokens.length && i - cue.lastIndex <= MAX_SOURCE_TOKENS; i++) {
    const t = tokens[i] as Token;
    if (!quoted(t.start) && isPunct(t, ',—–;:.!?') && !isAbbreviationDot(tokens, i)) {
      if (isPunct(t, ',—–')) separator = i;
      break;
    }
    sourceEnd = i;
  }
  while (sourceEnd > cue.lastIndex && !tokens[sourceEnd]?.word) sourceEnd--;
  const named = subjectAfter(tokens, cue.lastIndex);
  const subject = named ?? wholePhrase(tokens, cue.lastIndex + 1, sourceEnd);
  if (!subject) return null;
  // The lead: from the sentence start, or a colon or semicolon, to the cue.
  let leadStart = 0;
  for (let i = cue.index - 1; i >= 0 && cue.index - i <= MAX_LEAD_TOKENS; i--) {
    if (isPunct(tokens[i], ':;')) {
      leadStart = i + 1;
      break;
    }
  }
  const leadWords = contentWords(tokens, leadStart, cue.index - 1, 6);
  const beforeComma = isPunct(tokens[cue.index - 1], ',—–') ? tokens[cue.index - 2] : undefined;
  const leadsIn =
    leadWords <= 1 ||
    (leadWords <= 5 && !hasVerb(tokens, leadStart, cue.index - 1)) ||
    (beforeComma !== undefined &&
      (wordClass(beforeComma) === 'sub' ||
        wordClass(beforeComma) === 'conj' ||
        /^(?:after|before)$/i.test(beforeComma.text)));
  if (leadsIn && separator >= 0) {
    let from = separator + 1;
    while (isPunct(tokens[from], ',—–')) from++;
    const to = clauseEnd(tokens, from, quoted);
    if (contentWords(tokens, from, to, MIN_CONTENT_WORDS) >= MIN_CONTENT_WORDS) {
      const content = spanOf(tokens, from, to);
      if (content) return { cue, subject, content: [content], boundary: cue.index, weight: cue.weight };
    }
  }
  if (leadWords <= 1) return null;
  // "CONTENT, according to X."
  let to = cue.index - 1;
  while (to >= leadStart && !tokens[to]?.word) to--;
  const content = spanOf(tokens, leadStart, to);
  return content ? { cue, subject, content: [content], boundary: cue.index, weight: cue.weight } : null;
}

/** The tokens first..last as a phrase (a source that the chunker cannot parse, such as one with a quoted title). */
function wholePhrase(tokens: Token[], first: number, last: number): Subject | null {
  const a = tokens[first];
  const b = tokens[last];
  if (!a || !b || last < first || !hasSpeakerHead(tokens, first, last)) return null;
  return { start: a.start, end: b.end, first, last };
}

function hasSpeakerHead(tokens: Token[], first: number, last: number): boolean {
  for (let i = first; i <= last; i++) if (tokens[i]?.word && wordClass(tokens[i]) !== 'prep') return true;
  return false;
}

/**
 * Speech verbs that mostly take an object ("stressed his experience", "announced plans to merge"): after a
 * comma they continue the sentence's subject rather than invert ("…, said his spokesman").
 */
const OBJECT_TAKING_SPEECH = wordSet(`
  stress emphasize emphasise underscore reveal disclose mention clarify specify recommend dispute contest tout deny
  reiterate repeat acknowledge announce predict forecast estimate charge allege concede admit confirm cite
`);

function endsSoonAfter(tokens: Token[], subject: Subject | null): boolean {
  if (!subject) return false;
  const last = tokens.length - 1;
  return contentWords(tokens, subject.last + 1, last) <= 3 && isAdverbialTail(tokens, subject.last + 1, last);
}

/** Words allowed after an inverted attribution: "said on Friday", "said in a statement", "told CNN". */
function isAdverbialTail(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  // "…, said a worker leaving the afternoon shift": a participle describing the speaker.
  const first = tokens[from];
  if (first?.word && /ing$/i.test(first.text) && wordClass(first) === 'word') return true;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t) break;
    if (!t.word) {
      if (isPunct(t, '“"”')) return false;
      continue;
    }
    words++;
    const lower = t.text.toLowerCase();
    // A verb makes it a clause, but "an emailed statement" is an adjective after a determiner.
    const verb = looksLikeVerb(t) && wordClass(tokens[i - 1]) !== 'det';
    if (lower === 'that' || wordClass(t) === 'aux' || wordClass(t) === 'pron' || verb || cueAt(tokens, i)) return false;
  }
  return words <= 7;
}

/** "Asked about …", "When asked why …", "In response to a question …": a lead that frames a question. */
function isQuestionFraming(tokens: Token[], from: number): boolean {
  let i = from;
  while (i < tokens.length && !tokens[i]?.word) i++;
  const words = tokens
    .slice(i, i + 4)
    .map((t) => t.text.toLowerCase())
    .join(' ');
  return /^(?:(?:when|after|once|if) (?:he was |she was |they were |being )?asked|asked|in response to|responding to)\b/.test(
    words,
  );
}

function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (wordClass(t) === 'aux' || looksLikeVerb(t) || isIrregularPast(t?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}

/**
 * "CONTENT, X said [adverbials]." The content runs from the sentence start to the comma before the
 * attribution; if the sentence goes on after another comma, that part is a second fragment.
 */
function invertedCandidate(tokens: Token[], cue: Cue, subject: Subject, attributionFirst: number): Candidate | null {
  let contentEnd = attributionFirst - 1;
  while (contentEnd >= 0 && !tokens[contentEnd]?.word) contentEnd--;
  // The content starts at the sentence start or after the last colon or semicolon before it.
  let contentStart = 0;
  for (let i = contentEnd; i > 0; i--) {
    if (isPunct(tokens[i], ':;')) {
      contentStart = i + 1;
      break;
    }
  }
  // A parenthetical attribution may follow a short opening ("This campaign, he says, is different.").
  if (
    contentWords(tokens, contentStart, contentEnd) <
    (isPunct(tokens[attributionFirst - 1], ',') ? 1 : MIN_CONTENT_WORDS)
  )
    return null;
  const first = spanOf(tokens, contentStart, contentEnd);
  if (!first) return null;
  // "By 43 to 40, voters said the same …": a prepositional lead with no verb is an adverbial, not what was said.
  // ("To win the White House, candidates need …" opens with an infinitive, not a preposition.)
  if (
    wordClass(tokens[contentStart]) === 'prep' &&
    !/^to$/i.test(tokens[contentStart]?.text ?? '') &&
    !hasVerb(tokens, contentStart, contentEnd)
  )
    return null;
  let attributionLast = Math.max(cue.lastIndex, subject.last);
  if (subject.appositive) {
    while (attributionLast + 1 < tokens.length && (tokens[attributionLast + 1]?.end ?? 0) <= subject.appositive.end)
      attributionLast++;
  }
  // "…, political analysts say; in 2012, …": a semicolon ends the attribution's sentence.
  if (isPunct(tokens[attributionLast + 1], ';') && contentWords(tokens, contentStart, contentEnd) >= MIN_CONTENT_WORDS)
    return { cue, subject, content: [first], boundary: attributionFirst, weight: cue.weight };
  const end = clauseEnd(tokens, attributionLast + 1);
  // A parenthetical attribution: ", X said, CONTENT2." The second part continues the content unless it
  // opens a new clause (", but …", ", adding …").
  let comma = -1;
  for (let i = attributionLast + 1; i <= end; i++) {
    if (isPunct(tokens[i], ',')) {
      comma = i;
      break;
    }
  }
  // A short second part is the predicate of the opening: "This campaign, he says, is different."
  const predicate = wordClass(tokens[comma + 1]) === 'aux' && contentWords(tokens, comma + 1, end) >= 2;
  if (
    comma >= 0 &&
    isAdverbialTail(tokens, attributionLast + 1, comma - 1) &&
    (contentWords(tokens, comma + 1, end) >= MIN_CONTENT_WORDS || predicate)
  ) {
    const joiner = tokens[comma + 1]?.text.toLowerCase() ?? '';
    const second = spanOf(tokens, comma + 1, end);
    // "When asked why …, Tyler said, …": the question that prompted the answer is the writer's framing.
    if (second && isQuestionFraming(tokens, contentStart))
      return { cue, subject, content: [second], boundary: attributionFirst, weight: cue.weight };
    const content = second && !CLAUSE_JOINERS.has(joiner) && !cueAt(tokens, comma + 1) ? [first, second] : [first];
    return { cue, subject, content, boundary: attributionFirst, weight: cue.weight };
  }
  // "…, said the person, who spoke on condition of anonymity because …": a relative clause describes the speaker.
  const relative =
    /^(?:who|which|whose)$/i.test(tokens[attributionLast + 1]?.text ?? '') ||
    (isPunct(tokens[attributionLast + 1], ',') &&
      /^(?:who|which|whose)$/i.test(tokens[attributionLast + 2]?.text ?? ''));
  if (!relative && !isAdverbialTail(tokens, attributionLast + 1, end)) return null;
  if (contentWords(tokens, contentStart, contentEnd) < MIN_CONTENT_WORDS) return null;
  return { cue, subject, content: [first], boundary: attributionFirst, weight: cue.weight };
}

/** A later attribution that can cut an earlier candidate's content: where it starts, and the cut's last token. */
interface Cutter {
  /** Start offset of the attribution's first token. */
  at: number;
  /** The last word token before it: an earlier content is cut to end there. */
  end: number;
}

/**
 * Whether a candidate's attribution is a separate one that cuts the content of an earlier candidate running
 * over it, and where the cut falls. None of this depends on the earlier candidate, so it is decided once per
 * candidate: checking every later candidate again for every earlier one made a long sentence of many cues
 * quadratic (an endless "… said … said …" sentence of 100,000 characters took 7 seconds).
 */
function cutterOf(tokens: Token[], other: Candidate): Cutter | null {
  const boundaryToken = tokens[other.boundary];
  if (!boundaryToken) return null;
  // "Clinton says she hopes to win, but she knows that …": a pronoun speaking after ", but" is most often
  // the same speaker going on, so the first content runs on; a new name or description starts a new one.
  if (!other.cue.participle && other.subject && wordClass(tokens[other.subject.first]) === 'pron') return null;
  // A separate attribution follows a comma, a semicolon, a dash, or ", and/but".
  let k = other.boundary - 1;
  if (CLAUSE_JOINERS.has(tokens[k]?.text.toLowerCase() ?? '')) k--;
  while (isPunct(tokens[k], '”"’')) k--; // `…far less,” one of the prosecutors said`
  const joinedByConjunction = CLAUSE_JOINERS.has(boundaryToken.text.toLowerCase());
  if (joinedByConjunction) k = other.boundary;
  else if (!isPunct(tokens[k], ',;—–') && !isPunct(boundaryToken, ',;—–')) return null;
  // The cut ends before the separator: at k - 1 when k is the separator or conjunction, at k when the
  // boundary itself is the comma ("acknowledged Sanders’ success, saying …" keeps "success").
  let end = joinedByConjunction || isPunct(tokens[k], ',;—–') ? k - 1 : k;
  while (end >= 0 && !tokens[end]?.word) end--;
  return { at: boundaryToken.start, end };
}

/**
 * Cuts each candidate's content where the first later, separate attribution inside it begins (later in the
 * order the cues were found). `lowestFrom[i]` is the lowest `at` of cutters i and after: once it is past a
 * content's end, no later cutter can fall inside it.
 */
function cutAtLaterAttributions(tokens: Token[], candidates: Candidate[]): void {
  const cutters: Array<{ index: number; cut: Cutter }> = [];
  candidates.forEach((c, index) => {
    const cut = cutterOf(tokens, c);
    if (cut) cutters.push({ index, cut });
  });
  const lowestFrom: number[] = new Array(cutters.length + 1).fill(Number.POSITIVE_INFINITY);
  for (let i = cutters.length - 1; i >= 0; i--)
    lowestFrom[i] = Math.min(cutters[i]?.cut.at ?? 0, lowestFrom[i + 1] ?? 0);
  let first = 0; // the first cutter found after the current candidate
  for (let k = 0; k < candidates.length; k++) {
    while (first < cutters.length && (cutters[first]?.index ?? 0) <= k) first++;
    const last = (candidates[k] as Candidate).content.at(-1);
    if (!last) continue;
    for (let i = first; i < cutters.length && (lowestFrom[i] ?? 0) < last.end; i++) {
      const { at, end } = (cutters[i] as { cut: Cutter }).cut;
      if (at <= last.start || at >= last.end) continue;
      const endToken = tokens[end];
      if (endToken && endToken.end > last.start) last.end = endToken.end;
      break;
    }
  }
}

/** Quote fragments of the document, sorted, for fast "is this position quoted?" checks. */
const fragmentCache = new WeakMap<TextDoc, Span[]>();

function quotedFragments(doc: TextDoc): Span[] {
  let fragments = fragmentCache.get(doc);
  if (!fragments) {
    fragments = doc.passages.flatMap((p) => p.fragments).sort((a, b) => a.start - b.start);
    fragmentCache.set(doc, fragments);
  }
  return fragments;
}

/** The quote fragments overlapping a span (fragments are sorted and do not overlap each other). */
function fragmentsOverlapping(doc: TextDoc, span: Span): Span[] {
  const fragments = quotedFragments(doc);
  let lo = 0;
  let hi = fragments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((fragments[mid]?.end ?? 0) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: Span[] = [];
  for (let i = lo; i < fragments.length && (fragments[i]?.start ?? Infinity) < span.end; i++) {
    const f = fragments[i] as Span;
    if (overlaps(f, span)) out.push(f);
  }
  return out;
}

function insideQuote(doc: TextDoc, pos: number): boolean {
  const fragments = quotedFragments(doc);
  let lo = 0;
  let hi = fragments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = fragments[mid] as Span;
    if (pos < f.start) hi = mid - 1;
    else if (pos >= f.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** Words after a closing quote mark that start an adverbial: `called Palin a “clown” on his radio show`. */
const TRAILING_ADVERBIAL =
  /^[\s,]*(?:on|in|at|during|before|after|when|while|as|repeatedly|again|last|this|yesterday|today|to|from|for)\b/i;

/** Verbs that give something a name: what follows the quoted name is the writer's ("called Palin a “clown” on …"). */
const NAMING = wordSet('call describe dub label brand term deem dismiss');

/** Ends a mixed content at its last quotation when only an adverbial follows it. */
function endAtLastQuotation(doc: TextDoc, span: Span): Span {
  const inside = doc.passages.filter((p) => p.closed && p.open >= span.start && p.end <= span.end + 1);
  const last = inside[inside.length - 1];
  if (!last || last.end >= span.end) return span;
  const rest = doc.text.slice(last.end, span.end);
  // A quoted verb phrase takes its own complement: vowed to “take our fight” to the states, decried the GOP for
  // “turning its back” on voters.
  const before = doc.text.slice(Math.max(span.start, last.open - 5), last.open);
  const firstQuoted = /^[“"'‘]?([\p{L}'’-]+)/u.exec(doc.text.slice(last.open, last.end))?.[1] ?? '';
  if (/\bto\s*$/i.test(before) || /^\p{Ll}+ing$/u.test(firstQuoted)) return span;
  // `calling it a “no-brainer” to prosecute`: an infinitive completes the phrase.
  if (/^[\s,]*to\s+(?!(?:the|a|an|his|her|their|its|our|my|your|this|that|these|those)\b)\p{Ll}/u.test(rest))
    return span;
  return TRAILING_ADVERBIAL.test(rest) ? { start: span.start, end: last.end } : span;
}

function toQuote(doc: TextDoc, c: Candidate): RawQuote | null {
  // Only a phrase complement ends at its quotation ("called Palin a “clown” on his show"); a clause goes on.
  const content = c.content
    .map((s) =>
      trimSpan(doc.text, c.phrase && NAMING.has(c.cue.lemma) ? endAtLastQuotation(doc, s) : s, /[\s,;:.—–\-“”"]/),
    )
    .filter((s) => s.end > s.start);
  if (content.length === 0) return null;
  const quoted = content.flatMap((s) => fragmentsOverlapping(doc, s));
  const covered = (s: Span) => quoted.some((f) => f.start <= s.start + 1 && s.end <= f.end + 1);
  const kind = quoted.length === 0 ? 'indirect' : content.every(covered) ? 'direct' : 'mixed';
  return {
    kind,
    content,
    cue: { start: c.cue.start, end: c.cue.end },
    speaker: c.subject ? { start: c.subject.start, end: c.subject.end } : null,
    confidence: Math.round(c.weight * 100) / 100,
    ...(c.subject?.appositive ? { appositive: c.subject.appositive } : {}),
  };
}

/** The direct quotes (sorted by cue position) whose cue lies in the sentence. */
function directWithCueIn(byCue: RawQuote[], s: Sentence): RawQuote[] {
  let lo = 0;
  let hi = byCue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byCue[mid]?.cue?.start ?? 0) < s.start) lo = mid + 1;
    else hi = mid;
  }
  const out: RawQuote[] = [];
  for (let i = lo; i < byCue.length && (byCue[i]?.cue?.start ?? Infinity) < s.end; i++) {
    const q = byCue[i] as RawQuote;
    if (q.speaker) out.push(q);
  }
  return out;
}

function sentenceCandidates(doc: TextDoc, s: Sentence, direct: RawQuote[], directCues: Set<number>): Candidate[] {
  const tokens = tokensIn(doc, s.start, s.end);
  const candidates: Candidate[] = [];
  const directHere = directWithCueIn(direct, s);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t?.word || insideQuote(doc, t.start)) continue;
    const cue = cueAt(tokens, i) ?? implicitCueAt(doc, tokens, i);
    if (!cue || directCues.has(cue.start)) continue;
    // A participle after a direct quote in this sentence speaks for that quote's speaker.
    const before = directHere.filter((q) => (q.cue?.start ?? 0) < cue.start).pop();
    const earlierSpeaker = before?.speaker ? speakerSubject(before.speaker) : null;
    const candidate = attributeCue(doc, tokens, cue, candidates, earlierSpeaker);
    if (candidate) candidates.push(candidate);
    i = Math.max(i, cue.lastIndex);
  }
  cutAtLaterAttributions(tokens, candidates);
  return candidates;
}

/** Whether a span lies inside one of the sorted spans (they may overlap; a short scan back suffices). */
function containedIn(sorted: Span[], span: Span): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid]?.start ?? 0) <= span.start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && lo - i <= 8; i--) {
    const d = sorted[i] as Span;
    if (d.start <= span.start && span.end <= d.end) return true;
  }
  return false;
}

/** A span used as a subject (only its offsets matter once the speaker is chosen). */
function speakerSubject(span: Span): Subject {
  return { start: span.start, end: span.end, first: -1, last: -1 };
}

/** Sentences, merged where a quoted passage runs over a sentence boundary (a quote of several sentences). */
function clauseGroups(doc: TextDoc): Sentence[] {
  const groups: Sentence[] = [];
  for (const s of doc.sentences) {
    const previous = groups[groups.length - 1];
    const spansBoundary = insideQuote(doc, s.start) && insideQuote(doc, s.start - 1);
    if (previous && previous.paragraph === s.paragraph && spansBoundary) previous.end = s.end;
    else groups.push({ ...s });
  }
  return groups;
}

export function findReportedSpeech(doc: TextDoc, direct: RawQuote[]): RawQuote[] {
  const directCues = new Set(direct.flatMap((q) => (q.cue ? [q.cue.start] : [])));
  const directContent = direct.flatMap((q) => q.content).sort((a, b) => a.start - b.start);
  const byCue = direct.filter((q) => q.cue).sort((a, b) => (a.cue?.start ?? 0) - (b.cue?.start ?? 0));
  const found: RawQuote[] = [];
  for (const s of clauseGroups(doc)) {
    for (const c of sentenceCandidates(doc, s, byCue, directCues)) {
      const quote = toQuote(doc, c);
      if (!quote) continue;
      // The same quotation already attributed by the direct pass.
      if (quote.content.every((span) => containedIn(directContent, span))) continue;
      found.push(quote);
    }
  }
  return found;
}
