import type { CategoryColors, HighlightCategory, Highlighter, HighlightItem } from './types';

/**
 * Highlights with the CSS Custom Highlight API: the page's DOM is never touched, so its layout and scripts
 * cannot break. Styles go into an adopted stylesheet (no element added to the page).
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 */

const PREFIX = 'sourcelight-';
const FLASH = `${PREFIX}flash`;

export function customHighlightsSupported(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

function caretRangeAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

export function createCustomHighlighter(win: Window & typeof globalThis, colors: CategoryColors): Highlighter {
  const doc = win.document;
  const sheet = new win.CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let items: HighlightItem[] = [];
  let visible = new Set<HighlightCategory>(Object.keys(colors) as HighlightCategory[]);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  function writeStyles(c: CategoryColors): void {
    const rules = (Object.keys(c) as HighlightCategory[]).map((cat) =>
      cat === 'speakers' || cat === 'dates'
        ? `::highlight(${PREFIX}${cat}) { text-decoration: underline 2px ${c[cat]}; text-underline-offset: 2px; }`
        : `::highlight(${PREFIX}${cat}) { background-color: ${c[cat]}; color: inherit; }`,
    );
    rules.push(`::highlight(${FLASH}) { background-color: rgba(255, 200, 0, 0.75); color: #000; }`);
    sheet.replaceSync(rules.join('\n'));
  }

  function paint(): void {
    const byCategory = new Map<HighlightCategory, Range[]>();
    for (const item of items) {
      if (!visible.has(item.category)) continue;
      const list = byCategory.get(item.category) ?? [];
      list.push(item.range);
      byCategory.set(item.category, list);
    }
    for (const cat of Object.keys(colors) as HighlightCategory[]) {
      const ranges = byCategory.get(cat);
      if (ranges?.length) {
        const h = new win.Highlight(...ranges);
        // Speakers and dates sit above quote backgrounds.
        h.priority = cat === 'speakers' || cat === 'dates' ? 2 : 1;
        win.CSS.highlights.set(`${PREFIX}${cat}`, h);
      } else win.CSS.highlights.delete(`${PREFIX}${cat}`);
    }
  }

  writeStyles(colors);

  return {
    show(next) {
      items = next;
      paint();
    },
    setVisible(categories) {
      visible = new Set(categories);
      paint();
    },
    setColors(next) {
      writeStyles(next);
    },
    itemAt(x, y) {
      const caret = caretRangeAt(doc, x, y);
      if (!caret) return null;
      // Prefer the narrowest item: a speaker inside a quote wins over the quote.
      let best: HighlightItem | null = null;
      for (const item of items) {
        if (!visible.has(item.category)) continue;
        try {
          if (!item.range.isPointInRange(caret.node, caret.offset)) continue;
        } catch {
          continue;
        }
        if (!best || item.range.toString().length < best.range.toString().length) best = item;
      }
      return best;
    },
    reveal(id) {
      const item = items.find((i) => i.id === id);
      if (!item) return false;
      const rect = item.range.getBoundingClientRect();
      win.scrollTo({ top: win.scrollY + rect.top - win.innerHeight / 3, behavior: 'smooth' });
      win.CSS.highlights.set(FLASH, new win.Highlight(item.range));
      clearTimeout(flashTimer);
      flashTimer = setTimeout(() => win.CSS.highlights.delete(FLASH), 1600);
      return true;
    },
    dispose() {
      items = [];
      for (const cat of Object.keys(colors)) win.CSS.highlights.delete(`${PREFIX}${cat}`);
      win.CSS.highlights.delete(FLASH);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
