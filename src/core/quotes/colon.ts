import type { TextDoc } from '../text/document';
import type { RawQuote } from './raw-quote';

/**
 * "Name: what they said" lines: headlines ("Pat Caddell: Voters Are Worried") and interview transcripts
 * ("PENCE: Well, the question …"). The name must look like a person or an outlet speaking, not a label
 * ("UPDATE:", "Photo:", "Editor's note:").
 */
const LABELS =
  /^(?:update|updated|watch|read|photo|photos|video|editor'?s? note|note|source|sources|by|related|breaking|exclusive|opinion|analysis|correction|clarification|live|listen|see also|more|also|q|a|question|answer|tags?|filed under|image|credit)$/i;
const NAME = /^((?:[\p{Lu}][\p{L}.'’-]*\s){0,4}[\p{Lu}][\p{L}.'’-]*)\s*:\s+(\S.{10,})$/u;

export function findColonAttributions(doc: TextDoc): RawQuote[] {
  const quotes: RawQuote[] = [];
  for (const p of doc.paragraphs) {
    const line = doc.text.slice(p.start, p.end);
    const m = NAME.exec(line);
    if (!m?.[1] || !m[2]) continue;
    const name = m[1];
    if (LABELS.test(name) || /^\d/.test(name)) continue;
    // Headlines (the first paragraph) and transcripts (an all-capitals speaker name) only.
    const transcript = /^[\p{Lu}\s.'’-]+$/u.test(name) && name.length >= 3;
    if (p.index !== 0 && !transcript) continue;
    const colon = p.start + line.indexOf(':', name.length);
    const contentStart = p.start + line.length - m[2].length;
    const quoted = /^[“"‘']/.test(m[2]);
    quotes.push({
      kind: quoted ? 'direct' : 'indirect',
      content: [{ start: contentStart, end: p.end }],
      cue: { start: colon, end: colon + 1 },
      speaker: { start: p.start, end: p.start + name.length },
      confidence: 0.6,
    });
  }
  return quotes;
}
