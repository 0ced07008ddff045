export type StateKind = 'loading' | 'unreachable' | 'error' | 'not-article' | 'skipped' | 'empty';

interface Props {
  kind: StateKind;
  title: string;
  body?: string;
  action?: { label: string; onClick: () => void };
  /** Rendered inside another view (the "nothing found" note under the header) instead of filling the popup. */
  inline?: boolean;
}

const ICONS: Partial<Record<StateKind, string>> = {
  unreachable: '⊘',
  error: '!',
  'not-article': '?',
  skipped: '⏸',
  empty: '∅',
};

/** One popup state: loading, not an article, nothing found, error, unreachable, skipped. */
export function StateMessage({ kind, title, body, action, inline = false }: Props) {
  const Tag = inline ? 'section' : 'main';
  return (
    <Tag
      class={`state state-${kind}${inline ? ' inline' : ''}`}
      data-state={kind}
      aria-busy={kind === 'loading' ? 'true' : undefined}
      aria-live={kind === 'loading' ? undefined : 'polite'}
    >
      {kind === 'loading' ? (
        <div class="spinner" aria-hidden="true" />
      ) : (
        ICONS[kind] && (
          <div class="state-icon" aria-hidden="true">
            {ICONS[kind]}
          </div>
        )
      )}
      {inline ? <h2>{title}</h2> : <h1>{title}</h1>}
      {body && <p>{body}</p>}
      {action && (
        <button type="button" class="primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </Tag>
  );
}
