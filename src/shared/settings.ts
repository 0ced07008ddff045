import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../page/highlight/types';

/**
 * User settings. The defaults object is the schema: every field's type comes from its default, and the
 * validator repairs a bad field to its default instead of throwing, so a corrupted store never loses the
 * other settings. `version` orders the migrations below.
 */
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  /** Analyse article pages as soon as they load; off means only on a click in the popup. */
  autoRun: true,
  highlight: {
    directQuotes: true,
    reportedQuotes: true,
    speakers: true,
    unnamed: true,
    dates: true,
  } satisfies Record<HighlightCategory, boolean>,
  colors: {
    directQuotes: 'rgba(255, 196, 0, 0.35)',
    reportedQuotes: 'rgba(64, 156, 255, 0.25)',
    speakers: 'rgb(46, 160, 67)',
    unnamed: 'rgba(230, 80, 150, 0.35)',
    dates: 'rgb(150, 100, 230)',
  } satisfies Record<HighlightCategory, string>,
  /** Domains where Sourcelight does nothing; "example.com" also covers "news.example.com". */
  skipSites: [] as string[],
  /** What the toolbar badge counts. */
  badge: 'quotes' as 'quotes' | 'unnamed',
  /** Whether vague groups ("critics", "officials") count as unnamed sources. */
  countVagueGroups: true,
};

export type Settings = typeof DEFAULT_SETTINGS;

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n into version n + 1. Version 0 is anything stored without a version. */
const MIGRATIONS: Migration[] = [(old) => ({ ...old, version: 1 })];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const COLOR = /^(?:#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i;
const DOMAIN = /^(?:[a-z0-9-]+\.)*[a-z0-9-]+\.?[a-z0-9-]*$/i;

/** "https://www.Example.com/path" → "example.com"; null when it is not a domain. */
export function normalizeDomain(input: string): string | null {
  let d = input.trim().toLowerCase();
  d = d
    .replace(/^[a-z]+:\/\//, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .replace(/^www\./, '')
    .replace(/^\*\./, '');
  return d && DOMAIN.test(d) ? d : null;
}

function repairRecord<T extends Record<string, V>, V>(value: unknown, defaults: T, valid: (v: unknown) => v is V): T {
  const out = { ...defaults };
  if (!isRecord(value)) return out;
  for (const key of Object.keys(defaults) as (keyof T)[]) {
    const v = value[key as string];
    if (valid(v)) out[key] = v as T[keyof T];
  }
  return out;
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const isColor = (v: unknown): v is string => typeof v === 'string' && COLOR.test(v.trim());

/** Repairs any stored value into valid settings, field by field. */
export function validateSettings(value: unknown): Settings {
  const v = isRecord(value) ? value : {};
  const d = DEFAULT_SETTINGS;
  const skipSites = Array.isArray(v.skipSites)
    ? [
        ...new Set(
          v.skipSites
            .filter((s): s is string => typeof s === 'string')
            .map(normalizeDomain)
            .filter((s): s is string => !!s),
        ),
      ]
    : d.skipSites;
  return {
    version: SETTINGS_VERSION,
    autoRun: isBoolean(v.autoRun) ? v.autoRun : d.autoRun,
    highlight: repairRecord(v.highlight, d.highlight, isBoolean),
    colors: repairRecord(v.colors, d.colors, isColor),
    skipSites,
    badge: v.badge === 'quotes' || v.badge === 'unnamed' ? v.badge : d.badge,
    countVagueGroups: isBoolean(v.countVagueGroups) ? v.countVagueGroups : d.countVagueGroups,
  };
}

/** Brings stored settings of any earlier version up to date, then repairs them. */
export function migrateSettings(stored: unknown): Settings {
  let value: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
  let version = typeof value.version === 'number' && Number.isInteger(value.version) ? value.version : 0;
  if (version > SETTINGS_VERSION) version = SETTINGS_VERSION; // written by a newer release: keep what validates
  for (let v = Math.max(0, version); v < SETTINGS_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (step) value = step(value);
  }
  return validateSettings(value);
}

/** True when `hostname` is one of the skipped sites or a subdomain of one. */
export function isSiteSkipped(settings: Settings, hostname: string): boolean {
  const host = hostname
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(/\.$/, '');
  return settings.skipSites.some((site) => host === site || host.endsWith(`.${site}`));
}

export function visibleCategories(settings: Settings): Set<HighlightCategory> {
  return new Set(HIGHLIGHT_CATEGORIES.filter((c) => settings.highlight[c]));
}
