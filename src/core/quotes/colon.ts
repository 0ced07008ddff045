import type { TextDoc } from '../text/document';
import { looksLikeVerb } from '../text/word-class';
import { wordSet } from '../text/word-list';
import type { RawQuote } from './raw-quote';

/**
 * "Name: what they said" lines: headlines ("Pat Caddell: Voters Are Worried") and interview transcripts
 * ("PENCE: Well, the question …"). The name must look like a person or an outlet speaking, not a label
 * ("UPDATE:", "Photo:", "Editor's note:").
 */
const LABELS =
  /^(?:update|updated|watch|read|photo|photos|video|editor'?s? note|note|source|sources|by|related|breaking|exclusive|opinion|analysis|correction|clarification|live|listen|see also|more|also|q|a|question|answer|tags?|filed under|image|credit)$/i;
/** Column and section names that end in a label word: "The Latest:", "Delegate Update:", "AP-GfK Poll:". */
const SECTION_LABEL =
  /\b(?:latest|update|poll|report|e-?mail|notice|daily|week|brief|briefing|newsletter|digest|roundup|recap|preview|review|watch|alert|live|circle)$/i;
const NAME = /^((?:[\p{Lu}][\p{L}.'’-]*\s){0,4}[\p{Lu}][\p{L}.'’-]*)\s*:\s+(\S.{8,})$/u;
/**
 * A headline naming its speaker before a colon, in a longer form: "Clinton to Planned Parenthood: Trump will …",
 * "Warren Hammers Wells Fargo CEO: ‘You Should Be …’". Used only on the first line.
 */
const HEADLINE_NAME =
  /^((?:[\p{Lu}][\p{L}.'’-]*\s(?:(?:to|on|at|about|for|with|of)\s)?){1,7}[\p{Lu}][\p{L}.'’-]*)\s*:\s+(\S.{8,})$/u;
/** An opening mark, then a speaker label in capitals and a colon: a turn of a transcript quoted whole. */
const TRANSCRIPT_TURN = /^["“][\p{Lu}][\p{Lu}.'’ -]{1,30}:\s/u;
/** Evidence named by a headline: "Poll: Clinton and Trump in dead heat". */
const EVIDENCE_LABEL = /^(?:poll|new poll|report|survey|study)$/i;

/** A headline in title case ("Bernie Sanders: I’m Not Much Of A Socialist"): most longer words capitalized. */
function isTitleCaseLine(content: string): boolean {
  const words = content.match(/[\p{L}’'-]{4,}/gu) ?? [];
  const capitalized = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  return words.length >= 3 && words.length <= 20 && capitalized / words.length >= 0.8;
}

interface ColonLine {
  name: string;
  start: number;
  end: number;
  index: number;
  content: string;
}

function colonLines(doc: TextDoc): ColonLine[] {
  const lines: ColonLine[] = [];
  for (const p of doc.paragraphs) {
    // (A transcript pasted as a quotation opens each turn with a mark: `"PENCE: Well, …`.)
    const opened = TRANSCRIPT_TURN.test(doc.text.slice(p.start, p.start + 40)) ? 1 : 0;
    const start = p.start + opened;
    const line = doc.text.slice(start, p.end);
    const m = NAME.exec(line) ?? (p.index === 0 ? headlineName(line) : null);
    if (!m?.[1] || !m[2] || /^\d/.test(m[1])) continue;
    // ("Ana Vega Grills Port CEO: ‘…’": a headline's verb ends the speaker's name.)
    const name = p.index === 0 && /^[“"‘']/.test(m[2]) ? headlineSpeaker(m[1]) : m[1];
    // (The last turn closes the quotation: its mark is not part of what was said.)
    const closed = opened && /["”]$/.test(line) ? 1 : 0;
    lines.push({ name, start, end: p.end - closed, index: p.index, content: m[2].slice(0, m[2].length - closed) });
  }
  return lines;
}

/** The longer headline form: "Clinton to Planned Parenthood: …", "Warren Hammers Wells Fargo CEO: ‘…’". */
function headlineName(line: string): [string, string, string] | null {
  const m = HEADLINE_NAME.exec(line);
  if (!m?.[1] || !m[2]) return null;
  const speaker = headlineSpeaker(m[1]);
  // Only a quotation, or a statement after "X to Y:", has a speaker: "Analysis Of The Week: …" names no one.
  if (!/^[“"‘']/.test(m[2]) && !/\s(?:to|on|To|On)\s/.test(m[1])) return null;
  return [m[0], speaker, m[2]];
}

/** Present-tense verbs of headlines ("Warren Hammers Wells Fargo CEO"); -ed/-ing forms are found by shape. */
const HEADLINE_VERBS = wordSet(`
  says tells slams blasts hammers grills urges warns rips calls asks vows defends praises knocks mocks hits touts
  pushes backs rejects denies admits insists explains responds reveals claims predicts accuses questions
  challenges thanks attacks lashes fires shoots pans jabs needles presses confronts
`);

/** The speaker inside a headline name: the words before a preposition or a verb ("Hammers", "Says"). */
function headlineSpeaker(name: string): string {
  const words = name.split(/\s+/);
  for (let i = 1; i < words.length; i++) {
    const word = words[i] ?? '';
    const lower = word.toLowerCase();
    const verb = HEADLINE_VERBS.has(lower) || looksLikeVerb({ text: lower, start: 0, end: 0, word: true });
    if (/^(?:to|on|at|about|for|with|of)$/.test(lower) || verb) return words.slice(0, i).join(' ');
  }
  return name;
}

export function findColonAttributions(doc: TextDoc): RawQuote[] {
  const lines = colonLines(doc);
  // A name that opens two or more paragraphs marks a transcript ("Matthews: …", "Q: …"/"A: …").
  const turns = new Map<string, number>();
  for (const l of lines) turns.set(l.name, (turns.get(l.name) ?? 0) + 1);
  // In a transcript every speaker's line counts, also one who speaks once.
  const isTranscript = lines.length >= 3 && [...turns.values()].some((n) => n >= 2);
  const quotes: RawQuote[] = [];
  for (const { name, start, end, index, content } of lines) {
    const repeated = isTranscript || (turns.get(name) ?? 0) >= 2;
    const questionAndAnswer = /^[QA]$/.test(name) && (turns.get('Q') ?? 0) >= 2 && (turns.get('A') ?? 0) >= 2;
    const evidence = index === 0 && EVIDENCE_LABEL.test(name);
    if ((LABELS.test(name) || SECTION_LABEL.test(name)) && !questionAndAnswer && !evidence) continue;
    // Headlines (the first paragraph, or a title-case line) and transcripts (an all-capitals or repeated name).
    const transcript = (/^[\p{Lu}\s.'’-]+$/u.test(name) && name.length >= 3) || repeated;
    if (index !== 0 && !transcript && !isTitleCaseLine(content)) continue;
    const line = doc.text.slice(start, end);
    const colon = start + line.indexOf(':', name.length);
    const contentStart = start + line.length - content.length;
    const quoted = /^[“"‘']/.test(content);
    quotes.push({
      kind: quoted ? 'direct' : 'indirect',
      content: [{ start: contentStart, end }],
      cue: { start: colon, end: colon + 1 },
      speaker: { start, end: start + name.length },
      confidence: 0.6,
    });
  }
  return quotes;
}
