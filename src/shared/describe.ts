import type { DateMention, SourceType } from '../core/types';

/** Human wording for engine values, shared by the popup and the hover cards. */

const SOURCE_TYPE_LABELS: Record<SourceType, string> = {
  'named-person': 'Named person',
  'named-organization': 'Organization',
  document: 'Document or report',
  anonymous: 'Anonymous source',
  'unnamed-person': 'Unnamed person',
  'unnamed-group': 'Vague group',
  unresolved: 'Unidentified',
};

export function describeSourceType(type: SourceType): string {
  return SOURCE_TYPE_LABELS[type];
}

export function isUnnamedType(type: SourceType): boolean {
  return type === 'anonymous' || type === 'unnamed-person' || type === 'unnamed-group';
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2022-11-05" → "Saturday, November 5, 2022"; "P8M" → "8 months"; other values as written. */
export function describeDate(d: Pick<DateMention, 'type' | 'value'>): string {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(d.value);
  if (day) {
    const date = new Date(Date.UTC(Number(day[1]), Number(day[2]) - 1, Number(day[3])));
    const weekday = date.toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' });
    const time = /T(\d{2}:\d{2})/.exec(d.value)?.[1];
    return `${weekday}, ${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}${time ? ` ${time}` : ''}`;
  }
  const month = /^(\d{4})-(\d{2})$/.exec(d.value);
  if (month) return `${MONTHS[Number(month[2]) - 1] ?? month[2]} ${month[1]}`;
  const duration = /^P(\d+)([YMWD])$/.exec(d.value);
  if (duration) {
    const unit = { Y: 'year', M: 'month', W: 'week', D: 'day' }[duration[2] as 'Y' | 'M' | 'W' | 'D'];
    return `${duration[1]} ${unit}${duration[1] === '1' ? '' : 's'}`;
  }
  return d.value;
}

/** Whole years (or months, or days) between a date and today: "4 years", "3 months", "today". */
export function describeAge(isoDate: string, now: Date = new Date()): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) return null;
  const then = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.round((today - then) / 86_400_000);
  if (days < 0) return null;
  if (days === 0) return 'today';
  if (days < 31) return `${days} day${days === 1 ? '' : 's'}`;
  const months = Math.floor(days / 30.44);
  if (months < 12) return `${months} month${months === 1 ? '' : 's'}`;
  const years = Math.floor(days / 365.25);
  return `${years} year${years === 1 ? '' : 's'}`;
}
