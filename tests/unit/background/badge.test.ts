import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../../src/background/badge-look';
import { analyze } from '../../../src/core/analyze';
import type { ExtractedArticle } from '../../../src/page/extract/extract';
import '../../../src/shared/i18n-en';
import type { TabState } from '../../../src/shared/messages';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const TEXT = [
  '“The pool will reopen in June,” said Carla Mendes.',
  'A city official who spoke on condition of anonymity said the repairs had cost twice the estimate.',
  'Critics say the delay was avoidable.',
].join('\n\n');

function done(): TabState {
  const article = { url: 'https://news.example/a', text: TEXT } as ExtractedArticle;
  return { status: 'done', url: article.url, article, analysis: analyze(TEXT), ms: 1 };
}

describe('toolbar badge', () => {
  it('shows the quote count by default, and says what it counts', () => {
    const look = badgeFor(done(), DEFAULT_SETTINGS);
    expect(look.text).toBe('3');
    expect(look.title).toBe('Sourcelight: 3 quotes, 2 unnamed sources. The badge counts quotes.');
  });

  it('shows unnamed sources when chosen, with or without vague groups', () => {
    expect(badgeFor(done(), { ...DEFAULT_SETTINGS, badge: 'unnamed' }).text).toBe('2');
    const strict = badgeFor(done(), { ...DEFAULT_SETTINGS, badge: 'unnamed', countVagueGroups: false });
    expect(strict.text).toBe('1');
    expect(strict.title).toBe('Sourcelight: 3 quotes, 1 unnamed source. The badge counts unnamed sources.');
  });

  it('marks work in progress and errors, and is empty otherwise', () => {
    expect(badgeFor({ status: 'analyzing', url: 'x' }, DEFAULT_SETTINGS).text).toBe('…');
    const error = badgeFor({ status: 'error', url: 'x', error: 'The page did not answer' }, DEFAULT_SETTINGS);
    expect([error.text, error.title]).toEqual(['!', 'Sourcelight — The page did not answer']);
    expect(badgeFor(null, DEFAULT_SETTINGS).text).toBe('');
  });
});
