import type { CategoryColors, HighlightCategory, Highlighter, HighlightItem } from './types';

/**
 * Fallback for browsers without the CSS Custom Highlight API: wraps the text of each range in a custom
 * element. A custom tag name matches no page CSS selector for p/span/mark, and the inline style uses only
 * properties that cannot change layout (background and underline). Whitespace-only text is never wrapped.
 */

export const MARK_TAG = 'sourcelight-mark';

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

function styleFor(category: HighlightCategory, colors: CategoryColors): string {
  const color = colors[category];
  return category === 'speakers' || category === 'dates'
    ? `all: unset; display: inline; text-decoration: underline 2px ${color}; text-underline-offset: 2px;`
    : `all: unset; display: inline; background-color: ${color};`;
}

export function createMarkHighlighter(win: Window & typeof globalThis, initialColors: CategoryColors): Highlighter {
  const doc = win.document;
  let colors = initialColors;
  let items: HighlightItem[] = [];
  let marks = new Map<string, HTMLElement[]>();
  let visible = new Set<HighlightCategory>(Object.keys(colors) as HighlightCategory[]);

  function wrap(item: HighlightItem): HTMLElement[] {
    const created: HTMLElement[] = [];
    for (const node of textNodesIn(item.range)) {
      let target: Text = node;
      const start = node === item.range.startContainer ? item.range.startOffset : 0;
      const end = node === item.range.endContainer ? item.range.endOffset : node.data.length;
      if (end <= start || !node.data.slice(start, end).trim()) continue;
      if (end < target.data.length) target.splitText(end);
      if (start > 0) target = target.splitText(start);
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('style', styleFor(item.category, colors));
      mark.dataset.sourcelightId = item.id;
      target.parentNode?.insertBefore(mark, target);
      mark.appendChild(target);
      created.push(mark);
    }
    return created;
  }

  function unwrapAll(): void {
    for (const list of marks.values()) {
      for (const mark of list) {
        const parent = mark.parentNode;
        if (!parent) continue;
        while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
        parent.removeChild(mark);
        parent.normalize();
      }
    }
    marks = new Map();
  }

  function paint(): void {
    unwrapAll();
    // Wrapping changes text nodes, so ranges are wrapped last-to-first to keep earlier offsets valid.
    const shown = items.filter((i) => visible.has(i.category));
    for (const item of [...shown].reverse()) marks.set(item.id, [...(marks.get(item.id) ?? []), ...wrap(item)]);
  }

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
      colors = next;
      paint();
    },
    itemAt(x, y) {
      const el = doc.elementFromPoint(x, y)?.closest(MARK_TAG) as HTMLElement | null;
      const id = el?.dataset.sourcelightId;
      return id ? (items.find((i) => i.id === id) ?? null) : null;
    },
    reveal(id) {
      const first = marks.get(id)?.[0];
      if (!first) return false;
      first.scrollIntoView({ behavior: 'smooth', block: 'center' });
      const previous = first.style.outline;
      first.style.outline = '2px solid rgb(255, 200, 0)';
      setTimeout(() => {
        first.style.outline = previous;
      }, 1600);
      return true;
    },
    dispose() {
      items = [];
      unwrapAll();
    },
  };
}
