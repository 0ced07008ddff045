import type { Span } from '../types';
import { wordSet } from './word-list';

/**
 * Paragraph and sentence boundaries with offsets into the original text.
 * News text is short-sentenced and abbreviation-heavy ("Sen.", "U.S.", "Jan."), so a hand rule set with an
 * abbreviation list does better here than a general tokenizer and costs microseconds.
 */

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** Paragraphs are separated by one or more line breaks (extracted text and PolNeAR use blank lines). */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + (m[0].length - m[0].trimStart().length);
    const end = m.index + m[0].trimEnd().length;
    if (end > start) paragraphs.push({ start, end, index: paragraphs.length });
  }
  return paragraphs;
}

const ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof sen rep gov lt col gen maj capt sgt cpl adm cmdr st jr sr rev hon pres supt atty det insp
  sec amb no vs v jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  inc corp co ltd dept est approx etc al ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass
  mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo mt ft fig e.g i.e
`);

/** True when the full stop at `dot` ends an abbreviation or an initial rather than a sentence. */
function isAbbreviation(text: string, dot: number): boolean {
  const word = wordBeforeDot(text, dot, /[A-Za-z.]/);
  if (word.length === 0) return false;
  // Initials and dotted acronyms: "J.", "U.S", "D.C"
  if (/^[A-Z]$/.test(word) || /^([A-Za-z]\.)+[A-Za-z]$/.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/** Abbreviations that stand before a name ("Sen. “Chuck” Grassley"), so never end a sentence. */
const TITLE_ABBREVIATIONS = wordSet(`
  mr mrs ms dr prof sen rep gov lt col gen maj capt sgt cpl adm cmdr st rev hon pres supt atty det insp sec amb
`);

function isTitleAbbreviation(text: string, dot: number): boolean {
  return TITLE_ABBREVIATIONS.has(wordBeforeDot(text, dot, /[A-Za-z]/).toLowerCase());
}

/** The run of `chars` that ends at the full stop at `dot`. */
function wordBeforeDot(text: string, dot: number, chars: RegExp): string {
  let i = dot - 1;
  while (i >= 0 && chars.test(text[i] ?? '')) i--;
  return text.slice(i + 1, dot);
}

const CLOSERS = wordSet(`
  " ” ’ ' ) ]
`);

/** Sentences inside each paragraph; a sentence never crosses a paragraph boundary. */
export function splitSentences(text: string, paragraphs: Paragraph[] = splitParagraphs(text)): Sentence[] {
  const sentences: Sentence[] = [];
  for (const p of paragraphs) {
    let start = p.start;
    for (let i = p.start; i < p.end; i++) {
      const ch = text[i];
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let end = i + 1;
      while (end < p.end && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
      while (end < p.end && CLOSERS.has(text[end] ?? '')) end++;
      if (end >= p.end) break;
      // ("Trump said.Trump claimed": a pasted text may lose the space between sentences; a word, the stop and a
      // capitalized word glued to it still end one.)
      const glued = /[a-z]{2}$/.test(text.slice(i - 2, i)) && /^[A-Z][a-z]/.test(text.slice(end, end + 2));
      if (!/\s/.test(text[end] ?? '') && !glued) continue;
      let next = end;
      while (next < p.end && /\s/.test(text[next] ?? '')) next++;
      const following = text[next] ?? '';
      // A sentence starts with a capital, a digit or an opening quote/bracket.
      if (!/[A-Z0-9"“‘'([]/.test(following)) continue;
      if (ch === '.' && end === i + 1 && isAbbreviation(text, i)) {
        // "U.S. officials" continues; "in the U.S. The next" starts a new sentence only before a clear opener.
        // ("… in Santa Monica, Calif. “The reality is …”": so does a quotation after any but a title's dot.)
        const nextWord = /^[A-Za-z]+/.exec(text.slice(next, next + 20))?.[0] ?? '';
        const quotationOpens = /^["“]\p{Lu}/u.test(text.slice(next, next + 2)) && !isTitleAbbreviation(text, i);
        if (!SENTENCE_OPENERS.has(nextWord) && !quotationOpens) continue;
      }
      sentences.push({ start, end, index: sentences.length, paragraph: p.index });
      start = next;
      i = next - 1;
    }
    if (p.end > start) sentences.push({ start, end: p.end, index: sentences.length, paragraph: p.index });
  }
  return sentences;
}

/** Words that, after an abbreviation's full stop, almost always begin a new sentence. */
const SENTENCE_OPENERS = wordSet(`
  The A An He She It They We I But And In On At This That These Those His Her Their Its There When While After
  Before If As Some Many
`);
