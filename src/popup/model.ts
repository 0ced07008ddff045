import type { Analysis, DateMention, Quote, Source, SourceType, Span } from '../core/types';

/** The popup's view of an analysis: sources grouped with their quotes, sorted by prominence. Pure. */

export interface SpeakerGroup {
  sourceId: string | null;
  name: string;
  type: SourceType;
  title?: string;
  quotes: Quote[];
}

export function groupBySpeaker(analysis: Analysis): SpeakerGroup[] {
  const sources = new Map<string, Source>(analysis.sources.map((s) => [s.id, s]));
  const groups = new Map<string, SpeakerGroup>();
  for (const q of analysis.quotes) {
    const key = q.source ?? '';
    let group = groups.get(key);
    if (!group) {
      const s = q.source ? sources.get(q.source) : undefined;
      group = {
        sourceId: s?.id ?? null,
        name: s?.name ?? 'Unknown speaker',
        type: s?.type ?? 'unresolved',
        quotes: [],
        ...(s?.title ? { title: s.title } : {}),
      };
      groups.set(key, group);
    }
    group.quotes.push(q);
  }
  // Most quoted first; among equals, whoever speaks first in the article.
  return [...groups.values()].sort(
    (a, b) =>
      b.quotes.length - a.quotes.length ||
      (a.quotes[0]?.content[0]?.start ?? 0) - (b.quotes[0]?.content[0]?.start ?? 0),
  );
}

export function quoteText(text: string, quote: Quote): string {
  return quote.content.map((s) => text.slice(s.start, s.end).trim()).join(' … ');
}

export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
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
