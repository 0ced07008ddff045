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
  /** The last quarter the story reported on ("third-quarter profit"), not counting comparisons. */
  quarter: string | null;
  /** The last resolved specific day. */
  lastDay: Day | null;
}

export function createContext(text: string, dct: Day): Context {
  return {
    text,
    dct,
    tense: (start, end) => tenseAt(text, start, end),
    focus: null,
    quarter: null,
    lastDay: null,
  };
}

/** Records a resolved value as the new focus for later anchored expressions. */
export function remember(ctx: Context, resolved: Resolved, type: DateType): void {
  const value = resolved.value;
  // "a year earlier" compares with the period in focus; it does not move the story to last year.
  if (resolved.comparison) return;
  if (type === 'DURATION' || type === 'SET') {
    // "the first nine months" puts a span of this year in focus: "a year earlier" then means last year.
    if (/^P[69]M$/.test(value)) ctx.focus = `${ctx.dct.y}`;
    return;
  }
  if (!/^\d{4}/.test(value)) return;
  const day = parseDay(value);
  if (day) ctx.lastDay = day;
  ctx.focus = value.replace(/T.*$/, '');
  if (/^\d{4}-Q\d$/.test(value)) ctx.quarter = value;
}

export interface Resolved {
  value: string;
  /** Refines the candidate's type ("Friday night" is a TIME). */
  type?: DateType;
  /** A comparison with the period in focus ("a year earlier", "the year-ago quarter"): keeps the focus. */
  comparison?: boolean;
}

/** A found expression; its value is computed once the expressions before it are known. */
export interface Candidate {
  start: number;
  end: number;
  type: DateType;
  /** Resolves the value. Null drops the candidate. */
  resolve(ctx: Context): Resolved | null;
}

/** A recognizer: a global regular expression and a builder from its match. */
export interface Rule {
  name: string;
  re: RegExp;
  build(m: RegExpExecArray, text: string): Candidate | Candidate[] | null;
}
