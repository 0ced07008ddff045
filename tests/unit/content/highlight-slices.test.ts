// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { PageHighlights } from '../../../src/content/page-highlights';
import { TimeSlicer } from '../../../src/content/time-slices';
import { analyze } from '../../../src/core/analyze';
import { MARK_TAG } from '../../../src/page/highlight/mark-elements';
import '../../../src/shared/i18n-en';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

/**
 * Highlights are built in time slices, so a show can be overtaken: by a dispose (the reader left the story)
 * or by a newer show (an SPA moved on). Only the newest survives, and nothing is left behind by the others.
 */

const STORY = [
  '“The ferry will keep running,” said Dana Ortiz, the harbor director, on Monday.',
  'A crew member who asked not to be named said the boats needed repairs.',
];
const OTHER = ['“We will rebuild the pier,” said Omar Haddad on Friday.', 'Officials said the work would take a year.'];

function page(paragraphs: string[]): string {
  document.body.innerHTML = `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</article>`;
  return paragraphs.join('\n\n');
}

/** happy-dom has no CSS Custom Highlight API: the element fallback shows what was painted. */
function marked(): string[] {
  return [...document.querySelectorAll(MARK_TAG)].map((m) => m.textContent ?? '');
}

describe('highlights built in slices', () => {
  it('paints nothing when disposed before the show finished', async () => {
    const text = page(STORY);
    const highlights = new PageHighlights(window, DEFAULT_SETTINGS);
    const shown = highlights.show(text, analyze(text));
    highlights.dispose();
    expect(await shown).toBe(0);
    expect(marked()).toEqual([]);
  });

  it('keeps only the newest of two overlapping shows', async () => {
    const highlights = new PageHighlights(window, DEFAULT_SETTINGS);
    const first = highlights.show(page(STORY), analyze(page(STORY)));
    const text = page(OTHER);
    const second = highlights.show(text, analyze(text));
    expect(await first).toBe(0);
    expect(await second).toBeGreaterThan(0);
    expect(marked().join(' ')).toContain('Omar Haddad');
    expect(marked().join(' ')).not.toContain('Dana Ortiz');
  });

  it('yields once a slice has used its time, and not before', async () => {
    let now = 0;
    const win = {
      performance: { now: () => now },
      setTimeout: (fn: () => void) => setTimeout(fn, 0),
    } as unknown as Window & typeof globalThis;
    const slicer = new TimeSlicer(win, 10);
    now = 9;
    expect(slicer.spent()).toBe(false);
    now = 10;
    expect(slicer.spent()).toBe(true);
    await slicer.next();
    expect(slicer.spent()).toBe(false);
  });
});
