import type { Analysis } from '../core/types';
import { TextIndexBuilder, textWalker } from '../page/anchor/text-index';
import { createCustomHighlighter, customHighlightsSupported } from '../page/highlight/custom-highlights';
import { inDocumentOrder } from '../page/highlight/document-order';
import { attachHoverCard, type HoverCard } from '../page/highlight/hover-card';
import { createMarkHighlighter } from '../page/highlight/mark-elements';
import { toneColor } from '../page/highlight/palette';
import { nextStep } from '../page/highlight/stepper';
import type { Highlighter, HighlightItem, HighlightLook } from '../page/highlight/types';
import { t } from '../shared/i18n';
import { type Settings, visibleCategories } from '../shared/settings';
import { anchorTarget, highlightTargets } from './highlight-items';
import { TimeSlicer } from './time-slices';

function lookOf(settings: Settings): HighlightLook {
  return { colors: settings.colors, speakerColors: settings.speakerColors };
}

/** Owns the page's highlights: created only after an analysis, updated live when settings change. */
export class PageHighlights {
  private highlighter: Highlighter | null = null;
  private card: HoverCard | null = null;
  private items: HighlightItem[] = [];
  private hidden = false;
  /** The highlight a keyboard user stepped to. */
  private current: string | null = null;
  /** Bumped by every show and dispose, so a show still in progress stops when it is replaced. */
  private generation = 0;

  constructor(
    private readonly win: Window & typeof globalThis,
    private settings: Settings,
  ) {}

  /**
   * Anchors and paints the analysis; resolves with the number of highlights. The page is indexed and the
   * facts anchored in time slices (see time-slices.ts), so a long article never blocks the page for long.
   * Never rejects: a page that changes under us gets fewer highlights, not an error.
   */
  async show(text: string, analysis: Analysis): Promise<number> {
    this.dispose();
    const generation = this.generation;
    try {
      const items = await this.anchorAll(text, analysis, generation);
      // Replaced while anchoring, or in the moment after it (a dispose between the last slice and here).
      if (items === null || generation !== this.generation) return 0;
      this.paint(inDocumentOrder(items));
      return this.items.length;
    } catch (error) {
      console.warn('[Sourcelight] could not highlight this page', error);
      if (generation === this.generation) this.dispose();
      return 0;
    }
  }

  /** Every fact anchored in the live page, or null when a newer show or a dispose replaced this one. */
  private async anchorAll(text: string, analysis: Analysis, generation: number): Promise<HighlightItem[] | null> {
    const body = this.win.document.body;
    if (!body) return [];
    const slicer = new TimeSlicer(this.win);
    const stale = async () => {
      await slicer.next();
      return generation !== this.generation;
    };
    const builder = new TextIndexBuilder();
    const walker = textWalker(body);
    let n = 0;
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      if (TextIndexBuilder.accepts(node)) builder.add(node);
      if (++n % 128 === 0 && slicer.spent() && (await stale())) return null;
    }
    const index = builder.finish();
    const items: HighlightItem[] = [];
    for (const target of highlightTargets(text, analysis)) {
      const item = anchorTarget(index, text, target);
      if (item) items.push(item);
      if (slicer.spent() && (await stale())) return null;
    }
    return generation === this.generation ? items : null;
  }

  private paint(items: HighlightItem[]): void {
    this.items = items;
    const highlighter = customHighlightsSupported(this.win)
      ? createCustomHighlighter(this.win, lookOf(this.settings))
      : createMarkHighlighter(this.win, lookOf(this.settings));
    highlighter.setVisible(this.hidden ? new Set() : visibleCategories(this.settings));
    highlighter.show(this.items);
    this.highlighter = highlighter;
    this.card = attachHoverCard(this.win, highlighter, {
      swatch: (item) => this.swatch(item),
      onDismiss: () => {
        this.current = null;
        highlighter.release();
      },
    });
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.highlighter?.setLook(lookOf(settings));
    this.highlighter?.setVisible(this.hidden ? new Set() : visibleCategories(settings));
    if (this.current && !this.stepCandidates().some((i) => i.id === this.current)) this.endStepping();
  }

  /** Hides or shows every highlight; returns whether they are now visible. */
  toggle(): boolean {
    this.hidden = !this.hidden;
    if (this.hidden) this.endStepping();
    this.applySettings(this.settings);
    return !this.hidden;
  }

  reveal(id: string): boolean {
    if (this.hidden) this.toggle();
    this.endStepping();
    return this.highlighter?.reveal(id) ?? false;
  }

  /**
   * Moves to the next (1) or previous (-1) visible highlight, marks it and pins its card, which a live
   * region reads out. `hint` names the shortcuts. Returns the item's id, or null when there is none.
   */
  step(direction: 1 | -1, hint?: string): string | null {
    if (this.hidden) this.toggle();
    const highlighter = this.highlighter;
    const candidates = this.stepCandidates();
    if (!highlighter || candidates.length === 0) return null;
    const steppable = candidates.map((i) => ({
      id: i.id,
      top: this.current ? null : (highlighter.rectOf(i.id)?.top ?? null),
    }));
    const index = nextStep(steppable, this.current, direction, this.win.innerHeight);
    const item = candidates[index];
    if (!item) return null;
    this.current = item.id;
    highlighter.reveal(item.id, { hold: true });
    const announcement = t(
      'stepAnnouncement',
      item.card.label,
      index + 1,
      candidates.length,
      item.card.heading,
      item.card.lines.join('. '),
    );
    this.card?.pin(item, announcement, hint);
    return item.id;
  }

  dispose(): void {
    this.generation++;
    this.card?.dispose();
    this.highlighter?.dispose();
    this.card = null;
    this.highlighter = null;
    this.items = [];
    this.current = null;
  }

  private stepCandidates(): HighlightItem[] {
    if (this.hidden) return [];
    const visible = visibleCategories(this.settings);
    return this.items.filter((i) => visible.has(i.category));
  }

  private endStepping(): void {
    this.current = null;
    this.card?.unpin();
    this.highlighter?.release();
  }

  private swatch(item: HighlightItem): string {
    return item.tone !== undefined && this.settings.speakerColors && item.category !== 'dates'
      ? toneColor(item.tone)
      : this.settings.colors[item.category];
  }
}
