import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  isSiteSkipped,
  migrateSettings,
  normalizeDomain,
  SETTINGS_VERSION,
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
});
