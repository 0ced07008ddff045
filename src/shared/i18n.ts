import type english from '../../public/_locales/en/messages.json';

/**
 * Every word a reader sees comes from public/_locales/<lang>/messages.json. In the extension the browser's
 * own i18n API looks messages up (popup, options, service worker and content script alike); in Node (the
 * CLI and unit tests) `installMessages` gives the same lookup from the English file, so no context bundles
 * the whole message table. Keys are typed from the English file, so a typo fails the typecheck.
 */

export type MessageKey = keyof typeof english;

/** Message keys that come in plural forms: `<base>_one`, `<base>_other` (Intl.PluralRules categories). */
export type PluralKey = { [K in MessageKey]: K extends `${infer Base}_other` ? Base : never }[MessageKey];

export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

type Lookup = (key: string, substitutions: string[]) => string;

interface I18nApi {
  getMessage(key: string, substitutions?: string | string[]): string;
  getUILanguage?(): string;
}

function browserI18n(): I18nApi | null {
  const g = globalThis as { browser?: { i18n?: I18nApi }; chrome?: { i18n?: I18nApi } };
  const api = g.browser?.i18n ?? g.chrome?.i18n;
  return typeof api?.getMessage === 'function' ? api : null;
}

const api = browserI18n();
let fallback: Lookup | null = null;
let fallbackLocale = 'en';

/**
 * The browser's message algorithm for a messages.json table: `$name$` is replaced by its placeholder's
 * content, then `$1`…`$9` by the substitutions, and `$$` by a dollar sign.
 */
export function lookupIn(messages: Record<string, MessageEntry>): Lookup {
  const byKey = new Map(Object.entries(messages).map(([k, v]) => [k.toLowerCase(), v]));
  return (key, substitutions) => {
    const entry = byKey.get(key.toLowerCase());
    if (!entry) return '';
    const placeholders = new Map(
      Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]),
    );
    const named = entry.message.replace(/\$([a-z0-9_@]+)\$/gi, (whole, name: string) => {
      return placeholders.get(name.toLowerCase()) ?? whole;
    });
    return named.replace(/\$(\$|[1-9])/g, (_, which: string) =>
      which === '$' ? '$' : (substitutions[Number(which) - 1] ?? ''),
    );
  };
}

/** For Node: look messages up in a messages.json table (the browser's i18n API is used when present). */
export function installMessages(messages: Record<string, MessageEntry>, locale = 'en'): void {
  fallback = lookupIn(messages);
  fallbackLocale = locale;
}

/** The language the interface speaks, for Intl formatting of dates and numbers. */
export function uiLocale(): string {
  if (api?.getUILanguage) {
    try {
      return api.getUILanguage() || 'en';
    } catch {
      return 'en';
    }
  }
  return fallbackLocale;
}

function lookup(key: string, substitutions: string[]): string {
  if (api) {
    try {
      const found = api.getMessage(key, substitutions);
      if (found) return found;
    } catch {
      // A stopped extension context throws; fall through to the fallback table.
    }
  }
  return fallback?.(key, substitutions) ?? '';
}

/** The message for `key` with its substitutions; the key itself when it is missing (so a gap is visible). */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  return lookup(key, substitutions.map(String)) || key;
}

/** A counted message: picks `<key>_one`, `<key>_other`, … by the UI language's plural rules; `$1` is the count. */
export function tn(key: PluralKey, count: number, ...more: Array<string | number>): string {
  const locale = uiLocale();
  const category = new Intl.PluralRules(locale).select(count);
  const subs = [new Intl.NumberFormat(locale).format(count), ...more.map(String)];
  return lookup(`${key}_${category}`, subs) || lookup(`${key}_other`, subs) || key;
}
