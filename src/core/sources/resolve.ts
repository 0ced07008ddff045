import type { RawQuote } from '../quotes/raw-quote';
import { indexAt, type TextDoc } from '../text/document';
import type { Quote, Source, SourceType, Span } from '../types';
import { type MentionInfo, readMention } from './mention';

/**
 * Groups speaker mentions into sources and links each quote to one.
 *
 * Rules, in order:
 * 1. A quote with no stated speaker that continues an attributed quote (same or next paragraph) takes that
 *    quote's speaker and source.
 * 2. "who" refers to the noun phrase before ", who".
 * 3. Pronouns refer to the nearest earlier source of a compatible type: he/she → a person, it → a document
 *    or organization, they/we → a group, an organization or an anonymous source.
 * 4. A name joins an earlier source with the same name, or whose name ends with it ("Sullivan").
 * 5. "the paper", "the report", "the official" join the nearest earlier source with the same kind of head.
 * 6. Anything else starts a new source.
 */

interface SourceDraft {
  id: string;
  name: string;
  type: SourceType;
  title?: string;
  head?: string;
  plural: boolean;
  mentions: Span[];
  /** A mention with the clause that describes it ("a city official who spoke on condition of anonymity"). */
  descriptions: Span[];
  /** Offset of the latest mention, for "nearest earlier" searches. */
  lastSeen: number;
}

const PERSON_TYPES = new Set<SourceType>(['named-person', 'unnamed-person', 'anonymous']);
const THING_TYPES = new Set<SourceType>(['document', 'named-organization']);
const GROUP_TYPES = new Set<SourceType>(['unnamed-group', 'named-organization', 'anonymous']);

function compatibleWithPronoun(pronoun: string, draft: SourceDraft): boolean {
  if (pronoun === 'he' || pronoun === 'she' || pronoun === 'i') return PERSON_TYPES.has(draft.type) && !draft.plural;
  if (pronoun === 'it') return THING_TYPES.has(draft.type);
  return GROUP_TYPES.has(draft.type) && (draft.plural || draft.type === 'named-organization');
}

function lastWord(name: string): string {
  const parts = name.split(/\s+/);
  return (parts[parts.length - 1] ?? '').toLowerCase();
}

class SourceBook {
  readonly drafts: SourceDraft[] = [];

  nearest(before: number, accept: (d: SourceDraft) => boolean): SourceDraft | undefined {
    let best: SourceDraft | undefined;
    for (const d of this.drafts)
      if (d.lastSeen <= before && accept(d) && (!best || d.lastSeen > best.lastSeen)) best = d;
    return best;
  }

  add(info: MentionInfo, mentionText: string, span: Span): SourceDraft {
    const draft: SourceDraft = {
      id: `s${this.drafts.length + 1}`,
      name: info.name ?? mentionText,
      type: info.type,
      plural: info.plural,
      mentions: [],
      descriptions: [],
      lastSeen: span.start,
      ...(info.title ? { title: info.title } : {}),
      ...(info.head ? { head: info.head } : {}),
    };
    this.drafts.push(draft);
    return draft;
  }

  findByName(name: string): SourceDraft | undefined {
    const lower = name.toLowerCase();
    const exact = this.drafts.find((d) => d.name.toLowerCase() === lower);
    if (exact) return exact;
    if (/\s/.test(name)) {
      // A fuller form of an earlier short mention: "Jake Sullivan" after "Sullivan".
      return this.drafts.find((d) => !/\s/.test(d.name) && lastWord(name) === d.name.toLowerCase());
    }
    return this.drafts.find((d) => d.type === 'named-person' && lastWord(d.name) === lower);
  }
}

function antecedentOfWho(text: string, who: Span): { text: string; span: Span } | null {
  const before = text.slice(Math.max(0, who.start - 120), who.start);
  // (American style may close a quotation after the comma: `from “an anonymous source,” who said`.)
  const m = /([^,;.“”"()]{2,100}),[”"]?\s*$/.exec(before);
  if (!m?.[1]) return null;
  const phrase = m[1].replace(/^\s*(?:and|but|said|says|told)\s+/i, '');
  const end = who.start - (before.length - (m.index + m[1].length));
  const start = end - phrase.trimStart().length;
  return { text: phrase.trim(), span: { start, end } };
}

/** A sentence that opens by referring back to a source: "The official …", "She …". */
const REFERS_BACK =
  /^(?:The (?:official|person|source|sources|aide|officials|people|two|three|executive|adviser|advisor|diplomat|employee)|He|She|They|Both|Neither|All|Each)\b/;

/**
 * Where anonymity language about a mention can be: right after it in its own clause ("an official, who spoke
 * on condition of anonymity, said"), in the next sentence when that sentence refers back to it ("The
 * official was not authorized to speak."), or in the sentence before when both open with the same description.
 * Text after a later cue belongs to someone else.
 */
function followingClause(doc: TextDoc, span: Span): string {
  const i = indexAt(doc.sentences, span.start);
  const sentence = i >= 0 ? doc.sentences[i] : undefined;
  if (!sentence) return '';
  // Only the first 400 characters are kept below, so reading further cannot change the answer; reading the
  // whole rest of a run-on "sentence" for every mention made it quadratic.
  let rest = doc.text.slice(span.end, Math.min(sentence.end, span.end + 1000));
  const otherCue = /[,.;]\s+(?:\p{Lu}[\p{L}.'’-]*\s+)*(?:said|says|told|added|according)\b/u.exec(rest);
  if (otherCue) rest = rest.slice(0, otherCue.index);
  const next = doc.sentences[i + 1];
  if (next && next.paragraph === sentence.paragraph) {
    const nextText = doc.text.slice(next.start, next.end);
    if (REFERS_BACK.test(nextText)) rest += ` ${nextText}`;
  }
  // ("The person spoke on condition of anonymity because … The person says …": a sentence just before that
  // opens with the same description describes the same source.)
  const previous = doc.sentences[i - 1];
  const mention = doc.text.slice(span.start, span.end);
  if (previous && span.start === sentence.start && REFERS_BACK.test(mention)) {
    const previousText = doc.text.slice(previous.start, previous.end);
    if (previousText.startsWith(mention)) rest = `${previousText.slice(0, 400)} ${rest}`;
  }
  return rest.slice(0, 400);
}

/**
 * "Okafor was blunt about the stakes. “…,” she said.": a person named in the text just before a pronoun,
 * even outside an attribution, is what the pronoun refers to. Looks back through this paragraph and the
 * previous one for the last word of a known person's name.
 */
function personNamedNearby(book: SourceBook, doc: TextDoc, at: number): SourceDraft | undefined {
  const paragraph = indexAt(doc.paragraphs, at);
  const from = doc.paragraphs[Math.max(0, paragraph - 1)]?.start ?? 0;
  const window = doc.text.slice(from, at);
  let best: { draft: SourceDraft; pos: number } | undefined;
  for (const d of book.drafts) {
    if (d.type !== 'named-person') continue;
    const last = d.name.split(/\s+/).pop();
    if (!last || last.length < 2) continue;
    const pos = window.lastIndexOf(last);
    if (pos >= 0 && /\P{L}/u.test(window[pos + last.length] ?? ' ') && (!best || pos > best.pos))
      best = { draft: d, pos };
  }
  if (!best) return undefined;
  // Only when no other person-like speaker was mentioned after that name.
  const nearest = book.nearest(at, (d) => compatibleWithPronoun('he', d));
  return nearest && nearest.lastSeen > from + best.pos ? undefined : best.draft;
}

function attach(draft: SourceDraft, info: MentionInfo, span: Span): void {
  draft.mentions.push(span);
  draft.lastSeen = Math.max(draft.lastSeen, span.start);
  if (info.kind === 'name' && info.name && info.name.length > draft.name.length && draft.type === info.type) {
    draft.name = info.name;
  }
  if (info.title && !draft.title) draft.title = info.title;
  // Anonymity learned later ("…, who spoke on condition of anonymity") upgrades an unnamed source.
  if (info.type === 'anonymous' && (draft.type === 'unnamed-person' || draft.type === 'unnamed-group')) {
    draft.type = 'anonymous';
  }
}

function resolveMention(book: SourceBook, doc: TextDoc, span: Span, appositive?: Span): SourceDraft {
  const { text } = doc;
  const mentionText = text.slice(span.start, span.end);
  // A relative clause or appositive describing the speaker ("who spoke on condition of anonymity") counts
  // as context right after the mention, and the whole description is the phrase that shows it unnamed.
  const described = appositive ? { start: span.start, end: appositive.end } : span;
  const info = readMention(
    mentionText,
    `${appositive ? doc.text.slice(span.end, appositive.end) : ''} ${followingClause(doc, described)}`,
  );

  if (info.kind === 'relative') {
    const antecedent = antecedentOfWho(text, span);
    if (antecedent) {
      const target = resolveMention(book, doc, antecedent.span);
      attach(target, info, span);
      return target;
    }
  }
  if (info.kind === 'pronoun') {
    const pronoun = mentionText.toLowerCase();
    const target =
      (pronoun === 'he' || pronoun === 'she' ? personNamedNearby(book, doc, span.start) : undefined) ??
      book.nearest(span.start, (d) => compatibleWithPronoun(pronoun, d));
    if (target) {
      attach(target, info, span);
      return target;
    }
  }
  if (info.kind === 'name' && info.name) {
    const target = book.findByName(info.name);
    if (target) {
      attach(target, info, span);
      return target;
    }
  }
  if (info.kind === 'description') {
    if (info.name) {
      const byName = book.findByName(info.name);
      if (byName) {
        attach(byName, info, span);
        return byName;
      }
    }
    if (info.anaphoric) {
      const target = book.nearest(span.start, (d) =>
        info.type === 'document' ? d.type === 'document' : d.head === info.head,
      );
      if (target) {
        attach(target, info, span);
        return target;
      }
    }
    const same = book.drafts.find((d) => d.name.toLowerCase() === mentionText.toLowerCase());
    if (same) {
      attach(same, info, span);
      return same;
    }
  }
  const draft = book.add(info, mentionText, span);
  attach(draft, info, span);
  return draft;
}

export function resolveSources(doc: TextDoc, raw: RawQuote[]): { quotes: Quote[]; sources: Source[] } {
  const book = new SourceBook();
  const ordered = [...raw].sort((a, b) => (a.content[0]?.start ?? 0) - (b.content[0]?.start ?? 0));
  const quotes: Quote[] = [];
  let previous: Quote | null = null;

  for (const q of ordered) {
    let speaker = q.speaker;
    let source: string | null = null;
    const firstStart = q.content[0]?.start ?? 0;
    if (!speaker && q.inherited && previous?.speaker) {
      const prevPara = indexAt(doc.paragraphs, previous.content[0]?.start ?? 0);
      const thisPara = indexAt(doc.paragraphs, firstStart);
      if (thisPara - prevPara <= 1) {
        speaker = previous.speaker;
        source = previous.source;
      }
    }
    if (speaker && !source) {
      const draft = resolveMention(book, doc, speaker, q.appositive);
      if (q.appositive) draft.descriptions.push({ start: speaker.start, end: q.appositive.end });
      source = draft.id;
    }
    const quote: Quote = {
      id: `q${quotes.length + 1}`,
      kind: q.kind,
      content: q.content,
      cue: q.cue,
      speaker,
      source,
      confidence: q.confidence,
    };
    quotes.push(quote);
    if (speaker) previous = quote;
  }
  const sources: Source[] = book.drafts.map((d) => ({
    id: d.id,
    name: d.name,
    type: d.type,
    mentions: d.mentions,
    ...(d.descriptions.length > 0 ? { descriptions: d.descriptions } : {}),
    ...(d.title ? { title: d.title } : {}),
  }));
  return { quotes, sources };
}
