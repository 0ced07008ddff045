import '../shared/i18n-en';
import type { Analysis, Source } from '../core/types';
import { describeDate, describeSourceType } from '../shared/describe';

/** A plain-text report for people: who said what, unnamed sources, dates. */

function wrap(text: string, width: number, indent: string): string {
  const words = text.split(/\s+/);
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + w.length + 1 > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines.map((l) => indent + l).join('\n');
}

export interface ReportHeader {
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  modified?: string | null;
  isArticle?: boolean;
}

export function formatReport(text: string, analysis: Analysis, header: ReportHeader = {}): string {
  const out: string[] = [];
  const sources = new Map<string, Source>(analysis.sources.map((s) => [s.id, s]));
  if (header.title) out.push(header.title);
  const meta = [
    header.byline ? `by ${header.byline}` : null,
    header.published ? `published ${header.published}` : 'publication date not stated',
    header.modified ? `updated ${header.modified}` : null,
    header.isArticle === false ? 'NOT detected as a news article' : null,
  ].filter(Boolean);
  out.push(meta.join(' · '), '');
  out.push(`WHO SAID WHAT (${analysis.quotes.length} attributions)`);
  const bySource = new Map<string, typeof analysis.quotes>();
  for (const q of analysis.quotes) {
    const key = q.source ?? '?';
    bySource.set(key, [...(bySource.get(key) ?? []), q]);
  }
  for (const [key, quotes] of bySource) {
    const s = sources.get(key);
    const name = s ? `${s.name}${s.title ? `, ${s.title}` : ''}` : 'Unknown speaker';
    out.push(`  ${name}  [${s ? describeSourceType(s.type) : 'unresolved'}]`);
    for (const q of quotes) {
      const content = q.content.map((c) => text.slice(c.start, c.end).trim()).join(' … ');
      const cue = q.cue ? text.slice(q.cue.start, q.cue.end) : '—';
      const mention = q.speaker ? text.slice(q.speaker.start, q.speaker.end) : '—';
      out.push(`    - ${q.kind} (${mention} / ${cue})`);
      // Direct quotes are shown in quote marks; reported and mixed speech as reported (mixed keeps its own marks).
      out.push(wrap(q.kind === 'direct' ? `“${content}”` : content, 96, '        '));
    }
  }
  const u = analysis.unnamed;
  out.push(
    '',
    `UNNAMED SOURCES: ${u.count} (${u.anonymous} anonymous, ${u.unnamedPeople} unnamed people, ${u.vagueGroups} vague groups)`,
  );
  for (const item of u.sources) {
    const phrases = item.evidence.map((e) => `“${text.slice(e.start, e.end)}”`).join(', ');
    out.push(`  - [${describeSourceType(item.type)}] ${phrases}`);
  }
  if (analysis.noComment.length > 0) {
    out.push('', 'NO COMMENT');
    for (const n of analysis.noComment)
      out.push(`  - ${wrap(text.slice(n.sentence.start, n.sentence.end), 96, '    ').trimStart()}`);
  }
  if (analysis.secondhand.length > 0)
    out.push('', `SECONDHAND REPORTING: ${analysis.secondhand.map((s) => s.outlet).join(', ')}`);
  out.push('', `DATES (${analysis.dates.length})`);
  for (const d of analysis.dates) {
    out.push(
      `  - “${text.slice(d.start, d.end)}” → ${d.value} (${d.type}${/^\d{4}-\d{2}-\d{2}/.test(d.value) ? `, ${describeDate(d)}` : ''})`,
    );
  }
  return out.join('\n');
}
