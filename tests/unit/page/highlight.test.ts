// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildHighlightItems } from '../../../src/content/highlight-items';
import { PageHighlights } from '../../../src/content/page-highlights';
import { analyze } from '../../../src/core/analyze';
import { buildTextIndex } from '../../../src/page/anchor/text-index';
import { inDocumentOrder } from '../../../src/page/highlight/document-order';
import { createMarkHighlighter, MARK_TAG } from '../../../src/page/highlight/mark-elements';
import { SPEAKER_PALETTE, toneColor, withAlpha } from '../../../src/page/highlight/palette';
import { speakerTones } from '../../../src/page/highlight/speaker-tones';
import { nextStep } from '../../../src/page/highlight/stepper';
import { categoryDeclarations, toneDeclarations } from '../../../src/page/highlight/styles';
import { HIGHLIGHT_CATEGORIES, type HighlightLook } from '../../../src/page/highlight/types';
import '../../../src/shared/i18n-en';
import { DEFAULT_SETTINGS } from '../../../src/shared/settings';

const PARAGRAPHS = [
  '“The pool will reopen in June,” said Carla Mendes, the parks director.',
  'A city official who spoke on condition of anonymity said the repairs had cost twice the estimate.',
  'Critics say the delay was avoidable. “We warned them in 2023,” said Omar Haddad.',
  'Mendes said the city would publish the full bill next week.',
];
const TEXT = PARAGRAPHS.join('\n\n');
const LOOK: HighlightLook = { colors: DEFAULT_SETTINGS.colors, speakerColors: true };

function page(): Document {
  document.body.innerHTML = `<article><h1>Pool repairs</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
  return document;
}

function items() {
  const analysis = analyze(TEXT, { published: '2025-05-10' });
  return { analysis, items: buildHighlightItems(buildTextIndex(page().body), TEXT, analysis) };
}

describe('highlight items', () => {
  it('anchors every fact in the page under the ids the popup uses', () => {
    const { analysis, items: list } = items();
    const ids = new Set(list.map((i) => i.id));
    for (const q of analysis.quotes) expect(ids.has(q.id), q.id).toBe(true);
    for (const u of analysis.unnamed.sources) expect(ids.has(`${u.sourceId}:u0`)).toBe(true);
    for (let i = 0; i < analysis.dates.length; i++) expect(ids.has(`d${i}`)).toBe(true);
    const q1 = list.find((i) => i.id === analysis.quotes[0]?.id);
    expect(q1?.range.toString()).toBe('The pool will reopen in June,');
    expect(q1?.card).toEqual({
      label: 'Direct quote',
      heading: 'Carla Mendes',
      lines: ['Named person', 'Cue: “said”'],
    });
  });

  it('colours each speaker’s mentions with its own palette tone', () => {
    const { analysis, items: list } = items();
    const tones = speakerTones(analysis);
    const mendes = analysis.sources.find((s) => s.name === 'Carla Mendes');
    const haddad = analysis.sources.find((s) => s.name === 'Omar Haddad');
    const toneOf = (id: string | undefined) =>
      list.find((i) => i.category === 'speakers' && i.id.startsWith(`${id}:m`))?.tone;
    expect(toneOf(mendes?.id)).toBe(tones.get(mendes?.id ?? ''));
    expect(toneOf(haddad?.id)).toBe(tones.get(haddad?.id ?? ''));
    expect(toneOf(mendes?.id)).not.toBe(toneOf(haddad?.id));
  });
});

describe('element fallback highlighter', () => {
  it('marks text without changing it, follows category toggles and colours, and cleans up', () => {
    // Dates sit inside quotes here: nested ranges are wrapped too.
    const list = items().items;
    const before = document.body.innerHTML;
    const text = document.body.textContent;
    const h = createMarkHighlighter(window, LOOK);
    h.show(list);
    expect(document.body.textContent).toBe(text);
    const marks = () => [...document.querySelectorAll<HTMLElement>(MARK_TAG)];
    expect(marks().length).toBeGreaterThanOrEqual(list.length);
    const speakerMark = marks().find(
      (m) => list.find((i) => i.id === m.dataset.sourcelightId)?.category === 'speakers',
    );
    const speakerItem = list.find((i) => i.id === speakerMark?.dataset.sourcelightId);
    expect(speakerMark?.getAttribute('style')).toContain(toneColor(speakerItem?.tone ?? -1));

    h.setVisible(new Set(HIGHLIGHT_CATEGORIES.filter((c) => c !== 'directQuotes')));
    const directIds = new Set(list.filter((i) => i.category === 'directQuotes').map((i) => i.id));
    expect(marks().some((m) => directIds.has(m.dataset.sourcelightId ?? ''))).toBe(false);

    h.setLook({ ...LOOK, speakerColors: false });
    const again = marks().find((m) => m.dataset.sourcelightId === speakerItem?.id);
    expect(again?.getAttribute('style')).toContain(DEFAULT_SETTINGS.colors.speakers);

    expect(h.reveal(speakerItem?.id ?? '', { hold: true })).toBe(true);
    expect(again?.getAttribute('style')).toContain('rgba(255, 200, 0');
    h.release();
    expect(again?.getAttribute('style')).toContain(DEFAULT_SETTINGS.colors.speakers);
    expect(h.reveal('no-such-id')).toBe(false);

    h.dispose();
    expect(document.body.innerHTML).toBe(before);
  });
});

describe('highlight styles', () => {
  it('only ever paint: no declaration can move text', () => {
    const paintOnly = /^(background-color|text-decoration|text-underline-offset)$/;
    const hex = fc
      .array(fc.integer({ min: 0, max: 255 }), { minLength: 3, maxLength: 3 })
      .map((c) => `#${c.map((n) => n.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, fc.boolean(), fc.integer({ min: 0, max: 40 }), (color, speakerColors, tone) => {
        const look = { colors: { ...LOOK.colors, directQuotes: color, speakers: color }, speakerColors };
        const declarations = [...HIGHLIGHT_CATEGORIES.map((c) => categoryDeclarations(c, look)), toneDeclarations(tone)]
          .join(' ')
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean);
        for (const d of declarations) expect(d.split(':')[0]?.trim()).toMatch(paintOnly);
      }),
    );
  });

  it('keeps backgrounds translucent so the page’s own text colour shows through', () => {
    expect(withAlpha('#ffc400', 0.35)).toBe('rgba(255, 196, 0, 0.35)');
    expect(categoryDeclarations('directQuotes', LOOK)).toContain('rgba(255, 196, 0, 0.35)');
    expect(toneColor(SPEAKER_PALETTE.length)).toBe(toneColor(0));
  });
});

describe('keyboard stepping', () => {
  const at = (ids: string[], tops: Array<number | null>) => ids.map((id, i) => ({ id, top: tops[i] ?? null }));

  it('starts at the first highlight on screen and wraps at either end', () => {
    const list = at(['a', 'b', 'c'], [-300, 40, 900]);
    expect(nextStep(list, null, 1, 800)).toBe(1);
    expect(nextStep(list, null, -1, 800)).toBe(1);
    expect(nextStep(list, 'c', 1, 800)).toBe(0);
    expect(nextStep(list, 'a', -1, 800)).toBe(2);
    expect(nextStep(at(['a'], [-50]), null, 1, 800)).toBe(0);
    expect(nextStep([], null, 1, 800)).toBe(-1);
  });

  it('steps through the visible highlights of the page in document order', async () => {
    page();
    const analysis = analyze(TEXT, { published: '2025-05-10' });
    const highlights = new PageHighlights(window, {
      ...DEFAULT_SETTINGS,
      highlight: { ...DEFAULT_SETTINGS.highlight, speakers: false },
    });
    const count = await highlights.show(TEXT, analysis);
    expect(count).toBeGreaterThan(5);
    const ordered = inDocumentOrder(buildHighlightItems(buildTextIndex(document.body), TEXT, analysis)).filter(
      (i) => i.category !== 'speakers',
    );
    const first = highlights.step(1);
    const second = highlights.step(1);
    expect([first, second]).toEqual([ordered[0]?.id, ordered[1]?.id]);
    expect(highlights.step(-1)).toBe(first);
    expect(highlights.step(-1)).toBe(ordered.at(-1)?.id);
    // Hiding every highlight ends stepping; the next step shows them again.
    expect(highlights.toggle()).toBe(false);
    expect(document.querySelectorAll(MARK_TAG).length).toBe(0);
    expect(highlights.step(1)).not.toBeNull();
    expect(document.querySelectorAll(MARK_TAG).length).toBeGreaterThan(0);
    highlights.dispose();
  });
});
