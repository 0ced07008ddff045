import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../../shared/i18n';

/** Where the result came from, and the keyboard shortcuts as the reader has them set. */
export function Footer({ ms }: { ms: number }) {
  const [keys, setKeys] = useState<Record<string, string>>({});
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => setKeys(Object.fromEntries(all.map((c) => [c.name ?? '', c.shortcut ?? '']))))
      .catch(() => undefined);
  }, []);
  const shortcuts = [
    { key: keys['toggle-highlights'], label: t('shortcutToggle') },
    { key: keys['next-highlight'], label: t('shortcutNext') },
    { key: keys['previous-highlight'], label: t('shortcutPrevious') },
  ].filter((s) => s.key);
  return (
    <footer class="meta-footer">
      {shortcuts.length > 0 && (
        <ul class="shortcuts" aria-label={t('shortcutsHeading')}>
          {shortcuts.map((s) => (
            <li key={s.label}>
              <kbd>{s.key}</kbd> {s.label}
            </li>
          ))}
        </ul>
      )}
      <p>{t('footerLocal', String(ms))}</p>
    </footer>
  );
}
