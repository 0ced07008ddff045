import type { DateMention } from '../../core/types';
import { describeDate, describeDateType } from '../../shared/describe';
import { t } from '../../shared/i18n';
import { datesInTimeOrder, isRelativePhrase, snippetAround, spanText } from '../model';

interface Props {
  text: string;
  dates: DateMention[];
  onReveal: (id: string) => void;
}

export function DateList({ text, dates, onReveal }: Props) {
  return (
    <section class="section" aria-labelledby="dates-heading">
      <h2 id="dates-heading">{t('datesHeading')}</h2>
      {dates.length === 0 && <p class="empty">{t('datesEmpty')}</p>}
      <ul class="dates">
        {datesInTimeOrder(dates).map((d) => {
          const phrase = spanText(text, d);
          const relative = isRelativePhrase(phrase, d.value);
          return (
            <li key={d.index}>
              <button type="button" class="date" data-testid="date" onClick={() => onReveal(`d${d.index}`)}>
                <span class="date-value">
                  {describeDate(d)}
                  {d.type !== 'DATE' && <span class="date-type"> · {describeDateType(d.type)}</span>}
                </span>
                {phrase !== d.value && (
                  <span class="date-phrase">{relative ? t('dateResolvedFrom', phrase) : `“${phrase}”`}</span>
                )}
                <span class="date-snippet">{snippetAround(text, d)}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
