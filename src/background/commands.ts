import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';
import { sendToTab } from '../shared/send';

/** The keyboard shortcuts (manifest "commands"); the reader can change the keys in the browser's settings. */
export const COMMANDS = {
  toggle: 'toggle-highlights',
  next: 'next-highlight',
  previous: 'previous-highlight',
} as const;

async function activeTabId(tab?: browser.Tabs.Tab): Promise<number | null> {
  if (tab?.id !== undefined && tab.id >= 0) return tab.id;
  const [active] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  return active?.id ?? null;
}

/** "Alt+Shift+J next · Alt+Shift+K previous · Esc closes", with the keys the reader actually has. */
async function stepHint(): Promise<string> {
  const all = await browser.commands.getAll();
  const key = (name: string) => all.find((c) => c.name === name)?.shortcut || t('shortcutUnset');
  return t('stepHint', key(COMMANDS.next), key(COMMANDS.previous));
}

/** Runs a shortcut on the tab it was pressed in. */
export async function runCommand(command: string, tab?: browser.Tabs.Tab): Promise<void> {
  const tabId = await activeTabId(tab);
  if (tabId === null) return;
  if (command === COMMANDS.toggle) await sendToTab(tabId, 'tab/toggle-highlights', {});
  else if (command === COMMANDS.next || command === COMMANDS.previous) {
    const direction = command === COMMANDS.next ? 1 : -1;
    await sendToTab(tabId, 'tab/step', { direction, hint: await stepHint() });
  }
}
