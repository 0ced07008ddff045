import type { DateMention } from '../../core/types';
import { describeDate } from '../../shared/describe';
import { datesInTimeOrder, snippetAround, spanText } from '../model';

interface Props {
  text: string;
  dates: DateMention[];
  onReveal: (id: string) => void;
}

export function DateList({ text, dates, onReveal }: Props) {
  return (
    <section class="section" aria-labelledby="dates-heading">
      <h2 id="dates-heading">Dates</h2>
      {dates.length === 0 && <p class="empty">No dates found.</p>}
      <ul class="dates">
        {datesInTimeOrder(dates).map((d) => (
          <li key={d.index}>
            <button type="button" class="date" data-testid="date" onClick={() => onReveal(`d${d.index}`)}>
              <span class="date-value">{describeDate(d)}</span>
              <span class="date-phrase">“{spanText(text, d)}”</span>
              <span class="date-snippet">{snippetAround(text, d)}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
