import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

/** The note a reader sees right after installing (the options page opened with #welcome). */
export function Welcome() {
  const [keys, setKeys] = useState<{ toggle: string; next: string }>({ toggle: '', next: '' });
  useEffect(() => {
    void browser.commands
      .getAll()
      .then((all) => {
        const key = (name: string) => all.find((c) => c.name === name)?.shortcut ?? '';
        setKeys({ toggle: key('toggle-highlights'), next: key('next-highlight') });
      })
      .catch(() => undefined);
  }, []);
  return (
    <section class="welcome" aria-labelledby="welcome-heading" data-testid="welcome">
      <h2 id="welcome-heading">{t('welcomeTitle')}</h2>
      <ol>
        <li>{t('welcomePin')}</li>
        <li>{t('welcomeOpen')}</li>
        <li>{t('welcomePopup')}</li>
        {keys.next && keys.toggle && <li>{t('welcomeKeys', keys.next, keys.toggle)}</li>}
      </ol>
      <p class="hint">{t('welcomePrivacy')}</p>
    </section>
  );
}
