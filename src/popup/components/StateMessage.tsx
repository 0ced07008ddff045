interface Props {
  kind: 'loading' | 'unreachable' | 'error' | 'not-article' | 'skipped';
  title: string;
  body?: string;
  action?: { label: string; onClick: () => void };
}

/** One full-popup state: loading, not an article, error, unreachable. */
export function StateMessage({ kind, title, body, action }: Props) {
  return (
    <main class={`state state-${kind}`} data-state={kind} aria-busy={kind === 'loading'}>
      {kind === 'loading' && <div class="spinner" role="progressbar" aria-label="Loading" />}
      <h1>{title}</h1>
      {body && <p>{body}</p>}
      {action && (
        <button type="button" class="primary" onClick={action.onClick}>
          {action.label}
        </button>
      )}
    </main>
  );
}
