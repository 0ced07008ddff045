import { categoryDeclarations, MARKED_DECLARATIONS, TONE_COUNT, toneDeclarations } from './styles';
import {
  HIGHLIGHT_CATEGORIES,
  type HighlightCategory,
  type Highlighter,
  type HighlightItem,
  type HighlightLook,
  scrollBehavior,
} from './types';

/**
 * Highlights with the CSS Custom Highlight API: the page's DOM is never touched, so its layout and scripts
 * cannot break. Styles go into an adopted stylesheet (no element added to the page, and no inline <style>
 * that a strict page CSP would block).
 * https://developer.mozilla.org/docs/Web/API/CSS_Custom_Highlight_API
 *
 * Names: `sourcelight-<category>` holds every visible item of a category; with speaker colours on,
 * `sourcelight-tone-<n>` additionally holds the speaker mentions of palette colour n.
 */

const PREFIX = 'sourcelight-';
const MARKED = `${PREFIX}marked`;
const FLASH_MS = 1600;

export function customHighlightsSupported(win: Window & typeof globalThis): boolean {
  return typeof win.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

function caretAt(doc: Document, x: number, y: number): { node: Node; offset: number } | null {
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

/**
 * Where a card should go for a range: the left edge of its first line, spanning all its lines vertically, so
 * a card placed below or above it never covers the highlighted words.
 */
export function cardAnchorRect(range: Range): DOMRect | null {
  const bounds = range.getBoundingClientRect();
  if (bounds.width === 0 && bounds.height === 0) return null;
  const first = range.getClientRects()[0] ?? bounds;
  return new DOMRect(first.left, bounds.top, bounds.right - first.left, bounds.height);
}

export function createCustomHighlighter(win: Window & typeof globalThis, initialLook: HighlightLook): Highlighter {
  const doc = win.document;
  const sheet = new win.CSSStyleSheet();
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  let look = initialLook;
  let items: HighlightItem[] = [];
  let visible = new Set<HighlightCategory>(HIGHLIGHT_CATEGORIES);
  let flashTimer: ReturnType<typeof setTimeout> | undefined;

  function writeStyles(): void {
    const rules = HIGHLIGHT_CATEGORIES.map(
      (cat) => `::highlight(${PREFIX}${cat}) { ${categoryDeclarations(cat, look)} }`,
    );
    for (let tone = 0; tone < TONE_COUNT; tone++) {
      rules.push(`::highlight(${PREFIX}tone-${tone}) { ${toneDeclarations(tone)} }`);
    }
    rules.push(`::highlight(${MARKED}) { ${MARKED_DECLARATIONS} }`);
    sheet.replaceSync(rules.join('\n'));
  }

  function setHighlight(name: string, ranges: Range[], priority: number): void {
    if (ranges.length === 0) {
      win.CSS.highlights.delete(name);
      return;
    }
    const h = new win.Highlight(...ranges);
    h.priority = priority;
    win.CSS.highlights.set(name, h);
  }

  function paint(): void {
    const byCategory = new Map<HighlightCategory, Range[]>();
    const byTone = new Map<number, Range[]>();
    const add = <K>(map: Map<K, Range[]>, key: K, range: Range) => {
      const list = map.get(key);
      if (list) list.push(range);
      else map.set(key, [range]);
    };
    for (const item of items) {
      if (!visible.has(item.category)) continue;
      add(byCategory, item.category, item.range);
      if (look.speakerColors && item.category === 'speakers' && item.tone !== undefined) {
        add(byTone, item.tone % TONE_COUNT, item.range);
      }
    }
    // Underlines (speakers, dates) sit above quote backgrounds.
    for (const cat of HIGHLIGHT_CATEGORIES) {
      setHighlight(`${PREFIX}${cat}`, byCategory.get(cat) ?? [], cat === 'speakers' || cat === 'dates' ? 2 : 1);
    }
    for (let tone = 0; tone < TONE_COUNT; tone++) setHighlight(`${PREFIX}tone-${tone}`, byTone.get(tone) ?? [], 3);
  }

  writeStyles();

  return {
    show(next) {
      items = next;
      paint();
    },
    setVisible(categories) {
      visible = new Set(categories);
      paint();
    },
    setLook(next) {
      look = next;
      writeStyles();
      paint();
    },
    itemAt(x, y) {
      const caret = caretAt(doc, x, y);
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
    rectOf(id) {
      const item = items.find((i) => i.id === id);
      return item ? cardAnchorRect(item.range) : null;
    },
    reveal(id, options = {}) {
      const item = items.find((i) => i.id === id);
      if (!item) return false;
      const rect = item.range.getBoundingClientRect();
      win.scrollTo({ top: win.scrollY + rect.top - win.innerHeight / 3, behavior: scrollBehavior(win) });
      setHighlight(MARKED, [item.range], 4);
      clearTimeout(flashTimer);
      if (!options.hold) flashTimer = setTimeout(() => win.CSS.highlights.delete(MARKED), FLASH_MS);
      return true;
    },
    release() {
      clearTimeout(flashTimer);
      win.CSS.highlights.delete(MARKED);
    },
    dispose() {
      clearTimeout(flashTimer);
      items = [];
      for (const name of [...win.CSS.highlights.keys()]) if (name.startsWith(PREFIX)) win.CSS.highlights.delete(name);
      doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
