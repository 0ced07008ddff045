export const HIGHLIGHT_CATEGORIES = ['directQuotes', 'reportedQuotes', 'speakers', 'unnamed', 'dates'] as const;
export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

export type CategoryColors = Record<HighlightCategory, string>;

/** What the hover card shows for one highlight. */
export interface CardInfo {
  heading: string;
  lines: string[];
}

export interface HighlightItem {
  /** The fact's id (quote, source or date), used by "jump to" from the popup. */
  id: string;
  category: HighlightCategory;
  range: Range;
  card: CardInfo;
}

export interface Highlighter {
  /** Replaces all highlights. */
  show(items: HighlightItem[]): void;
  /** Shows only these categories (the others stay anchored, ready to come back). */
  setVisible(categories: ReadonlySet<HighlightCategory>): void;
  setColors(colors: CategoryColors): void;
  /** The item under a viewport point, for hover cards. */
  itemAt(x: number, y: number): HighlightItem | null;
  /** Scrolls to an item and flashes it briefly. Returns false when the id is not highlighted. */
  reveal(id: string): boolean;
  /** Removes every highlight and style; the highlighter is not used again. */
  dispose(): void;
}
