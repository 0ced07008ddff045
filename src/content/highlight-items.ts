import type { Analysis, Quote, Source, Span } from '../core/types';
import { anchor, textQuoteOf } from '../page/anchor/anchor';
import type { TextIndex } from '../page/anchor/text-index';
import { speakerTones } from '../page/highlight/speaker-tones';
import type { CardInfo, HighlightCategory, HighlightItem } from '../page/highlight/types';
import {
  describeDate,
  describeDateType,
  describeQuoteKind,
  describeSourceType,
  explainUnnamedType,
  isCalendarValue,
} from '../shared/describe';
import { t, tn } from '../shared/i18n';

/**
 * Turns the engine's facts (offsets into the extracted text) into highlight items anchored in the live page.
 * Ids match the popup's: quotes "q1" (further fragments "q1:1"), speaker mentions "s1:m0", unnamed evidence
 * "s1:u0", dates "d0".
 */

/** One fact to highlight, before anchoring. Its card is worded only when a reader opens it (see below). */
export interface HighlightTarget {
  id: string;
  category: HighlightCategory;
  span: Span;
  card: () => CardInfo;
  tone?: number;
}

function sourceLines(source: Source | undefined): string[] {
  if (!source) return [t('cardSpeakerUnknown')];
  return [describeSourceType(source.type), ...(source.title ? [source.title] : [])];
}

function quoteTargets(text: string, analysis: Analysis, sources: Map<string, Source>, tones: Map<string, number>) {
  const out: HighlightTarget[] = [];
  const fragments = (q: Quote) => q.content.length;
  for (const q of analysis.quotes) {
    const source = q.source ? sources.get(q.source) : undefined;
    const tone = q.source ? tones.get(q.source) : undefined;
    const lines = () => [
      ...sourceLines(source),
      ...(q.cue ? [t('cardCue', text.slice(q.cue.start, q.cue.end).trim())] : []),
      ...(fragments(q) > 1 ? [tn('cardFragments', fragments(q))] : []),
    ];
    q.content.forEach((span, i) => {
      out.push({
        id: i === 0 ? q.id : `${q.id}:${i}`,
        category: q.kind === 'direct' ? 'directQuotes' : 'reportedQuotes',
        span,
        card: () => ({
          label: describeQuoteKind(q.kind),
          heading: source?.name ?? t('speakerUnknown'),
          lines: lines(),
        }),
        ...(tone !== undefined ? { tone } : {}),
      });
    });
  }
  return out;
}

/**
 * Every fact of the analysis as a highlight target, in the engine's order. Cards are closures: wording a
 * card formats dates and looks messages up, which for a long article cost more than all the anchoring.
 */
export function highlightTargets(text: string, analysis: Analysis): HighlightTarget[] {
  const sources = new Map<string, Source>(analysis.sources.map((s) => [s.id, s]));
  const tones = speakerTones(analysis);
  const quoteCount = new Map<string, number>();
  for (const q of analysis.quotes) if (q.source) quoteCount.set(q.source, (quoteCount.get(q.source) ?? 0) + 1);
  const out = quoteTargets(text, analysis, sources, tones);
  const unnamedEvidence = new Set<string>();
  for (const u of analysis.unnamed.sources) {
    const source = sources.get(u.sourceId);
    const tone = tones.get(u.sourceId);
    u.evidence.forEach((span, i) => {
      unnamedEvidence.add(`${span.start}:${span.end}`);
      out.push({
        id: `${u.sourceId}:u${i}`,
        category: 'unnamed',
        span,
        card: () => ({
          label: t('cardUnnamedLabel'),
          heading: source?.name ?? text.slice(span.start, span.end),
          lines: [describeSourceType(u.type), explainUnnamedType(u.type)],
        }),
        ...(tone !== undefined ? { tone } : {}),
      });
    });
  }
  for (const s of analysis.sources) {
    const tone = tones.get(s.id);
    s.mentions.forEach((span, i) => {
      if (unnamedEvidence.has(`${span.start}:${span.end}`)) return;
      out.push({
        id: `${s.id}:m${i}`,
        category: 'speakers',
        span,
        card: () => ({
          label: t('cardSpeakerLabel'),
          heading: s.name,
          lines: [...sourceLines(s), tn('quoteCount', quoteCount.get(s.id) ?? 0)],
        }),
        ...(tone !== undefined ? { tone } : {}),
      });
    });
  }
  analysis.dates.forEach((d, i) => {
    out.push({
      id: `d${i}`,
      category: 'dates',
      span: d,
      card: () => ({
        label: describeDateType(d.type),
        heading: describeDate(d),
        lines: isCalendarValue(d.value) ? [t('cardDateResolved', text.slice(d.start, d.end).trim())] : [],
      }),
    });
  });
  return out;
}

/** A target anchored in the live page, or null when its words are not found there. */
export function anchorTarget(index: TextIndex, text: string, target: HighlightTarget): HighlightItem | null {
  const range = anchor(index, textQuoteOf(text, target.span));
  if (!range) return null;
  let card: CardInfo | null = null;
  return {
    id: target.id,
    category: target.category,
    range,
    get card() {
      card ??= target.card();
      return card;
    },
    ...(target.tone !== undefined ? { tone: target.tone } : {}),
  };
}

export function buildHighlightItems(index: TextIndex, text: string, analysis: Analysis): HighlightItem[] {
  const items: HighlightItem[] = [];
  for (const target of highlightTargets(text, analysis)) {
    const item = anchorTarget(index, text, target);
    if (item) items.push(item);
  }
  return items;
}
