import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../page/highlight/types';
import { t } from '../shared/i18n';
import { DEFAULT_SETTINGS, normalizeDomain, type Settings } from '../shared/settings';
import { saveSettings } from '../shared/settings-store';
import { useSettings } from '../ui/use-settings';
import { HighlightPreview } from './HighlightPreview';
import { Welcome } from './Welcome';

const CATEGORY_LABELS = {
  directQuotes: 'categoryDirectQuotes',
  reportedQuotes: 'categoryReportedQuotes',
  speakers: 'categorySpeakers',
  unnamed: 'categoryUnnamed',
  dates: 'categoryDates',
} as const satisfies Record<HighlightCategory, string>;

const CATEGORY_HINTS = {
  directQuotes: 'categoryDirectQuotesHint',
  reportedQuotes: 'categoryReportedQuotesHint',
  speakers: 'categorySpeakersHint',
  unnamed: 'categoryUnnamedHint',
  dates: 'categoryDatesHint',
} as const satisfies Record<HighlightCategory, string>;

type Status = { kind: 'saved' | 'error'; text: string } | null;

export function OptionsApp() {
  const stored = useSettings();
  // The draft follows storage, and runs ahead of it while a colour picker is being dragged.
  const [draft, setDraft] = useState<Settings | null>(null);
  const [siteInput, setSiteInput] = useState('');
  const [status, setStatus] = useState<Status>(null);
  const [shortcuts, setShortcuts] = useState<Array<{ name: string; description: string; shortcut: string }>>([]);

  useEffect(() => setDraft(stored), [stored]);
  // The toast clears itself; the live region stays in the page for the next announcement.
  useEffect(() => {
    if (!status) return;
    const timer = setTimeout(() => setStatus(null), 4000);
    return () => clearTimeout(timer);
  }, [status]);
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) =>
        setShortcuts(
          all
            .filter((c) => c.name && c.name !== '_execute_action')
            .map((c) => ({ name: c.name ?? '', description: c.description ?? '', shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch(() => undefined);
  }, []);

  if (!draft) return <main class="options" aria-busy="true" />;
  const settings = draft;

  const update = async (next: Settings) => {
    setDraft(next);
    try {
      await saveSettings(next);
      setStatus({ kind: 'saved', text: t('saved') });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const addSite = (e: Event) => {
    e.preventDefault();
    const domain = normalizeDomain(siteInput);
    if (!domain) {
      setStatus({ kind: 'error', text: t('siteInvalid', siteInput) });
      return;
    }
    setSiteInput('');
    if (!settings.skipSites.includes(domain)) void update({ ...settings, skipSites: [...settings.skipSites, domain] });
    else setStatus({ kind: 'saved', text: t('siteAlreadySkipped', domain) });
  };

  const withColor = (cat: HighlightCategory, color: string): Settings => ({
    ...settings,
    colors: { ...settings.colors, [cat]: color },
  });

  return (
    <main class="options">
      <header class="options-header">
        <img src="/icons/icon-48.png" alt="" width="32" height="32" />
        <div>
          <h1>{t('optionsTitle')}</h1>
          <p class="hint">{t('optionsIntro')}</p>
        </div>
      </header>
      {location.hash === '#welcome' && <Welcome />}

      <section aria-labelledby="run-heading">
        <h2 id="run-heading">{t('optionsRunHeading')}</h2>
        <label class="row">
          <input
            type="checkbox"
            name="autoRun"
            checked={settings.autoRun}
            onChange={(e) => void update({ ...settings, autoRun: e.currentTarget.checked })}
          />
          {t('optionsAutoRun')}
        </label>
        <p class="hint">{t('optionsAutoRunHint')}</p>
      </section>

      <section aria-labelledby="hl-heading">
        <h2 id="hl-heading">{t('optionsHighlightHeading')}</h2>
        <p class="hint">{t('optionsHighlightHint')}</p>
        <ul class="categories">
          {HIGHLIGHT_CATEGORIES.map((cat) => {
            const colorDisabled = cat === 'speakers' && settings.speakerColors;
            return (
              <li class="category" key={cat}>
                <label class="row grow">
                  <input
                    type="checkbox"
                    name={`highlight-${cat}`}
                    checked={settings.highlight[cat]}
                    aria-describedby={`hint-${cat}`}
                    onChange={(e) =>
                      void update({
                        ...settings,
                        highlight: { ...settings.highlight, [cat]: e.currentTarget.checked },
                      })
                    }
                  />
                  <span>
                    {t(CATEGORY_LABELS[cat])}
                    <span class="hint block" id={`hint-${cat}`}>
                      {t(CATEGORY_HINTS[cat])}
                    </span>
                  </span>
                </label>
                <input
                  type="color"
                  name={`color-${cat}`}
                  value={settings.colors[cat]}
                  disabled={colorDisabled}
                  aria-label={t('colorFor', t(CATEGORY_LABELS[cat]))}
                  title={colorDisabled ? t('colorSpeakersOwn') : t('colorFor', t(CATEGORY_LABELS[cat]))}
                  onInput={(e) => setDraft(withColor(cat, e.currentTarget.value))}
                  onChange={(e) => void update(withColor(cat, e.currentTarget.value))}
                />
              </li>
            );
          })}
        </ul>
        <label class="row">
          <input
            type="checkbox"
            name="speakerColors"
            checked={settings.speakerColors}
            onChange={(e) => void update({ ...settings, speakerColors: e.currentTarget.checked })}
          />
          {t('optionsSpeakerColors')}
        </label>
        <HighlightPreview settings={settings} />
      </section>

      <section aria-labelledby="count-heading">
        <h2 id="count-heading">{t('optionsCountingHeading')}</h2>
        <label class="row">
          <input
            type="checkbox"
            name="countVagueGroups"
            checked={settings.countVagueGroups}
            onChange={(e) => void update({ ...settings, countVagueGroups: e.currentTarget.checked })}
          />
          {t('optionsCountVagueGroups')}
        </label>
        <p class="hint">{t('optionsCountVagueGroupsHint')}</p>
        <fieldset class="radio-group">
          <legend>{t('optionsBadgeLegend')}</legend>
          {(['quotes', 'unnamed'] as const).map((value) => (
            <label class="row" key={value}>
              <input
                type="radio"
                name="badge"
                value={value}
                checked={settings.badge === value}
                onChange={() => void update({ ...settings, badge: value })}
              />
              {value === 'quotes' ? t('optionsBadgeQuotes') : t('optionsBadgeUnnamed')}
            </label>
          ))}
        </fieldset>
      </section>

      <section aria-labelledby="skip-heading">
        <h2 id="skip-heading">{t('optionsSkipHeading')}</h2>
        <form class="row" onSubmit={addSite}>
          <label for="site-input" class="visually-hidden">
            {t('optionsSkipLabel')}
          </label>
          <input
            id="site-input"
            name="site"
            type="text"
            placeholder="example.com"
            autocomplete="off"
            spellcheck={false}
            value={siteInput}
            onInput={(e) => setSiteInput(e.currentTarget.value)}
          />
          <button type="submit" class="secondary">
            {t('optionsSkipAdd')}
          </button>
        </form>
        {settings.skipSites.length === 0 ? (
          <p class="hint">{t('optionsSkipEmpty')}</p>
        ) : (
          <ul class="sites" aria-label={t('optionsSkipListLabel')}>
            {settings.skipSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  class="secondary"
                  aria-label={t('optionsSkipRemoveLabel', site)}
                  onClick={() => void update({ ...settings, skipSites: settings.skipSites.filter((s) => s !== site) })}
                >
                  {t('optionsSkipRemove')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <p class="hint">{t('optionsSkipHint')}</p>
      </section>

      {shortcuts.length > 0 && (
        <section aria-labelledby="keys-heading">
          <h2 id="keys-heading">{t('shortcutsHeading')}</h2>
          <ul class="keys">
            {shortcuts.map((c) => (
              <li key={c.name}>
                {c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="hint">{t('shortcutUnset')}</span>} {c.description}
              </li>
            ))}
          </ul>
          <p class="hint">{t('optionsShortcutsHint')}</p>
        </section>
      )}

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">{t('optionsResetHeading')}</h2>
        <button type="button" class="secondary" onClick={() => void update(structuredClone(DEFAULT_SETTINGS))}>
          {t('optionsReset')}
        </button>
      </section>
      <p class={`status ${status?.kind ?? ''}`} role="status" data-testid="status">
        {status?.text ?? ''}
      </p>
    </main>
  );
}
