import type { Analysis, Source } from '../../core/types';

/**
 * Sources in order of prominence: most quotes first, then whoever speaks first; sources never quoted follow,
 * in order of first mention. The popup lists speakers in this order and the page colours them by it, so the
 * n-th speaker in the popup has the n-th palette colour in the page.
 */
export function rankSources(analysis: Analysis): Source[] {
  const quoteCount = new Map<string, number>();
  const firstQuote = new Map<string, number>();
  for (const q of analysis.quotes) {
    if (!q.source) continue;
    quoteCount.set(q.source, (quoteCount.get(q.source) ?? 0) + 1);
    const at = q.content[0]?.start ?? 0;
    firstQuote.set(q.source, Math.min(firstQuote.get(q.source) ?? at, at));
  }
  const firstMention = (s: Source) => s.mentions.reduce((min, m) => Math.min(min, m.start), Number.POSITIVE_INFINITY);
  return [...analysis.sources].sort(
    (a, b) =>
      (quoteCount.get(b.id) ?? 0) - (quoteCount.get(a.id) ?? 0) ||
      (firstQuote.get(a.id) ?? Number.POSITIVE_INFINITY) - (firstQuote.get(b.id) ?? Number.POSITIVE_INFINITY) ||
      firstMention(a) - firstMention(b) ||
      a.id.localeCompare(b.id),
  );
}

/** Source id → palette index, by prominence. */
export function speakerTones(analysis: Analysis): Map<string, number> {
  return new Map(rankSources(analysis).map((s, i) => [s.id, i]));
}
