import type { DateType } from '../../types';
import type { Candidate, Context, Resolved, Rule } from '../context';

/** Small helpers the rule files share. */

/** Builds a global, case-insensitive rule with match indices (for group offsets). */
export function rule(name: string, source: string, build: Rule['build']): Rule {
  return { name, re: new RegExp(source, 'gid'), build };
}

export function candidate(
  start: number,
  end: number,
  type: DateType,
  resolve: (ctx: Context) => string | Resolved | null,
): Candidate {
  return {
    start,
    end,
    type,
    resolve: (ctx) => {
      const r = resolve(ctx);
      return typeof r === 'string' ? { value: r } : r;
    },
  };
}

/** Start and end of the whole match. */
export function span(m: RegExpExecArray): [number, number] {
  return [m.index, m.index + m[0].length];
}

/** Offsets of a named group, if it matched. */
export function groupSpan(m: RegExpExecArray, name: string): [number, number] | undefined {
  return m.indices?.groups?.[name];
}

export function group(m: RegExpExecArray, name: string): string | undefined {
  return m.groups?.[name];
}

export function lower(s: string | undefined): string {
  return (s ?? '').toLowerCase().replace(/\s+/g, ' ');
}

/** Proper nouns (months, weekdays) must be capitalized in running text: "may", "march", "sun" are words. */
export function isCapitalized(s: string | undefined): boolean {
  return !!s && /^[A-Z]/.test(s);
}

/** The text just before an offset, lower-cased, for "is it preceded by …" checks. */
export function before(text: string, start: number, length = 24): string {
  return text.slice(Math.max(0, start - length), start).toLowerCase();
}

/** The text just after an offset. */
export function after(text: string, end: number, length = 24): string {
  return text.slice(end, end + length);
}

/** Prepositions and words that make an ambiguous name ("May", "fall") a date. */
export const DATE_LEAD =
  /\b(?:in|on|since|until|till|by|from|through|throughout|during|before|after|early|late|mid|of|between|and|to|last|next|this|that|each|every|until|around|about|as of)[\s-]+$/;

/** Modifiers TimeML keeps inside a time expression: "early next year", "the end of 1990". */
export const POINT_MOD =
  '(?:early|earlier|late|later|mid|middle|the\\s+(?:end|beginning|start|middle|turn|rest|remainder|first\\s+half|second\\s+half|last\\s+half|latter\\s+part|early\\s+part|first\\s+part)\\s+of)';

/** Modifiers TimeML keeps inside a duration: "more than four hours", "at least 30 days". */
export const QUANT_MOD =
  '(?:more\\s+than|less\\s+than|fewer\\s+than|no\\s+more\\s+than|no\\s+less\\s+than|not\\s+more\\s+than|nearly|almost|about|around|approximately|roughly|some|at\\s+least|at\\s+most|up\\s+to|over|under|within|just\\s+over|just\\s+under|well\\s+over|more\\s+than|just|only|barely|close\\s+to|upwards\\s+of|an\\s+estimated|the\\s+better\\s+part\\s+of|as\\s+many\\s+as|as\\s+few\\s+as|as\\s+much\\s+as|as\\s+little\\s+as)';
