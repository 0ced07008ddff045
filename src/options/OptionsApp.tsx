import { useEffect, useState } from 'preact/hooks';
import type { HighlightCategory } from '../page/highlight/types';
import { DEFAULT_SETTINGS, normalizeDomain, type Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged, saveSettings } from '../shared/settings-store';

const CATEGORY_LABELS: Record<HighlightCategory, string> = {
  directQuotes: 'Direct quotes',
  reportedQuotes: 'Reported and partly quoted speech',
  speakers: 'Speakers',
  unnamed: 'Unnamed sources',
  dates: 'Dates',
};

export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [siteInput, setSiteInput] = useState('');
  const [status, setStatus] = useState<{ kind: 'saved' | 'error'; text: string } | null>(null);

  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);

  if (!settings) return <main class="options" aria-busy="true" />;

  const update = async (next: Settings) => {
    setSettings(next);
    try {
      await saveSettings(next);
      setStatus({ kind: 'saved', text: 'Saved' });
    } catch (error) {
      setStatus({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
    }
  };

  const addSite = (e: Event) => {
    e.preventDefault();
    const domain = normalizeDomain(siteInput);
    if (!domain) {
      setStatus({ kind: 'error', text: `“${siteInput}” is not a domain name` });
      return;
    }
    setSiteInput('');
    if (!settings.skipSites.includes(domain)) void update({ ...settings, skipSites: [...settings.skipSites, domain] });
  };

  return (
    <main class="options">
      <h1>Sourcelight</h1>
      <section aria-labelledby="run-heading">
        <h2 id="run-heading">When to analyse</h2>
        <label class="row">
          <input
            type="checkbox"
            name="autoRun"
            checked={settings.autoRun}
            onChange={(e) => void update({ ...settings, autoRun: e.currentTarget.checked })}
          />
          Analyse news articles automatically when they open
        </label>
        <p class="hint">When off, click the toolbar button and choose “Analyze this page”.</p>
      </section>

      <section aria-labelledby="hl-heading">
        <h2 id="hl-heading">What to highlight in the page</h2>
        {(Object.keys(CATEGORY_LABELS) as HighlightCategory[]).map((cat) => (
          <label class="row" key={cat}>
            <input
              type="checkbox"
              name={`highlight-${cat}`}
              checked={settings.highlight[cat]}
              onChange={(e) =>
                void update({ ...settings, highlight: { ...settings.highlight, [cat]: e.currentTarget.checked } })
              }
            />
            <span class="swatch" style={{ background: settings.colors[cat] }} aria-hidden="true" />
            {CATEGORY_LABELS[cat]}
          </label>
        ))}
      </section>

      <section aria-labelledby="skip-heading">
        <h2 id="skip-heading">Sites to skip</h2>
        <form class="row" onSubmit={addSite}>
          <label for="site-input" class="visually-hidden">
            Domain to skip
          </label>
          <input
            id="site-input"
            name="site"
            placeholder="example.com"
            value={siteInput}
            onInput={(e) => setSiteInput(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </form>
        <ul class="sites">
          {settings.skipSites.map((site) => (
            <li key={site}>
              {site}
              <button
                type="button"
                aria-label={`Stop skipping ${site}`}
                onClick={() => void update({ ...settings, skipSites: settings.skipSites.filter((s) => s !== site) })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
        <p class="hint">A domain also covers its subdomains.</p>
      </section>

      <section aria-labelledby="reset-heading">
        <h2 id="reset-heading">Reset</h2>
        <button type="button" onClick={() => void update(structuredClone(DEFAULT_SETTINGS))}>
          Restore defaults
        </button>
      </section>
      <p class={`status ${status?.kind ?? ''}`} role="status" data-testid="status">
        {status?.text ?? ''}
      </p>
    </main>
  );
}
