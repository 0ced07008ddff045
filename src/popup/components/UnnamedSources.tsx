import type { Analysis } from '../../core/types';
import { describeSourceType, explainUnnamedType } from '../../shared/describe';
import { t, tn } from '../../shared/i18n';
import { countUnnamed, type Settings } from '../../shared/settings';
import { spanText } from '../model';

interface Props {
  text: string;
  analysis: Analysis;
  settings: Settings;
  onReveal: (id: string) => void;
}

export function UnnamedSources({ text, analysis, settings, onReveal }: Props) {
  const { unnamed } = analysis;
  const names = new Map(analysis.sources.map((s) => [s.id, s.name]));
  const count = countUnnamed(unnamed, settings);
  const split = [
    tn('splitAnonymous', unnamed.anonymous),
    tn('splitUnnamedPeople', unnamed.unnamedPeople),
    settings.countVagueGroups
      ? tn('splitVagueGroups', unnamed.vagueGroups)
      : tn('splitVagueGroupsUncounted', unnamed.vagueGroups),
  ];
  return (
    <section class="section" aria-labelledby="unnamed-heading">
      <h2 id="unnamed-heading">
        {t('unnamedHeading')}{' '}
        <span class="count" data-testid="unnamed-count">
          {count}
        </span>
      </h2>
      <p class="split" data-testid="unnamed-split">
        {split.join(' · ')}
      </p>
      <p class="explain">{settings.countVagueGroups ? t('unnamedExplain') : t('unnamedExplainNoGroups')}</p>
      {unnamed.sources.length === 0 && <p class="empty">{t('unnamedEmpty')}</p>}
      <ul class="unnamed">
        {unnamed.sources.map((u) => {
          const uncounted = u.type === 'unnamed-group' && !settings.countVagueGroups;
          return (
            <li key={u.sourceId} class={uncounted ? 'uncounted' : ''} data-testid="unnamed-source">
              <div class="unnamed-head">
                <span class={`badge type-${u.type}`} title={explainUnnamedType(u.type)}>
                  {describeSourceType(u.type)}
                </span>
                {uncounted && <span class="badge">{t('notCounted')}</span>}
              </div>
              {u.evidence.map((span, i) => (
                <button
                  type="button"
                  class="evidence"
                  key={`${span.start}`}
                  onClick={() => onReveal(`${u.sourceId}:u${i}`)}
                >
                  “{spanText(text, span)}”
                  {names.get(u.sourceId) && names.get(u.sourceId) !== spanText(text, span) && (
                    <span class="evidence-name"> — {names.get(u.sourceId)}</span>
                  )}
                </button>
              ))}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
