import { quotedNameEnd } from '../text/quoted-name';
import { isAbbreviationDot, type Token } from '../text/tokens';
import { isIrregularPast, looksLikeVerb, wordClass } from '../text/word-class';
import { type Cue, cueAt } from './cue';
import { makeCue } from './cue-base';
import { governingSubject, mainVerbSubject } from './main-verb';
import { type Subject, subjectBefore } from './subject';
import { subjectAfter } from './subject-after';

/**
 * An attribution clause next to a quotation: "he said", "said Smith, a spokesman", "Smith told reporters
 * in an interview", "the report quoted one official as saying". Found in the short stretch of text between
 * quote marks and the sentence boundary.
 */
export interface AttributionClause {
  cue: Cue;
  subject: Subject | null;
  /** Token index of the clause's first and last tokens (subject, cue, listener and adverbials included). */
  first: number;
  last: number;
  /** Last token of the cue and subject themselves, before any adverbial. */
  coreLast: number;
}

const MAX_APPOSITIVE_WORDS = 30;

const QUOTING_VERBS = /^(?:quoted|cited|quoting|citing|quotes|cites)$/i;

function isWord(t: Token | undefined): boolean {
  return t?.word === true;
}

/** Extends a clause over a listener and adverbials up to the next punctuation ("told the group in Iowa"). */
function extendOverAdverbials(tokens: Token[], last: number, ceiling: number): number {
  let end = last;
  for (let i = last + 1; i <= ceiling && i - last <= 12; i++) {
    const t = tokens[i];
    if (!isWord(t)) {
      if (isAbbreviationDot(tokens, i)) continue;
      break;
    }
    end = i;
  }
  return end;
}

/** The closing bracket of a short bracketed tag right after `last` ("(D-Conn.)", "(R)"), or `last`. */
function bracketedTagEnd(tokens: Token[], last: number, to: number): number {
  if (tokens[last + 1]?.text !== '(' || !/^\p{Lu}/u.test(tokens[last + 2]?.text ?? '')) return last;
  for (let i = last + 3; i <= Math.min(to, last + 6); i++) if (tokens[i]?.text === ')') return i;
  return last;
}

/**
 * The first attribution clause in tokens[from..to], at most `maxLead` words after `from`
 * (so that "he said" right after a closing quote mark is found, but not a cue deep in other text).
 */
export function attributionAfter(tokens: Token[], from: number, to: number, maxLead = 10): AttributionClause | null {
  const signed = dashSignature(tokens, from, to);
  if (signed) return signed;
  let words = 0;
  let afterComma = false;
  let appositiveWords = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t) break;
    if (/^[.!?;“"]$/.test(t.text) && i > from && !isAbbreviationDot(tokens, i)) break;
    // "an intelligence source, who was not authorized to speak on the record, told": a relative clause
    // between commas describes the subject and does not count against the lead.
    if (t.text === ',' && /^(?:who|whose)$/i.test(tokens[i + 1]?.text ?? '')) {
      let close = i + 2;
      while (close <= Math.min(to, i + 20) && !/^[,.;“"]$/.test(tokens[close]?.text ?? '')) close++;
      if (close <= to && tokens[close]?.text === ',') {
        i = close;
        continue;
      }
    }
    // Words of an appositive after the name ("James B. Comey Jr., the director of the Federal Bureau of
    // Investigation, said") have a budget of their own.
    if (t.text === ',' && words > 0) afterComma = true;
    if (t.word) {
      if (afterComma) appositiveWords++;
      else words++;
    }
    if (words > maxLead || appositiveWords > MAX_APPOSITIVE_WORDS) break;
    const cue = cueAt(tokens, i);
    // A thought verb after a quotation starts the next sentence (`“…” She thinks so.`), not an attribution.
    if (
      !cue ||
      cue.lemma === 'according to' ||
      (cue.cls === 'thought' && !/^[,?!]$/.test(tokens[from - 2]?.text ?? ''))
    )
      continue;
    const firstWord = tokens.findIndex((x, k) => k >= from && x.word);
    const subject =
      (firstWord >= 0 && firstWord < cue.index ? subjectBefore(tokens, cue.index, firstWord) : null) ??
      subjectAfter(tokens, cue.lastIndex, to);
    let subjectLast = subject && subject.last > cue.lastIndex ? subject.last : cue.lastIndex;
    // "said Grimm, a Donald Trump supporter": the appositive belongs to the attribution.
    const appositiveEnd = subject?.appositive?.end;
    if (appositiveEnd !== undefined)
      while (subjectLast < to && (tokens[subjectLast + 1]?.end ?? Infinity) <= appositiveEnd) subjectLast++;
    // "said Sen. Richard Blumenthal (D-Conn.), who …": a party tag in brackets belongs to the name.
    subjectLast = bracketedTagEnd(tokens, subjectLast, to);
    let first = subject && subject.first < cue.index ? subject.first : cue.index;
    // "the report quoted one official as saying": the quoting clause is part of the attribution.
    if (
      tokens[cue.index]?.text.toLowerCase() === 'as' &&
      subject &&
      QUOTING_VERBS.test(tokens[subject.first - 1]?.text ?? '')
    ) {
      first = Math.max(from, subject.first - 5);
      while (first < subject.first - 1 && !tokens[first]?.word) first++;
    }
    // "Merkel told reporters after the meeting": the listener belongs to the attribution's core.
    let coreLast = subjectLast;
    let last = subjectLast;
    if (cue.cls === 'listener') {
      // `told "Fox and Friends" on Monday`: a quoted show or paper is the listener.
      const showEnd = quotedNameEnd(tokens, coreLast + 1);
      if (showEnd >= 0 && showEnd <= to) {
        coreLast = showEnd;
        last = showEnd;
      }
      while (
        coreLast < to &&
        coreLast - subjectLast < 5 &&
        tokens[coreLast + 1]?.word &&
        wordClass(tokens[coreLast + 1]) !== 'prep'
      )
        coreLast++;
    }
    return { cue, subject, first, last: extendOverAdverbials(tokens, last, to), coreLast };
  }
  return implicitAttributionAfter(tokens, from, to);
}

/**
 * `“…,” Hannity pressed.` / `“…?” pressed Hannity.`: a quotation closed on a comma, question or exclamation
 * mark, then a name and a past-tense verb we have no word for, and the sentence ends (after at most a few
 * adverbial words). The shape alone says the verb reports the quotation.
 */
function implicitAttributionAfter(tokens: Token[], from: number, to: number): AttributionClause | null {
  if (!/^[”"]$/.test(tokens[from - 1]?.text ?? '') || !/^[,?!]$/.test(tokens[from - 2]?.text ?? '')) return null;
  let first = from;
  while (first <= to && !isWord(tokens[first])) first++;
  for (let v = first; v <= to && v - first <= 5; v++) {
    const t = tokens[v];
    if (!t || !isWord(t)) return null;
    if (!/^\p{Ll}{3,}ed$/u.test(t.text)) continue;
    const subject = v > first ? subjectBefore(tokens, v, first) : subjectAfter(tokens, v, to);
    if (
      !subject ||
      (v > first && subject.first !== first) ||
      !/^\p{Lu}|^(?:he|she|they|i|we|the|a|an|one)$/u.test(tokens[subject.first]?.text ?? '')
    )
      return null;
    const last = Math.max(v, subject.last);
    let words = 0;
    for (let k = last + 1; k <= to; k++) {
      const w = tokens[k];
      if (w && /^[.;:!?]$/.test(w.text) && !isAbbreviationDot(tokens, k)) break;
      if (w?.word) words++;
    }
    if (words > 4) return null;
    const cue: Cue = {
      start: t.start,
      end: t.end,
      index: v,
      lastIndex: v,
      lemma: t.text.toLowerCase(),
      cls: 'speech',
      weight: 0.6,
      participle: false,
    };
    return {
      cue,
      subject,
      first: Math.min(v, subject.first),
      last: extendOverAdverbials(tokens, last, to),
      coreLast: last,
    };
  }
  return null;
}

/**
 * The attribution clause that introduces a quotation, searching backwards from just before the opening mark:
 * "Smith said:", "Scott added:", "he told reporters,", "Brinkley, a historian, recalled,". Only the last
 * few words before the mark may follow the cue.
 */
/** How far before an opening mark its introducing cue may sit. */
const MAX_LEAD_TOKENS = 10;
/** Further back only across an adverbial: "said in an op-ed before the 2014 Benghazi hearing, “…”". */
const MAX_ADVERBIAL_LEAD_TOKENS = 14;

/** A prepositional phrase with no verb in it: "in an op-ed piece before a 2014 Senate hearing". */
function isPrepositionalLead(tokens: Token[], from: number, to: number): boolean {
  if (wordClass(tokens[from]) !== 'prep') return false;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t?.word) continue;
    const c = wordClass(t);
    // (No verb test: "hearing" and "piece" look like verbs to a word list.)
    if (c === 'aux' || c === 'pron' || c === 'sub' || c === 'rel' || t.text.toLowerCase() === 'that') return false;
  }
  return true;
}

export function attributionBefore(tokens: Token[], from: number, to: number): AttributionClause | null {
  for (let i = to; i >= from && to - i <= MAX_ADVERBIAL_LEAD_TOKENS; i--) {
    const cue = cueAt(tokens, i);
    if (!cue) continue;
    // (An opening "Said NAME, DESCRIPTION," may run longer: its words are the speaker's, checked below.)
    if (to - i > MAX_LEAD_TOKENS && i !== from && !isPrepositionalLead(tokens, cue.lastIndex + 1, to - 1)) continue;
    // A thought verb introduces a quotation only right before it (`she thought, “…”`), not across words
    // (`people who feel that way, “but not …”`).
    if (cue.cls === 'thought' && cue.lastIndex < to - 1) continue;
    // "Said Dorothy Poynter, who grew up with Ali, “…”": an inverted subject is part of the attribution.
    const inverted = i === from ? subjectAfter(tokens, cue.lastIndex, to) : null;
    const afterSubject = inverted ? skipAppositive(tokens, inverted.last, inverted.appositive, to) : cue.lastIndex;
    const between = tokens.slice(afterSubject + 1, to + 1);
    const wordsBetween = between.filter(isWord).length;
    const lastBetween = between[between.length - 1]?.text ?? '';
    // "announced on her Facebook page, in all capital letters, "…"": adverbials may sit between.
    if (wordsBetween > 12 || (between.length > 0 && !/^[:,—–-]$/.test(lastBetween) && wordsBetween > 0)) return null;
    // "Sanders compared himself to Clinton, saying, “…”": a participle's speaker is its main verb's subject.
    const subject =
      inverted ??
      (cue.participle ? mainVerbSubject(tokens, cue.index, from) : null) ??
      subjectBefore(tokens, cue.index, from) ??
      coordinatedSubject(tokens, cue.index, from) ??
      // (After a participle the next words are its object: "…, telling reporters, “…”".)
      (cue.participle ? null : subjectAfter(tokens, cue.lastIndex, to));
    const first = subject && subject.first < cue.index ? subject.first : cue.index;
    return { cue, subject, first, last: to, coreLast: Math.max(cue.lastIndex, subject?.last ?? 0) };
  }
  return null;
}

/** Words that label a line rather than name a speaker: "Update:", "Photo:", "Editor's note:". */
const NOT_SPEAKER_LABELS =
  /^(?:update|updated|watch|read|photo|video|note|source|related|breaking|exclusive|more|also)$/i;

/**
 * A speaker's name as a label before the quotation, after a dash or "from" in a roundup: `… IN OTHER STATES -
 * Michael P. McDonald: “…”`, `More from Jones: “…”`. The colon is the cue.
 */
export function speakerLabelBefore(tokens: Token[], from: number, to: number): AttributionClause | null {
  if (tokens[to]?.text !== ':' || to - 1 < from) return null;
  let first = to - 1;
  // ("Frank Newport and Jim Harter:": two names joined by "and".)
  while (
    first > from &&
    to - first <= 8 &&
    (wordClass(tokens[first - 1]) === 'cap' ||
      (tokens[first - 1]?.text === '.' && isAbbreviationDot(tokens, first - 1)) ||
      (/^and$/i.test(tokens[first - 1]?.text ?? '') && wordClass(tokens[first - 2]) === 'cap'))
  )
    first--;
  const before = tokens[first - 1]?.text ?? '';
  const opens = first === from || /^(?:[-—–]|from)$/i.test(before);
  if (!opens || wordClass(tokens[to - 1]) !== 'cap' || NOT_SPEAKER_LABELS.test(tokens[first]?.text ?? '')) return null;
  const cue = makeCue(tokens, to, to, ':', 'speech', 0.7);
  const subject = { start: tokens[first]?.start ?? 0, end: tokens[to - 1]?.end ?? 0, first, last: to - 1 };
  return { cue, subject, first, last: to, coreLast: to };
}

/** "He laughed and said, “…”", "Ortiz paused, then said: “…”": the subject of the verb before "and"/"then". */
function coordinatedSubject(tokens: Token[], cueIndex: number, from: number): Subject | null {
  if (!/^(?:and|then)$/i.test(tokens[cueIndex - 1]?.text ?? '')) return null;
  let verb = cueIndex - 2;
  const afterComma = tokens[verb]?.text === ',';
  if (afterComma) verb--;
  const t = tokens[verb];
  if (!t || !(looksLikeVerb(t) || isIrregularPast(t.text.toLowerCase()) || cueAt(tokens, verb)))
    // ("The president noted that he taught law, and added: …": after ", and" the clause before may end in an
    // object; its verb's subject speaks.)
    return mainVerbSubject(tokens, cueIndex, from);
  const subject = verb > from ? subjectBefore(tokens, verb, from) : null;
  return subject && governingSubject(tokens, subject, from);
}

function skipAppositive(tokens: Token[], last: number, appositive: { end: number } | undefined, to: number): number {
  let i = last;
  if (appositive) while (i < to && (tokens[i + 1]?.end ?? Infinity) <= appositive.end) i++;
  return i;
}

/**
 * A quotation signed with a dash and a name, as in collected reader comments: `“…” ― Sonya Herridge`, or on a
 * line of its own below it (`- Clinton`). The name must be all that follows up to the next quotation or the
 * paragraph end.
 */
export function dashSignature(tokens: Token[], from: number, to: number): AttributionClause | null {
  const dash = tokens[from];
  if (!dash || !/^[―—–-]$/.test(dash.text)) return null;
  const subject = subjectAfter(tokens, from, to);
  if (!subject || !/^\p{Lu}/u.test(tokens[subject.first]?.text ?? '')) return null;
  // (Only the name, or the name and a short description after a comma — "- Michelle Marks, Philadelphia." —:
  // "– An immigrant himself –." wrapped in dashes is a subheading, not a signature.)
  const described = tokens[subject.last + 1]?.text === ',' && isShortDescription(tokens, subject.last + 2, to);
  for (let i = subject.last + 1; i <= to && !described; i++)
    if (tokens[i]?.word || /^[―—–-]$/.test(tokens[i]?.text ?? '')) return null;
  const cue = {
    start: dash.start,
    end: dash.end,
    index: from,
    lastIndex: from,
    lemma: 'sign',
    cls: 'speech' as const,
    weight: 0.8,
    participle: false,
  };
  return { cue, subject, first: from, last: to, coreLast: subject.last };
}

/** A place or a short description with no clause in it: "Philadelphia", "tweeting after the speech". */
function isShortDescription(tokens: Token[], from: number, to: number): boolean {
  const words = tokens.slice(from, to + 1).filter((t) => t.word);
  return (
    words.length > 0 &&
    words.length <= 8 &&
    !words.some((t) => ['aux', 'pron', 'rel'].includes(wordClass(t))) &&
    !tokens.slice(from, to + 1).some((t) => /^[―—–-]$/.test(t.text))
  );
}

/** Words of tokens[from..to] that are not punctuation. */
export function wordCount(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = Math.max(0, from); i <= to && i < tokens.length; i++) if (tokens[i]?.word) n++;
  return n;
}
