import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../shared/settings';
import { loadSettings, onSettingsChanged } from '../shared/settings-store';

/** The stored settings, kept current while the page is open (changes from any tab or device). */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setSettings(s);
    });
    const stop = onSettingsChanged(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);
  return settings;
}
