import { type MessageKey, t, uiLocale } from '../shared/i18n';

/** Sets the page's language and title from the messages, so screen readers and tabs speak the UI language. */
export function localizeDocument(titleKey: MessageKey): void {
  document.documentElement.lang = uiLocale();
  document.title = t(titleKey);
}
