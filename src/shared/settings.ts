import { HIGHLIGHT_CATEGORIES, type HighlightCategory } from '../page/highlight/types';

/**
 * User settings. The defaults object is the schema: every field's type comes from its default, and the
 * validator repairs a bad field to its default instead of throwing, so a corrupted store never loses the
 * other settings. `version` orders the migrations below.
 */
export const SETTINGS_VERSION = 2;

const DEFAULT_HIGHLIGHT: Record<HighlightCategory, boolean> = {
  directQuotes: true,
  reportedQuotes: true,
  speakers: true,
  unnamed: true,
  dates: true,
};

const DEFAULT_COLORS: Record<HighlightCategory, string> = {
  directQuotes: '#ffc400',
  reportedQuotes: '#409cff',
  speakers: '#2ea043',
  unnamed: '#e65096',
  dates: '#9664e6',
};

export const DEFAULT_SETTINGS = {
  version: SETTINGS_VERSION,
  /** Analyse article pages as soon as they load; off means only on a click in the popup. */
  autoRun: true,
  highlight: DEFAULT_HIGHLIGHT,
  /**
   * One opaque #rrggbb colour per category (what an <input type="color"> edits). The highlighter adds the
   * translucency itself, so backgrounds stay readable on light and dark pages alike.
   */
  colors: DEFAULT_COLORS,
  /** Give each speaker a colour of its own (underline in the page, dot in the popup) instead of one colour. */
  speakerColors: true,
  /** Domains where Sourcelight does nothing; "example.com" also covers "news.example.com". */
  skipSites: [] as string[],
  /** What the toolbar badge counts. */
  badge: 'quotes' as 'quotes' | 'unnamed',
  /** Whether vague groups ("critics", "officials") count as unnamed sources. */
  countVagueGroups: true,
};

export type Settings = typeof DEFAULT_SETTINGS;

type Migration = (old: Record<string, unknown>) => Record<string, unknown>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

const HEX6 = /^#[0-9a-f]{6}$/i;

/**
 * "#abc", "#aabbccdd", "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.4)" → "#rrggbb" (alpha dropped); null for anything
 * else. Version 1 stored translucent rgba() colours; version 2 stores what a colour picker edits.
 */
export function toHexColor(input: string): string | null {
  const s = input.trim().toLowerCase();
  if (HEX6.test(s)) return s;
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])([0-9a-f])?$/.exec(s);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`;
  const long = /^#([0-9a-f]{6})[0-9a-f]{2}$/.exec(s);
  if (long) return `#${long[1]}`;
  const rgb = /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*[\d.]+%?\s*)?\)$/.exec(s);
  if (rgb) {
    const channels = [rgb[1], rgb[2], rgb[3]].map(Number);
    if (channels.some((c) => c > 255)) return null;
    return `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
  }
  return null;
}

/** MIGRATIONS[n] turns version n into version n + 1. Version 0 is anything stored without a version. */
const MIGRATIONS: Migration[] = [
  (old) => ({ ...old, version: 1 }),
  // v2: colours become opaque #rrggbb (the options page edits them with colour pickers); speakerColors added.
  (old) => ({
    ...old,
    version: 2,
    colors: isRecord(old.colors)
      ? Object.fromEntries(
          Object.entries(old.colors).map(([k, v]) => [k, typeof v === 'string' ? (toHexColor(v) ?? v) : v]),
        )
      : old.colors,
  }),
];
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
const isColor = (v: unknown): v is string => typeof v === 'string' && HEX6.test(v);

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
    speakerColors: isBoolean(v.speakerColors) ? v.speakerColors : d.speakerColors,
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

/** Unnamed sources as the user counts them: with or without vague groups ("critics", "officials"). */
export function countUnnamed(
  unnamed: { count: number; vagueGroups: number },
  settings: Pick<Settings, 'countVagueGroups'>,
): number {
  return settings.countVagueGroups ? unnamed.count : Math.max(0, unnamed.count - unnamed.vagueGroups);
}

export function visibleCategories(settings: Settings): Set<HighlightCategory> {
  return new Set(HIGHLIGHT_CATEGORIES.filter((c) => settings.highlight[c]));
}
