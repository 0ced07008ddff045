import type { DateType, NoComment, QuoteKind, SourceType } from '../core/types';
import { describeDate, describeQuoteKind, describeSourceType } from '../shared/describe';
import { t, tn } from '../shared/i18n';
import type { TabState } from '../shared/messages';
import { countUnnamed, type Settings } from '../shared/settings';
import { groupBySpeaker, quoteText, spanText, speakerCount } from './model';

type Done = Extract<TabState, { status: 'done' }>;

/** The facts of one analysis as plain data: what "Copy as JSON" copies and "Copy as Markdown" formats. */
export interface Facts {
  title: string | null;
  site: string | null;
  url: string;
  published: string | null;
  modified: string | null;
  scope: 'page' | 'selection';
  counts: { quotes: number; speakers: number; unnamed: number };
  speakers: Array<{
    name: string | null;
    type: SourceType;
    title: string | null;
    quotes: Array<{ kind: QuoteKind; text: string; cue: string | null }>;
  }>;
  unnamed: {
    count: number;
    anonymous: number;
    unnamedPeople: number;
    vagueGroups: number;
    vagueGroupsCounted: boolean;
    sources: Array<{ name: string | null; type: SourceType; evidence: string[] }>;
  };
  dates: Array<{ text: string; value: string; type: DateType }>;
  noComment: Array<{ who: string | null; kind: NoComment['kind']; sentence: string }>;
  secondhand: string[];
}

export function factsOf(state: Done, settings: Pick<Settings, 'countVagueGroups'>): Facts {
  const { article, analysis } = state;
  const text = article.text;
  const names = new Map(analysis.sources.map((s) => [s.id, s.name]));
  return {
    title: article.title,
    site: article.siteName,
    url: article.url,
    published: article.published,
    modified: article.modified,
    scope: state.scope ?? 'page',
    counts: {
      quotes: analysis.quotes.length,
      speakers: speakerCount(analysis),
      unnamed: countUnnamed(analysis.unnamed, settings),
    },
    speakers: groupBySpeaker(analysis).map((g) => ({
      name: g.sourceId ? g.name : null,
      type: g.type,
      title: g.title ?? null,
      quotes: g.quotes.map((q) => ({
        kind: q.kind,
        text: quoteText(text, q),
        cue: q.cue ? spanText(text, q.cue) : null,
      })),
    })),
    unnamed: {
      count: countUnnamed(analysis.unnamed, settings),
      anonymous: analysis.unnamed.anonymous,
      unnamedPeople: analysis.unnamed.unnamedPeople,
      vagueGroups: analysis.unnamed.vagueGroups,
      vagueGroupsCounted: settings.countVagueGroups,
      sources: analysis.unnamed.sources.map((u) => ({
        name: names.get(u.sourceId) ?? null,
        type: u.type,
        evidence: u.evidence.map((span) => spanText(text, span)),
      })),
    },
    dates: analysis.dates.map((d) => ({ text: spanText(text, d), value: d.value, type: d.type })),
    noComment: analysis.noComment.map((n) => ({
      who: n.who ? spanText(text, n.who) : null,
      kind: n.kind,
      sentence: spanText(text, n.sentence),
    })),
    secondhand: analysis.secondhand.map((s) => s.outlet),
  };
}

export function toJson(facts: Facts): string {
  return `${JSON.stringify(facts, null, 2)}\n`;
}

/** Page text is data, not Markdown: characters that would format or link are escaped. */
export function escapeMarkdown(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#|!~]/g, (c) => `\\${c}`).replace(/\s+/g, ' ');
}

export function toMarkdown(facts: Facts): string {
  const e = escapeMarkdown;
  const out: string[] = [`# ${e(facts.title ?? t('untitled'))}`, ''];
  const about = [
    facts.site ? e(facts.site) : null,
    facts.published ? t('mdPublished', describeDate({ type: 'DATE', value: facts.published })) : null,
    facts.modified ? t('mdUpdated', describeDate({ type: 'DATE', value: facts.modified })) : null,
  ].filter(Boolean);
  if (about.length) out.push(about.join(' · '), '');
  out.push(`<${facts.url.replace(/[<>\s]/g, encodeURIComponent)}>`, '');
  if (facts.scope === 'selection') out.push(`_${t('selectionOnly')}_`, '');
  out.push(
    `${tn('quoteCount', facts.counts.quotes)} · ${tn('speakerCount', facts.counts.speakers)} · ${tn('unnamedCount', facts.counts.unnamed)}`,
    '',
  );
  out.push(`## ${t('whoHeading')}`, '');
  if (facts.speakers.length === 0) out.push(t('whoEmpty'), '');
  for (const s of facts.speakers) {
    const type = describeSourceType(s.type);
    out.push(`### ${e(s.name ?? t('speakerUnknown'))}${s.title ? `, ${e(s.title)}` : ''} (${type})`, '');
    for (const q of s.quotes) {
      const quoted = q.kind === 'direct' ? `“${e(q.text)}”` : e(q.text);
      out.push(`- ${describeQuoteKind(q.kind)}: ${quoted}`);
    }
    out.push('');
  }
  out.push(`## ${t('unnamedHeading')}: ${facts.unnamed.count}`, '');
  for (const u of facts.unnamed.sources) {
    const type = describeSourceType(u.type);
    out.push(`- ${type}: ${u.evidence.map((x) => `“${e(x)}”`).join(', ')}`);
  }
  if (facts.unnamed.sources.length) out.push('');
  out.push(`## ${t('datesHeading')}`, '');
  for (const d of facts.dates) out.push(`- “${e(d.text)}”: ${describeDate(d)}`);
  if (facts.dates.length) out.push('');
  if (facts.noComment.length) {
    out.push(`## ${t('noCommentHeading')}`, '');
    for (const n of facts.noComment) out.push(`- ${e(n.sentence)}`);
    out.push('');
  }
  if (facts.secondhand.length) {
    out.push(`## ${t('secondhandHeading')}`, '');
    for (const outlet of facts.secondhand) out.push(`- ${e(outlet)}`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
