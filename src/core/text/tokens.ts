import type { Span } from '../types';

export interface Token extends Span {
  text: string;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
}

// Words keep inner apostrophes, hyphens and dotted acronyms ("O'Neill", "well-known", "U.S.").
// A full stop joins only before a lower-case letter or digit ("3.5", "inc.com"), so "said.Trump" is two words.
// Names joined by "&" ("P&G", "AT&T") and numbers with thousands separators ("20,000") are one word too; a typed
// "--" is one dash.
const TOKEN_RE =
  /''|``|-{2,3}|(?:[A-Za-z]\.){2,}|\p{Lu}+&\p{Lu}+\b|[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+|\.(?=[\p{Ll}\p{N}])[\p{L}\p{N}]+|(?<=\d),\d{3}(?!\d))*|\S/gu;

/**
 * What a token reads as: the two-character marks of newspaper archives ('' and ``) as the double mark they stand
 * for, and a typed "--" or a hyphen standing alone between spaces ("Mr. Bush - in a line … - declared") as a dash.
 */
function readAs(raw: string, before: string, after: string): string {
  if (raw === "''" || raw === '``') return '"';
  if (raw.startsWith('--') || (raw === '-' && /\s/.test(before) && /\s/.test(after))) return '—';
  return raw;
}

/** Tokens of text[start, end). */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const t = readAs(m[0], slice[m.index - 1] ?? '', slice[m.index + m[0].length] ?? '');
    tokens.push({ start: start + m.index, end: start + m.index + m[0].length, text: t, word: /[\p{L}\p{N}]/u.test(t) });
  }
  return tokens;
}

export function isCapitalized(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

// AP-style state abbreviations too: "Allentown, Pa., said", "Rep. Sander Levin (Mich.), a superdelegate";
// "the No. 2 Republican".
const NAME_ABBREVIATIONS =
  /^(?:\p{Lu}|Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Jr|Sr|St|Rev|Prof|Adm|Maj|Cmdr|Supt|Det|Amb|Pres|Atty|Hon|Ft|Mt|Sgt|Gens?|No|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo)$/u;

/** AP month abbreviations: a dot after them is no clause end when a day follows ("said Dec. 6 on CNN"). */
const MONTH_ABBREVIATIONS = /^(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec)$/;

/** A full stop after "Mr", "Sen", "Jr" or an initial is part of a name, not the end of a clause. */
export function isAbbreviationDot(tokens: Token[], i: number): boolean {
  const prev = tokens[i - 1];
  if (tokens[i]?.text !== '.' || prev === undefined || prev.end !== tokens[i]?.start) return false;
  // "(D-Md.)": the part after a hyphen is the abbreviation.
  if (NAME_ABBREVIATIONS.test(prev.text.slice(prev.text.lastIndexOf('-') + 1))) return true;
  return MONTH_ABBREVIATIONS.test(prev.text) && /^\d/.test(tokens[i + 1]?.text ?? '');
}
