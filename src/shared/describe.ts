import type { DateMention, DateType, QuoteKind, SourceType } from '../core/types';
import { type MessageKey, t, uiLocale } from './i18n';

/** Human wording for engine values, shared by the popup, the hover cards and the CLI report. */

const SOURCE_TYPE_KEYS: Record<SourceType, MessageKey> = {
  'named-person': 'typeNamedPerson',
  'named-organization': 'typeNamedOrganization',
  document: 'typeDocument',
  anonymous: 'typeAnonymous',
  'unnamed-person': 'typeUnnamedPerson',
  'unnamed-group': 'typeUnnamedGroup',
  unresolved: 'typeUnresolved',
};

export function describeSourceType(type: SourceType): string {
  return t(SOURCE_TYPE_KEYS[type]);
}

export function isUnnamedType(type: SourceType): boolean {
  return type === 'anonymous' || type === 'unnamed-person' || type === 'unnamed-group';
}

/** Named people, organizations and documents: someone the reader could look up. */
export function isNamedType(type: SourceType): boolean {
  return type === 'named-person' || type === 'named-organization' || type === 'document';
}

const UNNAMED_EXPLANATION_KEYS: Record<'anonymous' | 'unnamed-person' | 'unnamed-group', MessageKey> = {
  anonymous: 'explainAnonymous',
  'unnamed-person': 'explainUnnamedPerson',
  'unnamed-group': 'explainUnnamedGroup',
};

/** One line on why a source counts as unnamed. */
export function explainUnnamedType(type: 'anonymous' | 'unnamed-person' | 'unnamed-group'): string {
  return t(UNNAMED_EXPLANATION_KEYS[type]);
}

const QUOTE_KIND_KEYS: Record<QuoteKind, MessageKey> = {
  direct: 'kindDirect',
  mixed: 'kindMixed',
  indirect: 'kindIndirect',
};

export function describeQuoteKind(kind: QuoteKind): string {
  return t(QUOTE_KIND_KEYS[kind]);
}

const DATE_TYPE_KEYS: Record<DateType, MessageKey> = {
  DATE: 'dateTypeDate',
  TIME: 'dateTypeTime',
  DURATION: 'dateTypeDuration',
  SET: 'dateTypeSet',
};

export function describeDateType(type: DateType): string {
  return t(DATE_TYPE_KEYS[type]);
}

const DURATION_UNITS: Record<string, Intl.NumberFormatOptions['unit']> = {
  Y: 'year',
  M: 'month',
  W: 'week',
  D: 'day',
  H: 'hour',
  TM: 'minute',
  S: 'second',
};

function formatUnit(amount: number, unit: Intl.NumberFormatOptions['unit']): string {
  return new Intl.NumberFormat(uiLocale(), { style: 'unit', unit, unitDisplay: 'long' }).format(amount);
}

/**
 * A TIMEX3 value for people: "2022-11-05" → "Saturday, November 5, 2022"; "2022-11" → "November 2022";
 * "P8M" → "8 months"; "2022-W44" → "week 44 of 2022"; values it does not know are shown as written.
 */
export function describeDate(d: Pick<DateMention, 'type' | 'value'>): string {
  const locale = uiLocale();
  const day = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?/.exec(d.value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const utc = new Date(Date.UTC(year, month - 1, date, Number(day[4] ?? 0), Number(day[5] ?? 0)));
    const options: Intl.DateTimeFormatOptions = {
      weekday: 'long',
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
      ...(day[4] ? { hour: 'numeric', minute: '2-digit' } : {}),
    };
    return new Intl.DateTimeFormat(locale, options).format(utc);
  }
  const month = /^(\d{4})-(\d{2})$/.exec(d.value);
  if (month) {
    const utc = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc);
  }
  const week = /^(\d{4})-W(\d{2})$/.exec(d.value);
  if (week) return t('dateWeekOf', Number(week[2]), week[1] ?? '');
  const quarter = /^(\d{4})-Q([1-4])$/.exec(d.value);
  if (quarter) return t('dateQuarterOf', quarter[2] ?? '', quarter[1] ?? '');
  const duration = /^P(T?)(\d+(?:\.\d+)?)([YMWDHS])$/.exec(d.value);
  if (duration) {
    const unit = DURATION_UNITS[duration[1] === 'T' && duration[3] === 'M' ? 'TM' : (duration[3] ?? '')];
    if (unit) return formatUnit(Number(duration[2]), unit);
  }
  if (d.value === 'PRESENT_REF') return t('datePresent');
  if (d.value === 'PAST_REF') return t('datePast');
  if (d.value === 'FUTURE_REF') return t('dateFuture');
  return d.value;
}

/** True when a value names a calendar day, month or year (something a relative phrase can resolve to). */
export function isCalendarValue(value: string): boolean {
  return /^\d{4}(?:-\d{2}){0,2}(?:T|$)/.test(value);
}

function daysBetween(isoDate: string, now: Date): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return null;
  const then = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((today - then) / 86_400_000);
  return days < 0 ? null : days;
}

/** The age in its largest whole unit: [4, 'year'], [3, 'month'], [8, 'day']. */
function ageParts(days: number): [number, 'day' | 'month' | 'year'] {
  if (days < 31) return [days, 'day'];
  const months = Math.floor(days / 30.44);
  if (months < 12) return [months, 'month'];
  return [Math.floor(days / 365.25), 'year'];
}

/** Whole years (or months, or days) between a date and today: "4 years", "3 months", "today". */
export function describeAge(isoDate: string, now: Date = new Date()): string | null {
  const days = daysBetween(isoDate, now);
  if (days === null) return null;
  if (days === 0) return t('today');
  const [amount, unit] = ageParts(days);
  return formatUnit(amount, unit);
}

/** "4 years ago", "yesterday", "today". */
export function describeAgeAgo(isoDate: string, now: Date = new Date()): string | null {
  const days = daysBetween(isoDate, now);
  if (days === null) return null;
  const [amount, unit] = ageParts(days);
  // "today" and "yesterday" read well; "last year" hides how old a story is, so years say "1 year ago".
  const numeric = unit === 'day' ? 'auto' : 'always';
  return new Intl.RelativeTimeFormat(uiLocale(), { numeric }).format(-amount, unit);
}

/** Articles older than this are flagged in the popup: readers often meet old stories through shares. */
export const OLD_ARTICLE_DAYS = 365;

export function isOldArticle(isoDate: string, now: Date = new Date()): boolean {
  const days = daysBetween(isoDate, now);
  return days !== null && days > OLD_ARTICLE_DAYS;
}
