import type { Analysis } from '../../core/types';
import type { ExtractedArticle } from '../../page/extract/extract';
import { describeAge, describeDate } from '../../shared/describe';

const OLD_AFTER_DAYS = 365;

export function Header({ article, analysis }: { article: ExtractedArticle; analysis: Analysis }) {
  const speakers = new Set(analysis.quotes.map((q) => q.source).filter(Boolean)).size;
  const published = article.published;
  const age = published ? describeAge(published) : null;
  const old = published ? Date.now() - Date.parse(published.slice(0, 10)) > OLD_AFTER_DAYS * 86_400_000 : false;
  return (
    <header class="header">
      <h1 class="title">{article.title ?? 'Untitled article'}</h1>
      {article.siteName && <p class="site">{article.siteName}</p>}
      <dl class="page-dates">
        <div>
          <dt>Published</dt>
          <dd data-testid="published">{published ? describeDate({ type: 'DATE', value: published }) : 'not stated'}</dd>
        </div>
        {article.modified && (
          <div>
            <dt>Updated</dt>
            <dd data-testid="modified">{describeDate({ type: 'DATE', value: article.modified })}</dd>
          </div>
        )}
      </dl>
      {age && (
        <p class={old ? 'age old' : 'age'} data-testid="age">
          {old ? '⚠ ' : ''}Published {age === 'today' ? 'today' : `${age} ago`}
        </p>
      )}
      <ul class="counts" aria-label="At a glance">
        <li>
          <strong data-testid="count-quotes">{analysis.quotes.length}</strong> quotes
        </li>
        <li>
          <strong data-testid="count-speakers">{speakers}</strong> speakers
        </li>
        <li>
          <strong data-testid="count-unnamed">{analysis.unnamed.count}</strong> unnamed
        </li>
      </ul>
    </header>
  );
}
