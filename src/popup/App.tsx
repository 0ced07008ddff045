import { t } from '../shared/i18n';
import { useSettings } from '../ui/use-settings';
import { ArticleView } from './components/ArticleView';
import { StateMessage } from './components/StateMessage';
import { useTab } from './use-tab';

export function App() {
  const { tabId, view, refresh, analyzeAnyway, reloadTab } = useTab();
  const settings = useSettings();

  if (view.kind === 'loading' || !settings) return <StateMessage kind="loading" title={t('stateLoading')} />;
  if (view.kind === 'unreachable') {
    return (
      <StateMessage
        kind="unreachable"
        title={t('stateUnreachableTitle')}
        body={t('stateUnreachableBody')}
        {...(tabId !== null ? { action: { label: t('actionReload'), onClick: reloadTab } } : {})}
      />
    );
  }
  if (view.kind === 'error') {
    return (
      <StateMessage
        kind="error"
        title={t('stateErrorTitle')}
        body={view.error}
        action={{ label: t('actionRetry'), onClick: refresh }}
      />
    );
  }
  const status = view.kind === 'content' ? view.status : view.state;
  switch (status.status) {
    case 'idle':
    case 'analyzing':
      return <StateMessage kind="loading" title={t('stateLoading')} />;
    case 'skipped':
      if (status.reason === 'too-large') {
        return (
          <StateMessage
            kind="skipped"
            title={t('stateTooLargeTitle')}
            body={t('stateTooLargeBody')}
            action={{ label: t('actionAnalyzeAnyway'), onClick: analyzeAnyway }}
          />
        );
      }
      return status.reason === 'site-skipped' ? (
        <StateMessage
          kind="skipped"
          title={t('stateSiteSkippedTitle')}
          body={t('stateSiteSkippedBody')}
          action={{ label: t('actionAnalyzeAnyway'), onClick: analyzeAnyway }}
        />
      ) : (
        <StateMessage
          kind="skipped"
          title={t('stateAutoRunOffTitle')}
          body={t('stateAutoRunOffBody')}
          action={{ label: t('actionAnalyzePage'), onClick: analyzeAnyway }}
        />
      );
    case 'error':
      return (
        <StateMessage
          kind="error"
          title={t('stateErrorTitle')}
          body={'error' in status ? status.error : t('stateErrorBody')}
          action={{ label: t('actionRetry'), onClick: analyzeAnyway }}
        />
      );
    case 'no-text':
      return (
        <StateMessage
          kind="not-article"
          title={t('stateNoTextTitle')}
          body={t('stateNoTextBody')}
          action={{ label: t('actionRetry'), onClick: analyzeAnyway }}
        />
      );
    case 'not-article':
      return (
        <StateMessage
          kind="not-article"
          title={t('stateNotArticleTitle')}
          body={t('stateNotArticleBody')}
          action={{ label: t('actionAnalyzeAnyway'), onClick: analyzeAnyway }}
        />
      );
    case 'done':
      // The content script's own 'done' has no facts; the background's cache does (unless it was cleared).
      return 'analysis' in status ? (
        <ArticleView tabId={tabId} state={status} settings={settings} />
      ) : (
        <StateMessage
          kind="skipped"
          title={t('stateStaleTitle')}
          body={t('stateStaleBody')}
          action={{ label: t('actionAnalyzePage'), onClick: analyzeAnyway }}
        />
      );
  }
}
