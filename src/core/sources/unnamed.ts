import type { Quote, Source, UnnamedSource, UnnamedSummary } from '../types';

const PRONOUN = /^(?:he|she|it|they|we|i|who|you)$/i;

/**
 * Counts unnamed sources the way press researchers do: each distinct unnamed source once, however often
 * it is quoted; a plural group counts as one. Evidence is every non-pronoun mention of the source.
 */
export function summarizeUnnamed(text: string, sources: Source[], quotes: Quote[]): UnnamedSummary {
  const quoted = new Set(quotes.map((q) => q.source));
  const unnamed: UnnamedSource[] = [];
  for (const s of sources) {
    if (s.type !== 'anonymous' && s.type !== 'unnamed-person' && s.type !== 'unnamed-group') continue;
    if (!quoted.has(s.id)) continue;
    // A description that shows why the source is unnamed replaces the bare mention it extends.
    const described = s.descriptions ?? [];
    const mentions = s.mentions.filter((m) => !described.some((d) => d.start === m.start));
    const evidence = [...described, ...mentions.filter((m) => !PRONOUN.test(text.slice(m.start, m.end).trim()))].sort(
      (a, b) => a.start - b.start,
    );
    unnamed.push({ sourceId: s.id, type: s.type, evidence: evidence.length > 0 ? evidence : s.mentions.slice(0, 1) });
  }
  return {
    count: unnamed.length,
    anonymous: unnamed.filter((u) => u.type === 'anonymous').length,
    unnamedPeople: unnamed.filter((u) => u.type === 'unnamed-person').length,
    vagueGroups: unnamed.filter((u) => u.type === 'unnamed-group').length,
    sources: unnamed,
  };
}
