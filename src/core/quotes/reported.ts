import { lowerBound, type TextDoc, tokensIn } from '../text/document';
import type { Sentence } from '../text/segment';
import type { Token } from '../text/tokens';
import { wordClass } from '../text/word-class';
import type { Span } from '../types';
import { type Cue, cueAt } from './cue';
import { passiveReportBy } from './cue-base';
import { mainVerbSubject } from './main-verb';
import { type RawQuote, trimSpan, within } from './raw-quote';
import { accordingToCandidate } from './reported/according-to';
import { asLeadCandidate, opensAsLead } from './reported/as-lead';
import { type Candidate, isPunct } from './reported/candidate';
import { opensSentence } from './reported/clause-ends';
import { cutAtLaterAttributions } from './reported/cutters';
import { evidenceLeadCandidate } from './reported/evidence-lead';
import { expectationCandidate, isPassiveExpectation } from './reported/expectation';
import { forwardCandidate, implicitCueAt } from './reported/forward';
import { endsSoonAfter, invertedCandidate, OBJECT_TAKING_SPEECH } from './reported/inverted';
import { passiveReportCandidate } from './reported/passive-report';
import { isPassiveAsk, questionCandidate } from './reported/question';
import {
  endAtLastQuotation,
  endWithOpeningQuotation,
  fragmentsOverlapping,
  insideQuote,
  NAMING,
} from './reported/quoted-spans';
import { openingSubject } from './reported/speakers';
import { type Subject, subjectBefore } from './subject';
import { subjectAfter } from './subject-after';

/**
 * Reported speech, sentence by sentence, for every reporting cue outside quote marks:
 * - forward:      "X said (that) CONTENT", "X told reporters CONTENT", "a poll shows CONTENT", "X wants to CONTENT"
 * - inverted:     "CONTENT, X said.", "CONTENT, said X, a spokesman."
 * - parenthetical "CONTENT1, X said, CONTENT2." (two fragments)
 * - participles:  "…, saying CONTENT" (the subject is the main clause's)
 * - "according to X, CONTENT" and "CONTENT, according to X"
 * - "As X reported, CONTENT", "As reported by X, CONTENT"
 * - "In a poll released Sunday, CONTENT"; "When asked whether QUESTION, …" (the asker's, often unnamed);
 *   "X is widely expected to CONTENT" (an expectation with no stated speaker); "CONTENT was first reported by X"
 *   (a passive report, its reporter after "by")
 * A reported clause with a quoted fragment in it is a mixed quote.
 *
 * This file tries each cue and keeps the best reading; the readings and their bounds live in `reported/`:
 * forward.ts, inverted.ts, according-to.ts, as-lead.ts, evidence-lead.ts, question.ts, expectation.ts,
 * passive-report.ts (the shapes),
 * speakers.ts (who can speak),
 * clause-ends.ts and phrase-ends.ts (where the content stops), cutters.ts (a later attribution cutting an
 * earlier content), quoted-spans.ts (quote marks).
 */

/** Readings looked at, back from the latest, to find one that is not inside another's content. */
const NESTING_LOOKBACK = 3;

/**
 * The latest earlier reading that is not inside another's content: in "Sources believe the mayor has sided with
 * X, and admit …" the sources admit, not the mayor. (Nesting is local, so only the last few are compared.)
 */
function lastOuter(earlier: Candidate[]): Candidate | undefined {
  for (let k = earlier.length - 1; k >= Math.max(0, earlier.length - 1 - NESTING_LOOKBACK); k--) {
    const c = earlier[k] as Candidate;
    const nested = earlier
      .slice(Math.max(0, k - NESTING_LOOKBACK), k)
      .some((o) => o.content.some((f) => within(c.cue, f)));
    if (!nested) return c;
  }
  return earlier[earlier.length - 1];
}

function attributeCue(
  doc: TextDoc,
  tokens: Token[],
  cue: Cue,
  earlier: Candidate[],
  earlierSpeaker: Subject | null,
): Candidate | null {
  const before = tokens[cue.index - 1];
  const quoted = (pos: number) => insideQuote(doc, pos);

  if (cue.lemma === 'according to') return accordingToCandidate(doc, tokens, cue);
  if (cue.lemma === 'in') return evidenceLeadCandidate(doc, tokens, cue);
  if (isPassiveExpectation(tokens, cue)) return expectationCandidate(doc, tokens, cue);
  const by = passiveReportBy(tokens, cue.index, cue.lemma);
  if (by >= 0) return passiveReportCandidate(tokens, cue, by);
  const question = questionCandidate(doc, tokens, cue);
  if (question || isPassiveAsk(tokens, cue)) return question;

  if (cue.participle && tokens[cue.index]?.text.toLowerCase() !== 'as') {
    // "…, saying CONTENT": the speaker is the main clause's subject.
    const opening = opensSentence(tokens, cue);
    // (The latest reading not nested in another: in "Clinton told the audience that she believes …, saying …"
    // Clinton says it, not "she" of the reported clause.)
    const subject =
      lastOuter(earlier)?.subject ??
      earlierSpeaker ??
      (opening ? subjectAfterLeadingClause(doc, tokens, cue.lastIndex) : null) ??
      mainVerbSubject(tokens, cue.index, 0, quoted) ??
      // (An opening participle is never its own subject.)
      (opening ? null : openingSubject(doc, tokens));
    const candidate = forwardCandidate(doc, tokens, cue, subject);
    if (candidate) candidate.boundary = isPunct(before, ',—–') ? cue.index - 1 : cue.index;
    return candidate;
  }

  // ("has spoken out in favor of …": after a preposition the cue is a noun of the clause; its speaker is the
  // subject of the clause's verb.)
  const afterPreposition = wordClass(before) === 'prep' && before?.text.toLowerCase() !== 'to';
  const phraseBefore = subjectBefore(tokens, cue.index);
  const subjectFirst =
    afterPreposition && phraseBefore ? (mainVerbSubject(tokens, cue.index, 0, quoted) ?? phraseBefore) : phraseBefore;
  if (cue.cls === 'speech' && opensAsLead(tokens, cue, subjectFirst)) {
    const asLead = asLeadCandidate(doc, tokens, cue, subjectFirst);
    if (asLead) return asLead;
  }
  // "… and said, …": a second verb of the same subject. With an earlier attribution in the sentence only
  // "say"-like verbs join it (in "said officials agreed … but acknowledged …" the second verb belongs inside);
  // with none, any speech, listener, intent or object verb takes the opening subject.
  const sayLike = /^(?:say|tell|add|write|note)$/.test(cue.lemma);
  // A bare form after an earlier finite cue is coordinated inside the reported clause, not with the cue:
  // "Kasich says he’d sit Putin down and tell him “no more nonsense”".
  const outer = lastOuter(earlier);
  const earlierCue = outer?.cue;
  const bareAfterFinite =
    earlierCue !== undefined &&
    tokens[cue.index]?.text.toLowerCase() === cue.lemma &&
    (tokens[earlierCue.index]?.text.toLowerCase() ?? '') !== earlierCue.lemma;
  // ("…, and admit that …": after a comma and "and" the verb is the sentence subject's next statement; after
  // ", but" it is as often the reported clause's own: "said officials agreed …, but acknowledged …".)
  const afterComma =
    /^and$/i.test(before?.text ?? '') &&
    isPunct(tokens[cue.index - 2], ',') &&
    cue.cls !== 'intent' &&
    cue.cls !== 'object';
  // ("… but has said she will …": auxiliaries and adverbs may stand between the conjunction and the verb.)
  let conjunction = cue.index - 1;
  while (
    conjunction > 0 &&
    (wordClass(tokens[conjunction]) === 'aux' || /ly$|^then$/i.test(tokens[conjunction]?.text ?? ''))
  )
    conjunction--;
  const coordinated =
    !subjectFirst &&
    !bareAfterFinite &&
    /^(?:and|but)$/i.test(tokens[conjunction]?.text ?? '') &&
    (sayLike ||
      afterComma ||
      // ("called him divisive and accused him of …": after a phrase complement, the next verb is the subject's.)
      // ("said that she was stepping down and vowed to …": the earlier content ended at this conjunction.)
      ((earlier.length === 0 ||
        earlier[earlier.length - 1]?.phrase === true ||
        endsBefore(earlier, tokens[conjunction])) &&
        cue.cls !== 'thought' &&
        cue.cls !== 'evidence'));
  if (coordinated) {
    // "McConnell embraced the mogul and said …": the sentence's subject, or the earlier attribution's.
    // ("such as when Cruz knocked Rubio and called him …": the subject of the verb before the conjunction.)
    const subject =
      outer?.subject ?? mainVerbSubject(tokens, conjunction + 1, 0, quoted) ?? openingSubject(doc, tokens);
    const candidate = forwardCandidate(doc, tokens, cue, subject);
    if (candidate) candidate.boundary = conjunction;
    return candidate;
  }
  const forward = subjectFirst ? forwardCandidate(doc, tokens, cue, subjectFirst) : null;
  // Inverted with the verb first: "CONTENT, said X." — the cue right after a comma or a closing quote mark.
  // ("…, told NBC News." names the listener: "tell" does not invert; in "Sanders, who had said …, criticized
  // Clinton" Clinton is the object: only speech verbs invert.)
  if (isPunct(before, ',”"') && cue.cls === 'speech' && !OBJECT_TAKING_SPEECH.has(cue.lemma)) {
    let subject = subjectAfter(tokens, cue.lastIndex);
    // "Megan Hester, a senior associate, said parents still want …": a sentence that opens with the subject and
    // its appositive has nothing before the comma to be the content, unless it ends right after the inverted
    // subject ("The firm, in which Carlyle holds a stake, plans to close its fund soon, said people familiar …").
    const opensWithSubject =
      subjectFirst?.appositive !== undefined &&
      tokens.slice(0, subjectFirst.first).every((t) => !t.word || /^(?:but|and|yet|so)$/i.test(t.text)) &&
      !endsSoonAfter(tokens, subject);
    // "…,” said she lied": a pronoun with a verb after it is the subject of the reported clause, not inverted.
    const after = subject ? tokens[subject.last + 1] : undefined;
    if (
      subject &&
      wordClass(tokens[subject.first]) === 'pron' &&
      (wordClass(after) === 'aux' || wordClass(after) === 'word')
    )
      subject = null;
    const inverted = subject && !opensWithSubject ? invertedCandidate(tokens, cue, subject, cue.index) : null;
    // It yields to a subject with an appositive ("Emanuel, who …, said he …") unless the sentence ends soon
    // after its own subject ("…, plans to close its fund soon, said people familiar with the matter.").
    if (inverted && (!subjectFirst?.appositive || !forward)) return inverted;
    if (inverted && subjectFirst?.appositive && endsSoonAfter(tokens, subject)) return inverted;
  }
  // Inverted with the subject first: "CONTENT, X said." or parenthetical "CONTENT1, X said, CONTENT2."
  // ("…, who called for the delay." is a relative clause, never an inverted attribution.)
  const relativeSubject = subjectFirst !== null && wordClass(tokens[subjectFirst.first]) === 'rel';
  // (Verbs that take an object or an infinitive do not invert: "Kicking off the day, Trump accused Cruz of …".)
  // (`DuVernay said she felt … “…,” she said.`: a pronoun re-attributing a sentence that opens with its own
  // attribution adds nothing.)
  const reattribution =
    subjectFirst !== null &&
    wordClass(tokens[subjectFirst.first]) === 'pron' &&
    /^[.!?]$/.test(tokens[cue.lastIndex + 1]?.text ?? '') &&
    earlier.some((c) => c.subject && c.subject.first >= 0 && c.subject.first <= 1 && c.cue.index < subjectFirst.first);
  if (
    subjectFirst &&
    !relativeSubject &&
    !reattribution &&
    cue.cls !== 'object' &&
    cue.cls !== 'intent' &&
    subjectFirst.first > 0 &&
    isPunct(tokens[subjectFirst.first - 1], ',”"—–')
  ) {
    const inverted = invertedCandidate(tokens, cue, subjectFirst, subjectFirst.first);
    if (inverted) return inverted;
  }
  return forward;
}

/** Whether the last earlier candidate's content ends right before `token` (a content cut at this "and"). */
function endsBefore(earlier: Candidate[], token: Token | undefined): boolean {
  const last = earlier[earlier.length - 1]?.content.at(-1);
  return last !== undefined && token !== undefined && last.end <= token.start && token.start - last.end <= 2;
}

/** "After saying he was nervous, the man …": the subject right after the comma that closes an opening clause. */
function subjectAfterLeadingClause(doc: TextDoc, tokens: Token[], from: number): Subject | null {
  for (let i = from + 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) break;
    // (`Recalling “the consequences …,” the statement urged …`: a quotation closed on a comma ends the clause.)
    const closedOnComma = isPunct(t, '”"') && isPunct(tokens[i - 1], ',');
    if (closedOnComma) return subjectAfter(tokens, i);
    if (insideQuote(doc, t.start)) continue;
    if (isPunct(t, '.;:!?')) return null;
    if (isPunct(t, ',')) return subjectAfter(tokens, i);
  }
  return null;
}

/** "called for more “flexibility” for inspectors": a demand, whose phrase goes on past its quotation. */
const CALL_FOR = /\s(?:for|on)$/i;

function toQuote(doc: TextDoc, c: Candidate): RawQuote | null {
  // Only a phrase complement ends at its quotation ("called Palin a “clown” during his show"); a clause goes on.
  const content = c.content
    .map((s) =>
      trimSpan(
        doc.text,
        c.phrase && NAMING.has(c.cue.lemma) && !CALL_FOR.test(doc.text.slice(c.cue.start, c.cue.end))
          ? endAtLastQuotation(doc, s)
          : c.cue.lemma === 'read'
            ? endWithOpeningQuotation(doc, s)
            : s,
        /[\s,;:.—–\-“”"]/,
      ),
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

/** Index of the first quote (sorted by cue position) whose cue starts at or after `pos`. */
function firstCueFrom(byCue: RawQuote[], pos: number): number {
  let lo = 0;
  let hi = byCue.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((byCue[mid]?.cue?.start ?? 0) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The direct quotes (sorted by cue position) whose cue lies in the sentence. */
function directWithCueIn(byCue: RawQuote[], s: Sentence): RawQuote[] {
  const out: RawQuote[] = [];
  for (let i = firstCueFrom(byCue, s.start); i < byCue.length && (byCue[i]?.cue?.start ?? Infinity) < s.end; i++) {
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
  cutAtDirectAttributions(tokens, candidates, directHere);
  return candidates;
}

/**
 * `21 percent said “not too likely” and 14 percent said “not at all likely”`: a reported content ends where a
 * direct quote's own attribution (its speaker, then its cue, then the quotation) begins inside it.
 */
function cutAtDirectAttributions(tokens: Token[], candidates: Candidate[], direct: RawQuote[]): void {
  // `direct` is sorted by cue position: each candidate looks only at the quotes whose cue follows its start.
  for (const c of candidates) {
    const last = c.content.at(-1);
    if (!last) continue;
    for (
      let k = firstCueFrom(direct, last.start + 1);
      k < direct.length && (direct[k]?.cue?.start ?? Infinity) < last.end;
      k++
    ) {
      const q = direct[k] as RawQuote;
      const speaker = q.speaker;
      const opening = q.content[0];
      if (!speaker || !q.cue || !opening || !(speaker.start < q.cue.start && q.cue.end <= opening.start)) continue;
      if (speaker.start <= last.start) continue;
      // Only a name or a count starts a new attribution; "he said" may sit inside the reported clause. (After a
      // comma a described speaker does too: "said it was great to be home, a man yelled “Stay there!”".)
      const headIndex = lowerBound(tokens, speaker.start);
      const head = tokens[headIndex];
      const described = wordClass(head) === 'det' && isPunct(tokens[headIndex - 1], ',');
      if (!head || !(['cap', 'num'].includes(wordClass(head)) || described)) continue;
      let end = headIndex - 1;
      while (end >= 0 && (!tokens[end]?.word || /^(?:and|but)$/i.test(tokens[end]?.text ?? ''))) end--;
      const endToken = tokens[end];
      if (endToken && endToken.end > last.start) last.end = endToken.end;
      break;
    }
  }
}

/** Whether a span lies inside one of the sorted spans (they may overlap; a short scan back suffices). */
function containedIn(sorted: Span[], span: Span): boolean {
  const lo = lowerBound(sorted, span.start + 1);
  for (let i = lo - 1; i >= 0 && lo - i <= 8; i--) {
    const d = sorted[i] as Span;
    if (within(span, d)) return true;
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
