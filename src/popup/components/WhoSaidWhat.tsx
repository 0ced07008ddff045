import { useState } from 'preact/hooks';
import type { Analysis } from '../../core/types';
import { toneColor } from '../../page/highlight/palette';
import { describeQuoteKind, describeSourceType } from '../../shared/describe';
import { t, tn } from '../../shared/i18n';
import type { Settings } from '../../shared/settings';
import {
  filterGroups,
  firstMentionId,
  groupBySpeaker,
  quoteText,
  type SpeakerFilter,
  type SpeakerGroup,
} from '../model';

interface Props {
  text: string;
  analysis: Analysis;
  settings: Settings;
  onReveal: (id: string) => void;
}

const FILTERS: SpeakerFilter[] = ['all', 'named', 'unnamed'];
const FILTER_LABELS = { all: 'filterAll', named: 'filterNamed', unnamed: 'filterUnnamed' } as const;

export function WhoSaidWhat({ text, analysis, settings, onReveal }: Props) {
  const [filter, setFilter] = useState<SpeakerFilter>('all');
  const groups = groupBySpeaker(analysis);
  const shown = filterGroups(groups, filter);
  return (
    <section class="section" aria-labelledby="who-heading">
      <div class="section-head">
        <h2 id="who-heading">{t('whoHeading')}</h2>
        {groups.length > 0 && (
          <fieldset class="segmented" data-testid="speaker-filter">
            <legend class="visually-hidden">{t('filterLegend')}</legend>
            {FILTERS.map((f) => (
              <label key={f} class={filter === f ? 'selected' : ''}>
                <input
                  type="radio"
                  name="speaker-filter"
                  value={f}
                  checked={filter === f}
                  onChange={() => setFilter(f)}
                />
                {t(FILTER_LABELS[f])}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      {groups.length === 0 && <p class="empty">{t('whoEmpty')}</p>}
      {groups.length > 0 && shown.length === 0 && (
        <p class="empty">{filter === 'named' ? t('filterNoNamed') : t('filterNoUnnamed')}</p>
      )}
      <ul class="speakers">
        {shown.map((g) => (
          <Speaker key={g.sourceId ?? 'unknown'} group={g} text={text} settings={settings} onReveal={onReveal} />
        ))}
      </ul>
    </section>
  );
}

function Speaker({
  group: g,
  text,
  settings,
  onReveal,
}: {
  group: SpeakerGroup;
  text: string;
  settings: Settings;
  onReveal: (id: string) => void;
}) {
  const headingId = `speaker-${g.sourceId ?? 'unknown'}`;
  const showTone = settings.speakerColors && g.tone !== null;
  return (
    <li class="speaker" data-testid="speaker" aria-labelledby={headingId}>
      <div class="speaker-head">
        {showTone && g.tone !== null && (
          <span class="tone" style={{ background: toneColor(g.tone) }} aria-hidden="true" />
        )}
        <h3 class="speaker-name" id={headingId}>
          {g.sourceId ? (
            <button type="button" class="name-button" onClick={() => onReveal(firstMentionId(g))}>
              {g.name}
            </button>
          ) : (
            t('speakerUnknown')
          )}
        </h3>
        <span class="quote-count">{tn('quoteCount', g.quotes.length)}</span>
        <span class={`badge type-${g.type}`} data-testid="type-badge">
          {describeSourceType(g.type)}
        </span>
      </div>
      {g.title && <p class="speaker-title">{g.title}</p>}
      <ul class="quotes">
        {g.quotes.map((q) => {
          const body = quoteText(text, q);
          return (
            <li key={q.id}>
              <button type="button" class={`quote kind-${q.kind}`} data-quote-id={q.id} onClick={() => onReveal(q.id)}>
                <span class="visually-hidden">{describeQuoteKind(q.kind)}: </span>
                {q.kind === 'direct' ? `“${body}”` : body}
              </button>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
