import type { HighlightCategory } from '../page/highlight/types';

/** One highlighted stretch of the options page's sample paragraph. */
export interface PreviewSpan {
  category: HighlightCategory;
  start: number;
  end: number;
  tone?: number;
}

const MARKERS: Record<string, HighlightCategory> = { q: 'directQuotes', r: 'reportedQuotes', u: 'unnamed', d: 'dates' };

/**
 * Reads the sample paragraph's markup from the messages (so translators can move the marked phrases):
 * `[q:…]` direct quote, `[r:…]` reported speech, `[s1:…]` `[s2:…]` speakers (with their colour), `[u:…]`
 * unnamed source, `[d:…]` date. Returns the plain text and where each marked phrase is in it.
 */
export function parsePreview(markup: string): { text: string; spans: PreviewSpan[] } {
  const spans: PreviewSpan[] = [];
  let text = '';
  const re = /\[(q|r|u|d|s(\d)):([^\]]+)\]/g;
  let last = 0;
  for (let m = re.exec(markup); m; m = re.exec(markup)) {
    text += markup.slice(last, m.index);
    const phrase = m[3] ?? '';
    const start = text.length;
    text += phrase;
    const speaker = m[2];
    if (speaker !== undefined) spans.push({ category: 'speakers', start, end: text.length, tone: Number(speaker) - 1 });
    else spans.push({ category: MARKERS[m[1] ?? ''] ?? 'dates', start, end: text.length });
    last = re.lastIndex;
  }
  text += markup.slice(last);
  return { text, spans };
}
