import type { Analysis, Source, Span } from '../core/types';
import { anchor, textQuoteOf } from '../page/anchor/anchor';
import type { TextIndex } from '../page/anchor/text-index';
import type { HighlightCategory, HighlightItem } from '../page/highlight/types';
import { describeDate, describeSourceType } from '../shared/describe';

/**
 * Turns the engine's facts (offsets into the extracted text) into highlight items anchored in the live page.
 * Ids match the popup's: quotes "q1", speaker mentions "s1:m0", unnamed evidence "s1:u0", dates "d0".
 */

interface Target {
  id: string;
  category: HighlightCategory;
  span: Span;
  heading: string;
  lines: string[];
}

function targets(text: string, analysis: Analysis): Target[] {
  const sources = new Map<string, Source>(analysis.sources.map((s) => [s.id, s]));
  const out: Target[] = [];
  for (const q of analysis.quotes) {
    const source = q.source ? sources.get(q.source) : undefined;
    const lines = [
      source ? describeSourceType(source.type) : 'Speaker not identified',
      `${q.kind === 'direct' ? 'Direct quote' : q.kind === 'mixed' ? 'Partly quoted' : 'Reported speech'}${
        q.cue ? ` · “${text.slice(q.cue.start, q.cue.end)}”` : ''
      }`,
    ];
    q.content.forEach((span, i) => {
      out.push({
        id: i === 0 ? q.id : `${q.id}:${i}`,
        category: q.kind === 'direct' ? 'directQuotes' : 'reportedQuotes',
        span,
        heading: source?.name ?? 'Unknown speaker',
        lines,
      });
    });
  }
  const unnamedEvidence = new Set<string>();
  for (const u of analysis.unnamed.sources) {
    const source = sources.get(u.sourceId);
    u.evidence.forEach((span, i) => {
      unnamedEvidence.add(`${span.start}:${span.end}`);
      out.push({
        id: `${u.sourceId}:u${i}`,
        category: 'unnamed',
        span,
        heading: 'Unnamed source',
        lines: [describeSourceType(u.type), ...(source ? [source.name] : [])],
      });
    });
  }
  for (const s of analysis.sources) {
    s.mentions.forEach((span, i) => {
      if (unnamedEvidence.has(`${span.start}:${span.end}`)) return;
      out.push({
        id: `${s.id}:m${i}`,
        category: 'speakers',
        span,
        heading: s.name,
        lines: [describeSourceType(s.type), ...(s.title ? [s.title] : [])],
      });
    });
  }
  analysis.dates.forEach((d, i) => {
    out.push({ id: `d${i}`, category: 'dates', span: d, heading: describeDate(d), lines: [d.type.toLowerCase()] });
  });
  return out;
}

export function buildHighlightItems(index: TextIndex, text: string, analysis: Analysis): HighlightItem[] {
  const items: HighlightItem[] = [];
  for (const t of targets(text, analysis)) {
    const range = anchor(index, textQuoteOf(text, t.span));
    if (range) items.push({ id: t.id, category: t.category, range, card: { heading: t.heading, lines: t.lines } });
  }
  return items;
}
