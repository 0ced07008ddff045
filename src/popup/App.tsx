import { ArticleView } from './components/ArticleView';
import { StateMessage } from './components/StateMessage';
import { useTab } from './use-tab';

export function App() {
  const { tabId, view, refresh, analyzeAnyway } = useTab();

  if (view.kind === 'loading') return <StateMessage kind="loading" title="Reading the article…" />;
  if (view.kind === 'unreachable') {
    return (
      <StateMessage
        kind="unreachable"
        title="Sourcelight can’t read this page"
        body="Browser pages, the extension store and pages still loading are out of reach. Open a news article and try again."
      />
    );
  }
  if (view.kind === 'error') {
    return (
      <StateMessage
        kind="error"
        title="Something went wrong"
        body={view.error}
        action={{ label: 'Try again', onClick: refresh }}
      />
    );
  }
  if (view.kind === 'content') {
    const { status } = view.status;
    if (status === 'skipped' && view.status.reason === 'site-skipped') {
      return (
        <StateMessage
          kind="skipped"
          title="This site is on your skip list"
          body="Sourcelight does nothing here."
          action={{ label: 'Analyze anyway', onClick: analyzeAnyway }}
        />
      );
    }
    if (status === 'skipped') {
      return (
        <StateMessage
          kind="skipped"
          title="Ready when you are"
          body="Automatic analysis is off in the options."
          action={{ label: 'Analyze this page', onClick: analyzeAnyway }}
        />
      );
    }
    if (status === 'analyzing') return <StateMessage kind="loading" title="Reading the article…" />;
    return (
      <StateMessage
        kind="not-article"
        title="This doesn’t look like a news article"
        body="Sourcelight only runs on articles by itself. You can still analyze this page."
        action={{ label: 'Analyze anyway', onClick: analyzeAnyway }}
      />
    );
  }
  const { state } = view;
  switch (state.status) {
    case 'analyzing':
      return <StateMessage kind="loading" title="Reading the article…" />;
    case 'error':
      return (
        <StateMessage
          kind="error"
          title="Something went wrong"
          body={state.error}
          action={{ label: 'Try again', onClick: analyzeAnyway }}
        />
      );
    case 'no-text':
      return (
        <StateMessage
          kind="not-article"
          title="No article text found"
          body="The page has no readable article body."
          action={{ label: 'Try again', onClick: analyzeAnyway }}
        />
      );
    case 'not-article':
      return (
        <StateMessage
          kind="not-article"
          title="This doesn’t look like a news article"
          action={{ label: 'Analyze anyway', onClick: analyzeAnyway }}
        />
      );
    case 'skipped':
      return (
        <StateMessage
          kind="skipped"
          title="Ready when you are"
          body="Automatic analysis is off in the options."
          action={{ label: 'Analyze this page', onClick: analyzeAnyway }}
        />
      );
    case 'done':
      return <ArticleView tabId={tabId} state={state} />;
  }
}
