import type { TextDoc } from '../text/document';
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
    const line = doc.text.slice(p.start, p.end);
    const m = NAME.exec(line);
    if (!m?.[1] || !m[2] || /^\d/.test(m[1])) continue;
    lines.push({ name: m[1], start: p.start, end: p.end, index: p.index, content: m[2] });
  }
  return lines;
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
    if ((LABELS.test(name) || SECTION_LABEL.test(name)) && !questionAndAnswer) continue;
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
