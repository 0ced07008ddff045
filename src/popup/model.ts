import type { Analysis, DateMention, Quote, SourceType, Span } from '../core/types';
import { rankSources } from '../page/highlight/speaker-tones';
import { isNamedType, isUnnamedType } from '../shared/describe';

/** The popup's view of an analysis: sources grouped with their quotes, sorted by prominence. Pure. */

export interface SpeakerGroup {
  sourceId: string | null;
  name: string;
  type: SourceType;
  title?: string;
  quotes: Quote[];
  /** Palette index, the same one the page uses for this speaker's underline. */
  tone: number | null;
}

export type SpeakerFilter = 'all' | 'named' | 'unnamed';

export function groupBySpeaker(analysis: Analysis): SpeakerGroup[] {
  const ranked = rankSources(analysis);
  const bySource = new Map<string, Quote[]>();
  const unattributed: Quote[] = [];
  for (const q of analysis.quotes) {
    if (q.source === null) unattributed.push(q);
    else bySource.set(q.source, [...(bySource.get(q.source) ?? []), q]);
  }
  const groups: SpeakerGroup[] = [];
  ranked.forEach((s, tone) => {
    const quotes = bySource.get(s.id);
    if (!quotes) return;
    groups.push({ sourceId: s.id, name: s.name, type: s.type, quotes, tone, ...(s.title ? { title: s.title } : {}) });
    bySource.delete(s.id);
  });
  // Quotes whose source id the analysis does not list, and quotes without a speaker, go last.
  const leftover = [...bySource.values()].flat().concat(unattributed);
  if (leftover.length > 0) {
    groups.push({ sourceId: null, name: '', type: 'unresolved', quotes: leftover, tone: null });
  }
  return groups;
}

/**
 * The highlight id of a speaker's first mention in the page: unnamed sources are highlighted by their
 * evidence phrase ("s3:u0"), everyone else by their mentions ("s1:m0").
 */
export function firstMentionId(group: Pick<SpeakerGroup, 'sourceId' | 'type'>): string {
  return `${group.sourceId}:${isUnnamedType(group.type) ? 'u0' : 'm0'}`;
}

export function filterGroups(groups: SpeakerGroup[], filter: SpeakerFilter): SpeakerGroup[] {
  if (filter === 'named') return groups.filter((g) => isNamedType(g.type));
  if (filter === 'unnamed') return groups.filter((g) => isUnnamedType(g.type));
  return groups;
}

/** Distinct identified speakers among the quotes. */
export function speakerCount(analysis: Analysis): number {
  return new Set(analysis.quotes.map((q) => q.source).filter((s): s is string => s !== null)).size;
}

/** True when the analysis holds nothing to show: no quotes, no sources, no dates. */
export function isEmptyAnalysis(analysis: Analysis): boolean {
  return analysis.quotes.length === 0 && analysis.sources.length === 0 && analysis.dates.length === 0;
}

export function quoteText(text: string, quote: Quote): string {
  return quote.content.map((s) => text.slice(s.start, s.end).trim()).join(' … ');
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end).trim();
}

/** The sentence around a span, for date snippets. */
export function snippetAround(text: string, span: Span, max = 140): string {
  let start = span.start;
  while (start > 0 && !/[.!?\n]/.test(text[start - 1] ?? '') && span.start - start < max / 2) start--;
  let end = span.end;
  while (end < text.length && !/[.!?\n]/.test(text[end] ?? '') && end - span.end < max / 2) end++;
  return `${start > 0 && !/[.!?\n]/.test(text[start - 1] ?? '') ? '…' : ''}${text.slice(start, end + 1).trim()}`;
}

/** Dates in time order (values that are not calendar days go last, in text order). */
export function datesInTimeOrder(dates: DateMention[]): Array<DateMention & { index: number }> {
  const withIndex = dates.map((d, index) => ({ ...d, index }));
  const calendar = (v: string) => /^\d{4}(?:-\d{2}){0,2}/.test(v);
  return withIndex.sort((a, b) => {
    const ca = calendar(a.value);
    const cb = calendar(b.value);
    if (ca && cb) return a.value.localeCompare(b.value) || a.start - b.start;
    if (ca !== cb) return ca ? -1 : 1;
    return a.start - b.start;
  });
}

/**
 * True when a date phrase depends on the article's own date ("next Tuesday", "last month", "Thursday"):
 * it names no year, so the popup shows the day it resolved to beside it.
 */
export function isRelativePhrase(phrase: string, value: string): boolean {
  return /^\d{4}/.test(value) && !/\b\d{4}\b/.test(phrase) && !/'\d{2}\b/.test(phrase);
}
