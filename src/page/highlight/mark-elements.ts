import { inDocumentOrder } from './document-order';
import { categoryDeclarations, MARKED_DECLARATIONS, toneDeclarations } from './styles';
import {
  HIGHLIGHT_CATEGORIES,
  type HighlightCategory,
  type Highlighter,
  type HighlightItem,
  type HighlightLook,
  scrollBehavior,
} from './types';

/**
 * Fallback for browsers without the CSS Custom Highlight API: wraps the text of each range in a custom
 * element. A custom tag name matches no page CSS selector for p/span/mark, and the inline style uses only
 * properties that cannot change layout (background and underline). Whitespace-only text is never wrapped.
 */

export const MARK_TAG = 'sourcelight-mark';
const FLASH_MS = 1600;

function textNodesIn(range: Range): Text[] {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return [root as Text];
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

export function markStyle(item: Pick<HighlightItem, 'category' | 'tone'>, look: HighlightLook): string {
  const own =
    item.category === 'speakers' && look.speakerColors && item.tone !== undefined
      ? toneDeclarations(item.tone)
      : categoryDeclarations(item.category, look);
  return `all: unset; display: inline; ${own}`;
}

export function createMarkHighlighter(win: Window & typeof globalThis, initialLook: HighlightLook): Highlighter {
  const doc = win.document;
  let look = initialLook;
  let items: HighlightItem[] = [];
  let marks = new Map<string, HTMLElement[]>();
  let visible = new Set<HighlightCategory>(HIGHLIGHT_CATEGORIES);
  let marked: { elements: HTMLElement[]; timer: ReturnType<typeof setTimeout> | undefined } | null = null;

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
      mark.setAttribute('style', markStyle(item, look));
      mark.dataset.sourcelightId = item.id;
      target.parentNode?.insertBefore(mark, target);
      mark.appendChild(target);
      created.push(mark);
    }
    return created;
  }

  function unwrapAll(): void {
    release();
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
    // Wrapping splits text nodes, so ranges are wrapped last-to-first to keep earlier offsets valid.
    const shown = inDocumentOrder(items.filter((i) => visible.has(i.category)));
    for (const item of [...shown].reverse()) marks.set(item.id, [...(marks.get(item.id) ?? []), ...wrap(item)]);
  }

  function release(): void {
    if (!marked) return;
    clearTimeout(marked.timer);
    for (const el of marked.elements) el.setAttribute('style', el.dataset.sourcelightStyle ?? '');
    marked = null;
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
    setLook(next) {
      look = next;
      paint();
    },
    itemAt(x, y) {
      const el = doc.elementFromPoint(x, y)?.closest(MARK_TAG) as HTMLElement | null;
      const id = el?.dataset.sourcelightId;
      return id ? (items.find((i) => i.id === id) ?? null) : null;
    },
    rectOf(id) {
      const list = marks.get(id);
      const first = list?.[0]?.getClientRects()[0];
      const last = list?.at(-1)?.getBoundingClientRect();
      return first && last
        ? new DOMRect(first.left, first.top, last.right - first.left, last.bottom - first.top)
        : null;
    },
    reveal(id, options = {}) {
      const elements = marks.get(id);
      const first = elements?.[0];
      if (!elements || !first) return false;
      release();
      first.scrollIntoView({ behavior: scrollBehavior(win), block: 'center' });
      for (const el of elements) {
        el.dataset.sourcelightStyle = el.getAttribute('style') ?? '';
        el.setAttribute('style', `all: unset; display: inline; ${MARKED_DECLARATIONS}`);
      }
      marked = { elements, timer: options.hold ? undefined : setTimeout(release, FLASH_MS) };
      return true;
    },
    release,
    dispose() {
      items = [];
      unwrapAll();
    },
  };
}
