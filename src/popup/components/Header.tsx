import { describeAgeAgo, describeDate, isOldArticle } from '../../shared/describe';
import { t, tn } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import { countUnnamed, type Settings } from '../../shared/settings';
import { speakerCount } from '../model';

type Done = Extract<TabState, { status: 'done' }>;

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

export function Header({ state, settings }: { state: Done; settings: Settings }) {
  const { article, analysis } = state;
  const published = article.published;
  const ago = published ? describeAgeAgo(published) : null;
  const old = published ? isOldArticle(published) : false;
  const site = article.siteName ?? hostOf(article.url);
  const unnamed = countUnnamed(analysis.unnamed, settings);
  const counts = [
    { id: 'quotes', value: analysis.quotes.length, label: tn('quoteWord', analysis.quotes.length) },
    { id: 'speakers', value: speakerCount(analysis), label: tn('speakerWord', speakerCount(analysis)) },
    { id: 'unnamed', value: unnamed, label: tn('unnamedWord', unnamed) },
  ];
  return (
    <header class="header">
      {site && <p class="site">{site}</p>}
      <h1 class="title">{article.title ?? t('untitled')}</h1>
      {state.scope === 'selection' && (
        <p class="scope" data-testid="scope">
          {t('selectionOnly')}
        </p>
      )}
      <dl class="page-dates">
        <div>
          <dt>{t('published')}</dt>
          <dd data-testid="published">
            {published ? describeDate({ type: 'DATE', value: published }) : t('notStated')}
          </dd>
        </div>
        {article.modified && article.modified !== published && (
          <div>
            <dt>{t('updated')}</dt>
            <dd data-testid="modified">{describeDate({ type: 'DATE', value: article.modified })}</dd>
          </div>
        )}
      </dl>
      {ago && (
        <p class={old ? 'age old' : 'age'} data-testid="age">
          {old && (
            <span class="age-flag" aria-hidden="true">
              ⚠{' '}
            </span>
          )}
          {t('publishedAgo', ago)}
          {old && <span class="age-note"> {t('oldArticleNote')}</span>}
        </p>
      )}
      <ul class="counts" aria-label={t('atAGlance')}>
        {counts.map((c) => (
          <li key={c.id}>
            <strong data-testid={`count-${c.id}`}>{c.value}</strong> <span>{c.label}</span>
          </li>
        ))}
      </ul>
    </header>
  );
}
