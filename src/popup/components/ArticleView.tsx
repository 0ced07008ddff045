import { t } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import { sendToTab } from '../../shared/send';
import type { Settings } from '../../shared/settings';
import { isEmptyAnalysis } from '../model';
import { Actions } from './Actions';
import { AlsoNoted } from './AlsoNoted';
import { DateList } from './DateList';
import { Footer } from './Footer';
import { Header } from './Header';
import { StateMessage } from './StateMessage';
import { UnnamedSources } from './UnnamedSources';
import { WhoSaidWhat } from './WhoSaidWhat';

type Done = Extract<TabState, { status: 'done' }>;

/** The reader's highlight colours as CSS variables, so the popup's markers match the page's. */
function categoryColorVars(settings: Settings): Record<string, string> {
  return Object.fromEntries(Object.entries(settings.colors).map(([cat, color]) => [`--c-${cat}`, color]));
}

export function ArticleView({ tabId, state, settings }: { tabId: number | null; state: Done; settings: Settings }) {
  const reveal = (id: string) => {
    if (tabId !== null) void sendToTab(tabId, 'tab/reveal', { id });
  };
  const { article, analysis } = state;
  const empty = isEmptyAnalysis(analysis);
  return (
    <main class="article" data-state="done" style={categoryColorVars(settings)}>
      <Header state={state} settings={settings} />
      <Actions state={state} settings={settings} />
      {empty ? (
        <StateMessage
          inline
          kind="empty"
          title={t('stateEmptyTitle')}
          body={state.scope === 'selection' ? t('stateEmptySelectionBody') : t('stateEmptyBody')}
        />
      ) : (
        <>
          <WhoSaidWhat text={article.text} analysis={analysis} settings={settings} onReveal={reveal} />
          <UnnamedSources text={article.text} analysis={analysis} settings={settings} onReveal={reveal} />
          <DateList text={article.text} dates={analysis.dates} onReveal={reveal} />
          <AlsoNoted text={article.text} analysis={analysis} onReveal={reveal} />
        </>
      )}
      <Footer ms={state.ms} />
    </main>
  );
}
