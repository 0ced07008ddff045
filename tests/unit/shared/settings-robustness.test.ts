import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import {
  DEFAULT_SETTINGS,
  migrateSettings,
  normalizeDomain,
  SETTINGS_VERSION,
  type Settings,
} from '../../../src/shared/settings';

/**
 * Whatever is in storage (another version's settings, a hand-edited or half-written value, junk), the
 * extension reads valid settings: each bad field falls back to its default on its own, the good ones stay,
 * repairing twice changes nothing, and the store's failures (quota, sync off) become readable errors.
 */

const fake = await vi.hoisted(async () => (await import('../../support/fake-browser')).createFakeBrowser());
vi.mock('webextension-polyfill', () => ({ default: fake }));
const { loadSettings, saveSettings, onSettingsChanged } = await import('../../../src/shared/settings-store');

const HEX = /^#[0-9a-f]{6}$/i;

function isValid(s: Settings): boolean {
  return (
    s.version === SETTINGS_VERSION &&
    typeof s.autoRun === 'boolean' &&
    typeof s.speakerColors === 'boolean' &&
    typeof s.countVagueGroups === 'boolean' &&
    (s.badge === 'quotes' || s.badge === 'unnamed') &&
    Object.keys(DEFAULT_SETTINGS.highlight).every(
      (k) => typeof s.highlight[k as keyof Settings['highlight']] === 'boolean',
    ) &&
    Object.keys(DEFAULT_SETTINGS.colors).every((k) => HEX.test(s.colors[k as keyof Settings['colors']])) &&
    Array.isArray(s.skipSites) &&
    s.skipSites.every((d) => typeof d === 'string' && normalizeDomain(d) === d)
  );
}

/** Settings a user could really have saved: every field valid, values varied. */
const validSettings = fc.record({
  version: fc.constant(SETTINGS_VERSION),
  autoRun: fc.boolean(),
  highlight: fc.record({
    directQuotes: fc.boolean(),
    reportedQuotes: fc.boolean(),
    speakers: fc.boolean(),
    unnamed: fc.boolean(),
    dates: fc.boolean(),
  }),
  colors: fc.record({
    directQuotes: fc.stringMatching(/^#[0-9a-f]{6}$/),
    reportedQuotes: fc.stringMatching(/^#[0-9a-f]{6}$/),
    speakers: fc.stringMatching(/^#[0-9a-f]{6}$/),
    unnamed: fc.stringMatching(/^#[0-9a-f]{6}$/),
    dates: fc.stringMatching(/^#[0-9a-f]{6}$/),
  }),
  speakerColors: fc.boolean(),
  skipSites: fc.uniqueArray(
    fc.domain().map((d) => normalizeDomain(d) ?? 'example.com'),
    { maxLength: 5 },
  ),
  badge: fc.constantFrom('quotes' as const, 'unnamed' as const),
  countVagueGroups: fc.boolean(),
});

/** Junk of every JSON kind, and some that JSON cannot carry. */
const junk = fc.oneof(
  fc.anything(),
  fc.constantFrom(null, undefined, Number.NaN, '', '#zzzzzz', 'javascript:alert(1)', [], {}, () => 1),
);

const FIELDS = Object.keys(DEFAULT_SETTINGS).filter((k) => k !== 'version') as (keyof Settings)[];

describe('settings repair', () => {
  it('turns anything stored into valid settings, and repairing again changes nothing', () => {
    fc.assert(
      fc.property(junk, (stored) => {
        const repaired = migrateSettings(stored);
        expect(isValid(repaired)).toBe(true);
        expect(migrateSettings(repaired)).toEqual(repaired);
      }),
      { numRuns: 500 },
    );
  });

  it('keeps valid settings exactly as saved', () => {
    fc.assert(
      fc.property(validSettings, (saved) => {
        expect(migrateSettings(saved)).toEqual(saved);
        expect(migrateSettings(JSON.parse(JSON.stringify(saved)))).toEqual(saved);
      }),
    );
  });

  it('repairs one corrupted field to its default and keeps every other field', () => {
    fc.assert(
      fc.property(validSettings, fc.constantFrom(...FIELDS), junk, (saved, field, bad) => {
        const repaired = migrateSettings({ ...saved, [field]: bad });
        expect(isValid(repaired)).toBe(true);
        for (const other of FIELDS) if (other !== field) expect(repaired[other]).toEqual(saved[other]);
      }),
      { numRuns: 400 },
    );
  });

  it('repairs a record field key by key (one bad colour keeps the other colours)', () => {
    fc.assert(
      fc.property(validSettings, fc.constantFrom(...Object.keys(DEFAULT_SETTINGS.colors)), junk, (saved, key, bad) => {
        const repaired = migrateSettings({ ...saved, colors: { ...saved.colors, [key]: bad } });
        for (const [k, v] of Object.entries(saved.colors)) {
          const expected = k !== key ? v : typeof bad === 'string' && HEX.test(bad) ? bad : null;
          if (expected !== null) expect(repaired.colors[k as keyof Settings['colors']]).toBe(expected);
        }
        expect(isValid(repaired)).toBe(true);
      }),
    );
  });

  it('reads settings of every older version, and of a newer one, keeping what validates', () => {
    fc.assert(
      fc.property(
        validSettings,
        fc.oneof(fc.constantFrom(0, 1, undefined, -3, 2.5, '2'), fc.integer({ min: 3 })),
        (saved, version) => {
          const repaired = migrateSettings({ ...saved, version });
          expect(isValid(repaired)).toBe(true);
          expect(repaired.autoRun).toBe(saved.autoRun);
          expect(repaired.skipSites).toEqual(saved.skipSites);
        },
      ),
    );
  });

  it('is not fooled by prototype keys', () => {
    const stored = JSON.parse(
      '{"__proto__": {"autoRun": false}, "constructor": 1, "highlight": {"__proto__": {"dates": false}}}',
    );
    const repaired = migrateSettings(stored);
    expect(repaired).toEqual(DEFAULT_SETTINGS);
    expect(({} as { autoRun?: unknown }).autoRun).toBeUndefined();
  });
});

describe('settings store', () => {
  it('loads repaired settings from a corrupted store', async () => {
    await fake.storage.sync.set({ settings: { version: 1, autoRun: 'no', colors: { dates: 'rgb(1, 2, 3)' } } });
    const loaded = await loadSettings();
    expect(loaded.autoRun).toBe(DEFAULT_SETTINGS.autoRun);
    expect(loaded.colors.dates).toBe('#010203');
    expect(isValid(loaded)).toBe(true);
  });

  it('falls back to defaults when the store cannot be read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    fake.storage.sync.failWith = new Error('sync is disabled');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    fake.storage.sync.failWith = null;
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('turns a quota error into a readable message and keeps the saved settings', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, autoRun: false });
    fake.storage.sync.quotaBytes = 8_192; // Chrome's QUOTA_BYTES_PER_ITEM for storage.sync
    const many = Array.from({ length: 600 }, (_, i) => `site-number-${i}.example.com`);
    await expect(saveSettings({ ...DEFAULT_SETTINGS, skipSites: many })).rejects.toThrow(
      /^Could not save settings: .*quota/i,
    );
    expect((await loadSettings()).autoRun).toBe(false);
    fake.storage.sync.quotaBytes = Number.POSITIVE_INFINITY;
  });

  it('hands listeners repaired settings when another device writes junk', async () => {
    const seen: Settings[] = [];
    const stop = onSettingsChanged((s) => seen.push(s));
    await fake.storage.sync.set({ settings: { badge: 'everything', autoRun: false } });
    stop();
    expect(seen).toHaveLength(1);
    expect(seen[0]?.badge).toBe('quotes');
    expect(seen[0]?.autoRun).toBe(false);
  });
});
