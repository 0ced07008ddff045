import type { Analysis } from '../../core/types';
import { describeSourceType } from '../../shared/describe';
import { spanText } from '../model';

interface Props {
  text: string;
  analysis: Analysis;
  onReveal: (id: string) => void;
}

export function UnnamedSources({ text, analysis, onReveal }: Props) {
  const { unnamed } = analysis;
  return (
    <section class="section" aria-labelledby="unnamed-heading">
      <h2 id="unnamed-heading">
        Unnamed sources{' '}
        <span class="count" data-testid="unnamed-count">
          {unnamed.count}
        </span>
      </h2>
      <p class="explain">Each source that is not named counts once, however often it is quoted.</p>
      <ul class="unnamed">
        {unnamed.sources.map((u) => (
          <li key={u.sourceId}>
            <span class={`badge type-${u.type}`}>{describeSourceType(u.type)}</span>
            {u.evidence.map((span, i) => (
              <button
                type="button"
                class="evidence"
                key={`${span.start}`}
                onClick={() => onReveal(`${u.sourceId}:u${i}`)}
              >
                {spanText(text, span)}
              </button>
            ))}
          </li>
        ))}
      </ul>
    </section>
  );
}
