import type { Analysis } from '../core/types';
import { buildTextIndex } from '../page/anchor/text-index';
import { createCustomHighlighter, customHighlightsSupported } from '../page/highlight/custom-highlights';
import { attachHoverCard, type HoverCard } from '../page/highlight/hover-card';
import { createMarkHighlighter } from '../page/highlight/mark-elements';
import type { Highlighter } from '../page/highlight/types';
import { type Settings, visibleCategories } from '../shared/settings';
import { buildHighlightItems } from './highlight-items';

/** Owns the page's highlights: created only after an analysis, updated live when settings change. */
export class PageHighlights {
  private highlighter: Highlighter | null = null;
  private card: HoverCard | null = null;
  private hidden = false;

  constructor(
    private readonly win: Window & typeof globalThis,
    private settings: Settings,
  ) {}

  show(text: string, analysis: Analysis): number {
    this.dispose();
    const index = buildTextIndex(this.win.document.body);
    const items = buildHighlightItems(index, text, analysis);
    const highlighter = customHighlightsSupported(this.win)
      ? createCustomHighlighter(this.win, this.settings.colors)
      : createMarkHighlighter(this.win, this.settings.colors);
    highlighter.setVisible(this.hidden ? new Set() : visibleCategories(this.settings));
    highlighter.show(items);
    this.highlighter = highlighter;
    this.card = attachHoverCard(this.win, highlighter);
    return items.length;
  }

  applySettings(settings: Settings): void {
    this.settings = settings;
    this.highlighter?.setColors(settings.colors);
    this.highlighter?.setVisible(this.hidden ? new Set() : visibleCategories(settings));
  }

  /** Hides or shows every highlight; returns whether they are now visible. */
  toggle(): boolean {
    this.hidden = !this.hidden;
    this.applySettings(this.settings);
    return !this.hidden;
  }

  reveal(id: string): boolean {
    if (this.hidden) this.toggle();
    return this.highlighter?.reveal(id) ?? false;
  }

  dispose(): void {
    this.card?.dispose();
    this.highlighter?.dispose();
    this.card = null;
    this.highlighter = null;
  }
}
