export const HIGHLIGHT_CATEGORIES = ['directQuotes', 'reportedQuotes', 'speakers', 'unnamed', 'dates'] as const;
export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

export type CategoryColors = Record<HighlightCategory, string>;

/** How highlights look: one #rrggbb colour per category, and whether each speaker gets its own colour. */
export interface HighlightLook {
  colors: CategoryColors;
  speakerColors: boolean;
}

/** What the hover (or keyboard) card shows for one highlight. */
export interface CardInfo {
  /** What kind of highlight this is ("Direct quote", "Speaker", "Date"). */
  label: string;
  heading: string;
  lines: string[];
}

export interface HighlightItem {
  /** The fact's id (quote, source or date), used by "jump to" from the popup. */
  id: string;
  category: HighlightCategory;
  range: Range;
  card: CardInfo;
  /** The speaker's palette index (speaker mentions and quotes), when the speaker is known. */
  tone?: number;
}

export interface Highlighter {
  /** Replaces all highlights. */
  show(items: HighlightItem[]): void;
  /** Shows only these categories (the others stay anchored, ready to come back). */
  setVisible(categories: ReadonlySet<HighlightCategory>): void;
  setLook(look: HighlightLook): void;
  /** The item under a viewport point, for hover cards. */
  itemAt(x: number, y: number): HighlightItem | null;
  /** Where an item is on screen now (from its first line's left edge, over all its lines), for its card. */
  rectOf(id: string): DOMRect | null;
  /**
   * Scrolls to an item and marks it: briefly (a flash) or, with `hold`, until `release` (keyboard stepping).
   * Returns false when the id is not highlighted.
   */
  reveal(id: string, options?: { hold?: boolean }): boolean;
  /** Drops the held mark of `reveal(id, { hold: true })`. */
  release(): void;
  /** Removes every highlight and style; the highlighter is not used again. */
  dispose(): void;
}

/** Scrolls smoothly unless the reader asked the system for reduced motion. */
export function scrollBehavior(win: Window): ScrollBehavior {
  return win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth';
}
