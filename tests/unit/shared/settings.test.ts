import { describe, expect, it } from 'vitest';
import {
  countUnnamed,
  DEFAULT_SETTINGS,
  isSiteSkipped,
  migrateSettings,
  normalizeDomain,
  SETTINGS_VERSION,
  toHexColor,
  validateSettings,
} from '../../../src/shared/settings';

describe('settings', () => {
  it('gives defaults for nothing stored', () => {
    expect(migrateSettings(undefined)).toEqual(DEFAULT_SETTINGS);
  });

  it('repairs bad fields one by one and keeps the good ones', () => {
    const repaired = validateSettings({
      autoRun: false,
      highlight: { directQuotes: 'yes', dates: false },
      colors: { speakers: 'url(javascript:alert(1))', unnamed: '#ff00aa' },
      skipSites: ['https://www.Example.com/path', 42, 'not a domain!'],
      badge: 'everything',
    });
    expect(repaired.autoRun).toBe(false);
    expect(repaired.highlight).toEqual({ ...DEFAULT_SETTINGS.highlight, dates: false });
    expect(repaired.colors).toEqual({ ...DEFAULT_SETTINGS.colors, unnamed: '#ff00aa' });
    expect(repaired.skipSites).toEqual(['example.com']);
    expect(repaired.badge).toBe('quotes');
  });

  it('migrates an unversioned store to the current version, keeping its values', () => {
    const migrated = migrateSettings({ autoRun: false, skipSites: ['news.example'] });
    expect(migrated.version).toBe(SETTINGS_VERSION);
    expect(migrated.autoRun).toBe(false);
    expect(migrated.skipSites).toEqual(['news.example']);
  });

  it('survives garbage', () => {
    for (const junk of [null, 7, 'x', [], { version: 'nine' }, { version: 99, autoRun: false }]) {
      expect(() => migrateSettings(junk)).not.toThrow();
    }
    expect(migrateSettings({ version: 99, autoRun: false }).autoRun).toBe(false);
  });

  it('skips a site and its subdomains, not look-alikes', () => {
    const s = { ...DEFAULT_SETTINGS, skipSites: ['example.com'] };
    expect(isSiteSkipped(s, 'example.com')).toBe(true);
    expect(isSiteSkipped(s, 'www.example.com')).toBe(true);
    expect(isSiteSkipped(s, 'news.example.com')).toBe(true);
    expect(isSiteSkipped(s, 'notexample.com')).toBe(false);
    expect(normalizeDomain('*.Example.org')).toBe('example.org');
  });

  it('migrates version 1 (translucent rgba colours) to version 2 (picker colours), keeping every other value', () => {
    const v1 = {
      version: 1,
      autoRun: false,
      highlight: { directQuotes: true, reportedQuotes: false, speakers: true, unnamed: true, dates: true },
      colors: {
        directQuotes: 'rgba(255, 196, 0, 0.35)',
        reportedQuotes: 'rgba(64, 156, 255, 0.25)',
        speakers: 'rgb(46, 160, 67)',
        unnamed: '#E58',
        dates: 'hsl(260, 70%, 60%)',
      },
      skipSites: ['example.com'],
      badge: 'unnamed',
      countVagueGroups: false,
    };
    const v2 = migrateSettings(v1);
    expect(v2.version).toBe(2);
    expect(v2.colors).toEqual({
      directQuotes: '#ffc400',
      reportedQuotes: '#409cff',
      speakers: '#2ea043',
      unnamed: '#ee5588',
      dates: DEFAULT_SETTINGS.colors.dates, // hsl() has no picker form: back to the default
    });
    expect(v2.speakerColors).toBe(true);
    expect(v2).toMatchObject({ autoRun: false, skipSites: ['example.com'], badge: 'unnamed', countVagueGroups: false });
    expect(v2.highlight.reportedQuotes).toBe(false);
    // Saving and loading again is stable.
    expect(migrateSettings(v2)).toEqual(v2);
  });

  it('reads colours as #rrggbb or not at all', () => {
    expect(toHexColor('#ABCDEF')).toBe('#abcdef');
    expect(toHexColor('#abcd')).toBe('#aabbcc');
    expect(toHexColor('#11223344')).toBe('#112233');
    expect(toHexColor('rgba(0, 10, 255, .5)')).toBe('#000aff');
    expect(toHexColor('rgb(300, 0, 0)')).toBeNull();
    expect(toHexColor('red')).toBeNull();
    expect(validateSettings({ colors: { dates: 'rgb(1, 2, 3)' } }).colors.dates).toBe(DEFAULT_SETTINGS.colors.dates);
  });

  it('counts unnamed sources with or without vague groups', () => {
    const unnamed = { count: 5, vagueGroups: 3 };
    expect(countUnnamed(unnamed, { countVagueGroups: true })).toBe(5);
    expect(countUnnamed(unnamed, { countVagueGroups: false })).toBe(2);
  });
});
