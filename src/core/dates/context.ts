import type { DateType } from '../types';
import { type Day, parseDay } from './calendar';
import { type Tense, tenseAt } from './tense';

/**
 * What a relative expression is resolved against: the document creation time (the publication day), the
 * tense around it, and the dates the text mentioned before it. News anchors "yesterday" and "last week" on
 * the publication day, but "a year earlier" and "the following day" on the date in focus.
 */
export interface Context {
  readonly text: string;
  readonly dct: Day;
  tense(start: number, end: number): Tense;
  /** The last resolved calendar value (a day, month, quarter or year) before the expression. */
  focus: string | null;
  /** The last resolved specific day. */
  lastDay: Day | null;
}

export function createContext(text: string, dct: Day): Context {
  return {
    text,
    dct,
    tense: (start, end) => tenseAt(text, start, end),
    focus: null,
    lastDay: null,
  };
}

/** Records a resolved value as the new focus for later anchored expressions. */
export function remember(ctx: Context, value: string, type: DateType): void {
  if (type === 'DURATION' || type === 'SET') {
    // "the nine months" puts a span of the year in focus: "a year earlier" then means the year before.
    if (/^P\d+M$/.test(value) && ctx.focus) ctx.focus = `${ctx.dct.y}`;
    return;
  }
  if (!/^\d{4}/.test(value)) return;
  const day = parseDay(value);
  if (day) ctx.lastDay = day;
  ctx.focus = value.replace(/T.*$/, '');
}

/** A found expression; its value is computed once the expressions before it are known. */
export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  /** Resolves the value; may refine the type. Null drops the candidate. */
  resolve(ctx: Context): { value: string; type?: DateType } | null;
}

/** A recognizer: a global regular expression and a builder from its match. */
export interface Rule {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}
