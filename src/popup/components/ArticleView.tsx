import type { TabState } from '../../shared/messages';
import { sendToTab } from '../../shared/send';
import { DateList } from './DateList';
import { Header } from './Header';
import { UnnamedSources } from './UnnamedSources';
import { WhoSaidWhat } from './WhoSaidWhat';

type Done = Extract<TabState, { status: 'done' }>;

export function ArticleView({ tabId, state }: { tabId: number | null; state: Done }) {
  const reveal = (id: string) => {
    if (tabId !== null) void sendToTab(tabId, 'tab/reveal', { id });
  };
  const { article, analysis } = state;
  return (
    <main class="article" data-state="done">
      <Header article={article} analysis={analysis} />
      <WhoSaidWhat text={article.text} analysis={analysis} onReveal={reveal} />
      <UnnamedSources text={article.text} analysis={analysis} onReveal={reveal} />
      <DateList text={article.text} dates={analysis.dates} onReveal={reveal} />
      <footer class="meta-footer">Analysed on this device in {state.ms} ms. Nothing left your browser.</footer>
    </main>
  );
}
