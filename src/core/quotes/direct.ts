import { indexAt, lowerBound, type TextDoc, tokensIn } from '../text/document';
import type { QuotedPassage } from '../text/quote-marks';
import { quotedNameEnd } from '../text/quoted-name';
import type { Paragraph } from '../text/segment';
import type { Token } from '../text/tokens';
import { looksLikeVerb, wordClass } from '../text/word-class';
import type { Span } from '../types';
import {
  type AttributionClause,
  attributionAfter,
  attributionBefore,
  dashSignature,
  speakerLabelBefore,
  wordCount,
} from './attribution';
import { introductionAtEnd } from './block-quote';
import { colonSentenceAttribution } from './colon-lead';
import { cueAt } from './cue';
import { mainVerbSubject } from './main-verb';
import type { RawQuote } from './raw-quote';
import { hasVerb } from './reported/clause-ends';
import { ADVERBIAL_START } from './reported/forward';
import { insideQuote } from './reported/quoted-spans';

/**
 * Direct quotes. Quoted passages of one paragraph are grouped into a unit when only an attribution or
 * nothing stands between them ("A," she said. "B." → one quote, two fragments), then the unit is
 * attributed from between its passages, after its last one or before its first one. A unit whose sentence
 * has other words around it (`He called it "a disaster"`) is a partial quote: the reported-speech pass
 * owns those. Short unattributed passages inside a sentence are scare quotes, titles or nicknames.
 */

interface Unit {
  passages: QuotedPassage[];
  attribution: AttributionClause | null;
  /** Attribution found before the first passage (`Smith said: "…"`). */
  before: boolean;
}

/** Index of the first token starting at or after `pos`. */
const tokenAt = (tokens: Token[], pos: number): number => lowerBound(tokens, pos);

/**
 * The end of the sentence a passage closes. When the quotation ends with a full stop and the next sentence
 * is only its attribution (`"… missing." Trump said.`), that sentence belongs to it.
 */
function quoteSentenceEnd(doc: TextDoc, passage: QuotedPassage, paragraph: Paragraph): number {
  const end = sentenceEnd(doc, Math.max(passage.end - 1, passage.open), paragraph);
  if (!passage.closed || end > passage.end + 1) return end;
  const current = indexAt(doc.sentences, Math.max(0, end - 1));
  const next = current >= 0 ? doc.sentences[current + 1] : undefined;
  if (!next || next.start >= paragraph.end || next.end > paragraph.end) return end;
  const words = doc.text.slice(next.start, next.end).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length > 30) return end;
  const tokens = tokensIn(doc, next.start, next.end);
  const attribution = attributionAfter(tokens, 0, tokens.length - 1, 4);
  if (!attribution?.subject || attribution.first !== 0) return end;
  // `"…?" Trump said, looking out on the crowd.`: a longer sentence counts when a comma closes the attribution,
  // or when an adverbial follows it: `"…?" Lichtman said about McCain's effort to …`.
  const closed = /^[,;—–]$/.test(tokens[Math.max(attribution.coreLast, attribution.last) + 1]?.text ?? '');
  const adverbial = ADVERBIAL_OPENERS.test(tokens[attribution.coreLast + 1]?.text ?? '');
  return words.length <= 6 || closed || adverbial ? next.end : end;
}

/** End of the sentence that contains `pos`, within the paragraph. */
function sentenceEnd(doc: TextDoc, pos: number, paragraph: Paragraph): number {
  const s = doc.sentences[indexAt(doc.sentences, pos)];
  return s ? Math.min(s.end, paragraph.end) : paragraph.end;
}

function sentenceStart(doc: TextDoc, pos: number, paragraph: Paragraph): number {
  const s = doc.sentences[indexAt(doc.sentences, pos)];
  return s ? Math.max(s.start, paragraph.start) : paragraph.start;
}

const CONNECTORS = /^(?:but|and|then|so|or)$/i;

/** Words in the stretch that the attribution does not account for; "but" and "and" do not count. */
function leftoverWords(tokens: Token[], from: number, to: number, a: AttributionClause | null): number {
  let n = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i];
    if (!t?.word || (a && i >= a.first && i <= a.last) || CONNECTORS.test(t.text)) continue;
    n++;
  }
  return n;
}

/** After an attribution, a new clause may follow a comma (", adding that …", ", who …", ", but …"). */
/** Words that open an adverbial after "he said": "in August after …", "when asked …", "as confetti fell". */
const ADVERBIAL_OPENERS =
  /^(?:in|on|at|during|after|before|when|while|as|since|until|from|with|without|by|to|of|about|for|through|outside|inside|near|upon|matter-of-factly)$/i;

/**
 * After the attribution, what follows does not make the quote part of a longer clause: a comma-separated
 * clause (", adding …", ", who …") or an adverbial ("said in August after …").
 */
function tailIsSeparateClause(tokens: Token[], a: AttributionClause, to: number): boolean {
  // A quoted listener is part of the attribution: `…," Fiorina told "Fox and Friends," reminding …`.
  const nameEnd = a.cue.cls === 'listener' && a.last === a.coreLast ? quotedNameEnd(tokens, a.last + 1) : -1;
  if (nameEnd >= 0) {
    const after = tokens[nameEnd + 1];
    return nameEnd >= to || tokens[nameEnd - 1]?.text === ',' || /^[,;—]$/.test(after?.text ?? '');
  }
  // `said Beck, who said there were “…”`: a relative clause on the speaker is about them, not the quote.
  const last = a.subject && a.subject.last > a.cue.lastIndex ? a.subject.last : -1;
  if (last >= 0 && tokens[last + 1]?.text === ',' && /^(?:who|whose)$/i.test(tokens[last + 2]?.text ?? '')) return true;
  const next = tokens[a.last + 1];
  // (`"…," Rubio said: That Cruz is …` — a colon after the attribution introduces more of the statement.)
  const colonClause = next?.text === ':' && tokens[a.last + 2]?.word === true;
  if (a.last >= to || next?.text === ',' || next?.text === ';' || next?.text === '—' || colonClause) return true;
  const afterCore = tokens[a.coreLast + 1];
  return afterCore?.word === true && ADVERBIAL_OPENERS.test(afterCore.text);
}

/**
 * `Canova wrote, “It’s time …,” and shared a link`: after an introduced quotation that closes on a comma,
 * "and" + a verb is the speaker's next action, not a clause the quotation is part of.
 */
function coordinatedPredicate(doc: TextDoc, tokens: Token[], passage: QuotedPassage, from: number): boolean {
  return (
    endsWithComma(doc, passage) &&
    /^(?:and|but|then)$/i.test(tokens[from]?.text ?? '') &&
    looksLikeVerb(tokens[from + 1])
  );
}

/**
 * `he yelled “You lie!” at the president`, `protesters chanted “What curfew?” and kept going`: a whole
 * utterance (capitalized, with its own stop) after a speech verb, followed by an adverbial or the speaker's
 * next action, stands alone; the words after it are the writer's.
 */
function utteranceThenAdjunct(
  doc: TextDoc,
  tokens: Token[],
  passage: QuotedPassage,
  attribution: AttributionClause,
  from: number,
): boolean {
  if (attribution.cue.cls !== 'speech') return false;
  const last = passage.fragments[passage.fragments.length - 1];
  const first = passage.fragments[0];
  if (!first || !last) return false;
  if (!/^\p{Lu}/u.test(doc.text.slice(first.start, first.end).trimStart())) return false;
  if (!/[.!?,]\s*$/.test(doc.text.slice(last.start, last.end))) return false;
  const next = tokens[from]?.text ?? '';
  if (/^(?:and|but|then)$/i.test(next)) return looksLikeVerb(tokens[from + 1]);
  return ADVERBIAL_OPENERS.test(next);
}

/**
 * `…,” said Beck, who said there were “…”`: a relative clause in the gap with a reporting verb of its own
 * starts a statement of its own.
 */
function relativeCueBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i <= to; i++) {
    if (/^(?:who|which)$/i.test(tokens[i - 1]?.text ?? '') && cueAt(tokens, i)) return true;
  }
  return false;
}

/**
 * `“A,” Blige sings to Clinton before asking her, “B”`: a second reporting verb after the attribution introduces
 * the next quotation as a statement of its own.
 */
function secondCueBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    const cue = cueAt(tokens, i);
    if (cue && (cue.cls === 'speech' || cue.cls === 'listener' || cue.lemma === 'ask')) return true;
  }
  return false;
}

/**
 * `"… my opinion." Reid said both men are "non-entities,"`: after a quotation that ends its own sentence, a
 * name and cue followed by a clause (one with a verb, up to the next quotation) start a new statement; that
 * cue does not attribute the quotation before it.
 */
function startsOwnStatement(
  doc: TextDoc,
  tokens: Token[],
  passage: QuotedPassage,
  a: AttributionClause,
  to: number,
): boolean {
  const last = passage.fragments[passage.fragments.length - 1];
  if (!last || !/[.!?]\s*$/.test(doc.text.slice(last.start, last.end))) return false;
  if (!a.subject || a.subject.first > a.cue.index) return false;
  const next = tokens[a.coreLast + 1];
  if (next?.word !== true || ADVERBIAL_OPENERS.test(next.text) || ADVERBIAL_START.has(next.text.toLowerCase()))
    return false;
  return next.text.toLowerCase() === 'that' || hasVerb(tokens, a.coreLast + 1, to);
}

/** The attribution right after a closed passage, unless it opens a statement of its own before `following`. */
function attributionAfterPassage(
  doc: TextDoc,
  tokens: Token[],
  passage: QuotedPassage,
  to: number,
  following: QuotedPassage | undefined,
): AttributionClause | null {
  if (!passage.closed || isNameInside(doc, tokens, passage)) return null;
  const a = attributionAfter(tokens, tokenAt(tokens, passage.end), to);
  return a && !(following && startsOwnStatement(doc, tokens, passage, a, to)) ? a : null;
}

/**
 * `Charles "Chuck" Grassley said`: a short capitalized passage that ends with no stop or comma and runs straight
 * into a name is a nickname, not a quotation the name that follows attributes.
 */
function isNameInside(doc: TextDoc, tokens: Token[], passage: QuotedPassage): boolean {
  const last = passage.fragments[passage.fragments.length - 1];
  if (!last || passage.fragments.length > 1) return false;
  const words = doc.text.slice(last.start, last.end).trim();
  if (!/^(?:\p{Lu}[\p{L}'’.-]*\s?){1,3}$/u.test(words)) return false;
  return wordClass(tokens[tokenAt(tokens, passage.end)]) === 'cap';
}

function introducesNext(tokens: Token[], attribution: AttributionClause, gapLast: number): boolean {
  return attribution.last >= gapLast - 1 && /^[,:—–-]$/.test(tokens[gapLast]?.text ?? '');
}

function endsWithComma(doc: TextDoc, passage: QuotedPassage): boolean {
  const last = passage.fragments[passage.fragments.length - 1];
  return last !== undefined && /,\s*$/.test(doc.text.slice(last.start, last.end));
}

function groupUnits(doc: TextDoc, paragraph: Paragraph, passages: QuotedPassage[], tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  let current: Unit | null = null;
  for (let k = 0; k < passages.length; k++) {
    const passage = passages[k] as QuotedPassage;
    const next = passages[k + 1];
    if (!current) current = { passages: [passage], attribution: null, before: false };
    else current.passages.push(passage);
    const gapEnd = next ? next.open : quoteSentenceEnd(doc, passage, paragraph);
    const from = tokenAt(tokens, passage.end);
    const to = tokenAt(tokens, gapEnd) - 1;
    let attribution = attributionAfterPassage(doc, tokens, passage, to, next);
    // `"A?" He answered, "B."`: an attribution ending in a comma or colon right before the next passage
    // introduces that passage, unless this one ends with a comma (the split quote `"A," he said, "B."`).
    if (attribution && next && introducesNext(tokens, attribution, to) && !endsWithComma(doc, passage))
      attribution = null;
    if (attribution && !current.attribution) current.attribution = attribution;
    // Join the next passage when nothing but this attribution (or nothing at all) stands between them and
    // the next passage does not carry its own attribution.
    // `“A,” Thiel wrote in a statement explaining why …, “but B.”`: a quotation closed on a comma and resumed in
    // lower case is one quotation, whatever describes the attribution in between.
    const resumed =
      next !== undefined &&
      attribution !== null &&
      endsWithComma(doc, passage) &&
      /^\p{Ll}/u.test(
        doc.text.slice(next.fragments[0]?.start ?? next.open, (next.fragments[0]?.start ?? next.open) + 1),
      ) &&
      tokens[to]?.text === ',';
    const joinable =
      next !== undefined &&
      passage.closed &&
      (leftoverWords(tokens, from, to, attribution) === 0 || resumed) &&
      (attribution !== null || wordCount(tokens, from, to) === 0) &&
      (attribution === null || current.attribution === attribution) &&
      !relativeCueBetween(tokens, from, to) &&
      !(attribution && secondCueBetween(tokens, attribution.coreLast + 1, to)) &&
      !ownAttributionAfter(doc, paragraph, tokens, next, passages[k + 2]);
    if (!joinable) {
      units.push(current);
      current = null;
    }
  }
  if (current) units.push(current);
  return units;
}

function ownAttributionAfter(
  doc: TextDoc,
  paragraph: Paragraph,
  tokens: Token[],
  passage: QuotedPassage,
  following: QuotedPassage | undefined,
): boolean {
  const end = following ? following.open : quoteSentenceEnd(doc, passage, paragraph);
  const last = tokenAt(tokens, end) - 1;
  const attribution = attributionAfterPassage(doc, tokens, passage, last, following);
  if (!attribution) return false;
  // `He added, "…"` right before the following passage introduces that passage, not this one.
  return !(following !== undefined && introducesNext(tokens, attribution, last) && !endsWithComma(doc, passage));
}

function toSpan(s: Span): Span {
  return { start: s.start, end: s.end };
}

interface Judged {
  passages: QuotedPassage[];
  attribution: AttributionClause | null;
}

/**
 * Whether the unit stands alone in its sentences apart from its attribution; if its last passages sit inside
 * a longer clause (`… he said. "B" and other issues.`), the unit is shortened to the part that does.
 */
function judgeUnit(doc: TextDoc, paragraph: Paragraph, tokens: Token[], unit: Unit, floor: number): Judged | null {
  for (let n = unit.passages.length; n >= 1; n--) {
    const passages = unit.passages.slice(0, n);
    const first = passages[0] as QuotedPassage;
    const last = passages[n - 1] as QuotedPassage;
    // The lead starts at the sentence start, or after an earlier passage in the same sentence.
    const leadStart = Math.max(sentenceStart(doc, first.open, paragraph), floor);
    const lead = { from: tokenAt(tokens, leadStart), to: tokenAt(tokens, first.open) - 1 };
    const endOfSentence = quoteSentenceEnd(doc, last, paragraph);
    const nextPassage = unit.passages[n];
    const tail = {
      from: tokenAt(tokens, last.end),
      to: tokenAt(tokens, nextPassage ? nextPassage.open : endOfSentence) - 1,
    };
    let attribution = unit.attribution && unit.attribution.first < tail.to + 1 ? unit.attribution : null;
    // `Okafor wrote, “…,” and posted a photo`: a subjectless verb after "and" is the speaker's next action.
    if (
      attribution &&
      attribution.first === attribution.cue.index &&
      /^(?:and|but|then)$/i.test(tokens[attribution.cue.index - 1]?.text ?? '')
    )
      attribution = null;
    let before = false;
    // `Peabody said: "…," adding that …`: a participle after the quotation is the speaker's next statement
    // when a clause before the quotation introduces it.
    let participleTail = false;
    if (attribution?.cue.participle && attribution.first >= tail.from) {
      const introducing = attributionBefore(tokens, lead.from, lead.to);
      if (introducing) {
        attribution = introducing;
        before = true;
        participleTail = true;
      }
    }
    if (!attribution) {
      attribution =
        attributionBefore(tokens, lead.from, lead.to) ??
        speakerLabelBefore(tokens, lead.from, lead.to) ??
        colonSentenceAttribution(doc, tokens, lead);
      before = attribution !== null;
    }
    // ("Citing “obligations in Tennessee,” the spokeswoman told …": a participle's object, not a quotation that
    // stands alone; the reported pass reads it with the participle.)
    const participleLead =
      !before && lead.to === lead.from && /^\p{Lu}\p{Ll}+ing$/u.test(tokens[lead.from]?.text ?? '');
    const leadWords = participleLead
      ? 3
      : before
        ? wordCount(tokens, lead.from, (attribution?.first ?? lead.from) - 1)
        : wordCount(tokens, lead.from, lead.to);
    const tailAttribution = attribution && attribution.first >= tail.from ? attribution : null;
    const tailWords =
      nextPassage ||
      participleTail ||
      (before &&
        (coordinatedPredicate(doc, tokens, last, tail.from) ||
          (attribution !== null && utteranceThenAdjunct(doc, tokens, last, attribution, tail.from))))
        ? 0
        : tailAttribution
          ? wordCount(tokens, tail.from, tailAttribution.first - 1) +
            (tailIsSeparateClause(tokens, tailAttribution, tail.to)
              ? 0
              : wordCount(tokens, tailAttribution.last + 1, tail.to))
          : wordCount(tokens, tail.from, tail.to);
    // "But", "And", "On Friday" may open the sentence; more than that makes the quote part of a clause,
    // unless an introductory phrase ends with a comma before the attribution ("In a statement, Smith said: …").
    const introduced =
      (before && attribution !== null && tokens[attribution.first - 1]?.text === ',') || tokens[lead.to]?.text === ':';
    if ((leadWords <= 2 || introduced) && tailWords === 0) return { passages, attribution };
    if (leadWords > 2 && !introduced) {
      // The first passage is inside a clause (a partial quote the reported pass owns); what follows it may
      // still stand alone: `Yet Trump is a "change agent," Cole said. "That's exactly what people want."`
      if (unit.passages.length < 2) return null;
      // (`that Trump "has …" and has "made …"`: a passage in the same sentence belongs to that clause too,
      // unless an attribution of its own introduces it: `After X said “…,” Reyes said: “…”`.)
      const second = unit.passages[1] as QuotedPassage;
      const sameSentence = sentenceStart(doc, second.open, paragraph) <= first.open;
      if (sameSentence && !attributionBefore(tokens, tokenAt(tokens, first.end), tokenAt(tokens, second.open) - 1))
        return null;
      const rest: Unit = { passages: unit.passages.slice(1), attribution: null, before: false };
      return judgeUnit(doc, paragraph, tokens, rest, first.end);
    }
  }
  return null;
}

/** A signature line under a quotation that ends its paragraph: the next paragraph is only "- Name". */
function signatureBelow(doc: TextDoc, paragraph: Paragraph, passages: QuotedPassage[]): AttributionClause | null {
  const last = passages[passages.length - 1];
  const next = doc.paragraphs[paragraph.index + 1];
  if (!last || !next || doc.text.slice(last.end, paragraph.end).trim() !== '') return null;
  const tokens = tokensIn(doc, next.start, next.end);
  return dashSignature(tokens, 0, tokens.length - 1);
}

/**
 * The span of ", that CLAUSE" or ": CLAUSE" right after an attribution that follows the last passage, up to
 * the sentence end.
 */
function thatClauseAfter(
  doc: TextDoc,
  paragraph: Paragraph,
  tokens: Token[],
  attribution: AttributionClause,
  passages: QuotedPassage[],
): Span | null {
  const last = passages[passages.length - 1];
  if (!last || attribution.first < tokenAt(tokens, last.end)) return null;
  const after = tokens[attribution.last + 1]?.text;
  const opener = tokens[attribution.last + 2];
  // ", that CLAUSE", or ": CLAUSE" (`"This is the lie," Rubio said: That Cruz is more conservative …`).
  const thatClause = after === ',' && opener?.text.toLowerCase() === 'that';
  const colonClause = after === ':' && opener?.word === true;
  if (!opener || !(thatClause || colonClause)) return null;
  const from = opener;
  let end = Math.min(sentenceEnd(doc, from.start, paragraph), paragraph.end);
  while (end > from.start && /[\s.!?]/.test(doc.text[end - 1] ?? '')) end--;
  // A clause, not a bare "that": at least three words.
  const words = doc.text.slice(from.start, end).match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length >= 4 ? { start: from.start, end } : null;
}

/** The span of "that CLAUSE:" between an attribution and the passage it introduces: `adds that X has two choices: “…”`. */
function thatClauseBefore(tokens: Token[], attribution: AttributionClause, passages: QuotedPassage[]): Span | null {
  const first = passages[0];
  if (!first) return null;
  const open = tokenAt(tokens, first.open);
  const that = attribution.cue.lastIndex + 1;
  if (attribution.last >= open || tokens[that]?.text.toLowerCase() !== 'that' || tokens[open - 1]?.text !== ':')
    return null;
  const from = tokens[that + 1];
  const to = tokens[open - 2];
  return from && to && to.end > from.start && open - that >= 4 ? { start: from.start, end: to.end } : null;
}

/** The subject of the clause a participle attribution hangs on, in the quotation's sentence. */
function clauseSubjectOf(
  doc: TextDoc,
  paragraph: Paragraph,
  tokens: Token[],
  attribution: AttributionClause,
  passages: QuotedPassage[],
): Span | null {
  const open = passages[0]?.open ?? 0;
  const floor = tokenAt(tokens, sentenceStart(doc, open, paragraph));
  const subject = mainVerbSubject(tokens, attribution.cue.index, floor, (pos) => insideQuote(doc, pos));
  return subject ? toSpan(subject) : null;
}

/** A quoted name right after a listener verb is who was told, not what was said: `told "Meet the Press"`. */
function isQuotedListener(tokens: Token[], passage: QuotedPassage): boolean {
  const open = tokenAt(tokens, passage.open);
  return cueAt(tokens, open - 1)?.cls === 'listener' && quotedNameEnd(tokens, open) >= 0;
}

export function findDirectQuotes(doc: TextDoc): RawQuote[] {
  const quotes: RawQuote[] = [];
  // Passages are in text order: walk them alongside the paragraphs (linear, however long the text).
  let next = 0;
  for (const paragraph of doc.paragraphs) {
    while (next < doc.passages.length && (doc.passages[next]?.open ?? 0) < paragraph.start) next++;
    const passages: QuotedPassage[] = [];
    while (next < doc.passages.length && (doc.passages[next]?.open ?? Infinity) < paragraph.end) {
      passages.push(doc.passages[next] as QuotedPassage);
      next++;
    }
    if (passages.length === 0) continue;
    const tokens = tokensIn(doc, paragraph.start, paragraph.end);
    const spoken = passages.filter((p) => !isQuotedListener(tokens, p));
    const introduced = introductionAtEnd(doc, doc.paragraphs[paragraph.index - 1], true);
    let floor = paragraph.start;
    let inClause = false;
    for (const unit of groupUnits(doc, paragraph, spoken, tokens)) {
      // `Guns are “A” and “B,” Dean proclaimed`: a passage joined by "and" to one that sits inside a clause
      // sits in that clause too, so its lead starts where the clause does.
      const first = unit.passages[0];
      const joined =
        inClause && first !== undefined && /^\s*(?:,\s*)?(?:and|or)\s*$/i.test(doc.text.slice(floor, first.open));
      const judged = judgeUnit(doc, paragraph, tokens, unit, joined ? paragraph.start : floor);
      floor = unit.passages[unit.passages.length - 1]?.end ?? floor;
      inClause = judged === null;
      if (!judged) continue;
      // (`"…"` and then a paragraph of its own, `- Clinton`: a quotation signed below, as in collected quotes.)
      const attribution = judged.attribution ?? signatureBelow(doc, paragraph, judged.passages);
      const fragments = judged.passages.flatMap((p) => p.fragments).map(toSpan);
      const words = fragments.reduce(
        (n, f) => n + (doc.text.slice(f.start, f.end).match(/[\p{L}\p{N}]+/gu) ?? []).length,
        0,
      );
      const previous = quotes[quotes.length - 1];
      // `…," she said, adding, "…"`: a participle's speaker is the clause's subject, already attributed; with no
      // quotation of theirs before it (`Trump told Newsmax that Romney “…,” adding, “…”`), the subject of the
      // clause it hangs on.
      const participleSpeaker =
        attribution?.cue.participle && !attribution.subject
          ? (previous?.speaker ?? clauseSubjectOf(doc, paragraph, tokens, attribution, judged.passages))
          : null;
      if (attribution && participleSpeaker) {
        quotes.push({
          kind: 'direct',
          content: fragments,
          cue: toSpan(attribution.cue),
          speaker: participleSpeaker,
          confidence: 0.85,
        });
      } else if (!attribution && (judged.passages[0]?.open ?? -1) === paragraph.start && introduced) {
        // `Cruz continued:` closing the previous paragraph introduces this one.
        quotes.push({
          kind: 'direct',
          content: fragments,
          cue: toSpan(introduced.cue),
          speaker: introduced.subject ? toSpan(introduced.subject) : null,
          confidence: 0.8,
        });
      } else if (attribution) {
        // `"It's our bad luck," he said, that both men had ties to the mosque`: a reported clause after the
        // attribution continues the quotation in the speaker's sense (a mixed quote).
        const thatClause =
          judged.attribution && thatClauseAfter(doc, paragraph, tokens, judged.attribution, judged.passages);
        if (thatClause) fragments.push(thatClause);
        // (`He adds that Muslims have two choices: “…”`: the clause before the colon is the statement's too.)
        const leading = judged.attribution && thatClauseBefore(tokens, judged.attribution, judged.passages);
        if (leading) fragments.unshift(leading);
        quotes.push({
          kind: thatClause || leading ? 'mixed' : 'direct',
          content: fragments,
          cue: toSpan(attribution.cue),
          speaker: attribution.subject ? toSpan(attribution.subject) : null,
          confidence: attribution.subject ? 0.95 : 0.7,
          ...(attribution.subject?.appositive ? { appositive: toSpan(attribution.subject.appositive) } : {}),
        });
      } else {
        // Quote marks with no cue that stand alone: speech continued from context (merged or dropped later).
        quotes.push({
          kind: 'direct',
          content: fragments,
          cue: null,
          speaker: null,
          confidence: words >= 4 ? 0.6 : 0.3,
          inherited: true,
        });
      }
    }
  }
  return quotes;
}
