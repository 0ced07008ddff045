import { useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';
import type { TabState } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { factsOf, toJson, toMarkdown } from '../export';

type Done = Extract<TabState, { status: 'done' }>;

/** Copy the facts (Markdown for notes and chats, JSON for tools) and open the options. */
export function Actions({ state, settings }: { state: Done; settings: Settings }) {
  const [status, setStatus] = useState('');

  const copy = async (format: 'markdown' | 'json') => {
    const facts = factsOf(state, settings);
    try {
      await navigator.clipboard.writeText(format === 'json' ? toJson(facts) : toMarkdown(facts));
      setStatus(format === 'json' ? t('copiedJson') : t('copiedMarkdown'));
    } catch {
      setStatus(t('copyFailed'));
    }
  };

  return (
    <div class="actions">
      <button type="button" class="secondary" onClick={() => void copy('markdown')}>
        {t('copyMarkdown')}
      </button>
      <button type="button" class="secondary" onClick={() => void copy('json')}>
        {t('copyJson')}
      </button>
      <button
        type="button"
        class="secondary icon-button"
        aria-label={t('openOptions')}
        title={t('openOptions')}
        onClick={() => void browser.runtime.openOptionsPage()}
      >
        <span aria-hidden="true">⚙</span>
      </button>
      <p class="action-status" role="status" data-testid="copy-status">
        {status}
      </p>
    </div>
  );
}
