import type { Analysis, NoComment } from '../../core/types';
import { t } from '../../shared/i18n';
import { spanText } from '../model';

interface Props {
  text: string;
  analysis: Analysis;
  onReveal: (id: string) => void;
}

const NO_COMMENT_KEYS: Record<NoComment['kind'], 'noCommentDeclined' | 'noCommentNoResponse' | 'noCommentUnreachable'> =
  {
    declined: 'noCommentDeclined',
    'no-response': 'noCommentNoResponse',
    unreachable: 'noCommentUnreachable',
  };

/** Who declined to comment, and which other outlets' reporting the story relies on. */
export function AlsoNoted({ text, analysis, onReveal }: Props) {
  const { noComment, secondhand } = analysis;
  if (noComment.length === 0 && secondhand.length === 0) return null;
  return (
    <section class="section" aria-labelledby="noted-heading">
      <h2 id="noted-heading">{t('alsoNotedHeading')}</h2>
      <ul class="noted">
        {noComment.map((n) => (
          <li key={`n${n.sentence.start}`} data-testid="no-comment">
            <span class="noted-kind">{t(NO_COMMENT_KEYS[n.kind])}</span>{' '}
            {n.who ? spanText(text, n.who) : <span class="noted-sentence">{spanText(text, n.sentence)}</span>}
          </li>
        ))}
        {secondhand.map((s) => (
          <li key={`s${s.sourceId}`} data-testid="secondhand">
            <span class="noted-kind">{t('secondhandLabel')}</span>{' '}
            {s.mentions.length > 0 ? (
              <button type="button" class="link" onClick={() => onReveal(`${s.sourceId}:m0`)}>
                {s.outlet}
              </button>
            ) : (
              s.outlet
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
