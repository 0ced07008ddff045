import browser from 'webextension-polyfill';
import { migrateSettings, type Settings } from './settings';

/** Settings live in storage.sync (they follow the user across devices) under one key. */
const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(KEY);
    return migrateSettings(stored[KEY]);
  } catch (error) {
    console.warn('[Sourcelight] could not read settings, using defaults', error);
    return migrateSettings(undefined);
  }
}

/** Saves settings; rejects with a readable message (quota, sync disabled) that the options page shows. */
export async function saveSettings(settings: Settings): Promise<void> {
  try {
    await browser.storage.sync.set({ [KEY]: migrateSettings(settings) });
  } catch (error) {
    throw new Error(`Could not save settings: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Calls back with fresh settings whenever they change (in any tab, or from another device). */
export function onSettingsChanged(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, browser.Storage.StorageChange>, area: string) => {
    if (area === 'sync' && KEY in changes) callback(migrateSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
