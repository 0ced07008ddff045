import type { Analysis } from '../../core/types';
import { describeSourceType } from '../../shared/describe';
import { groupBySpeaker, quoteText } from '../model';

interface Props {
  text: string;
  analysis: Analysis;
  onReveal: (id: string) => void;
}

export function WhoSaidWhat({ text, analysis, onReveal }: Props) {
  const groups = groupBySpeaker(analysis);
  return (
    <section class="section" aria-labelledby="who-heading">
      <h2 id="who-heading">Who said what</h2>
      {groups.length === 0 && <p class="empty">No quotes or attributed statements found.</p>}
      <ul class="speakers">
        {groups.map((g) => (
          <li class="speaker" key={g.sourceId ?? 'unknown'} data-testid="speaker">
            <div class="speaker-head">
              <span class="speaker-name">{g.name}</span>
              <span class={`badge type-${g.type}`}>{describeSourceType(g.type)}</span>
            </div>
            {g.title && <div class="speaker-title">{g.title}</div>}
            <ul class="quotes">
              {g.quotes.map((q) => (
                <li key={q.id}>
                  <button
                    type="button"
                    class={`quote kind-${q.kind}`}
                    data-quote-id={q.id}
                    onClick={() => onReveal(q.id)}
                  >
                    {q.kind === 'indirect' ? quoteText(text, q) : `“${quoteText(text, q)}”`}
                  </button>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
