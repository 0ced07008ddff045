import type { Highlighter, HighlightItem } from './types';

/**
 * The card that explains a highlight: who is speaking, the source type, the cue, the resolved date. It
 * appears when the pointer rests on a highlight, and it is pinned next to the highlight a keyboard user
 * stepped to (the CSS Custom Highlight API paints ranges, not elements, so nothing in the page can take
 * focus; stepping is done with extension shortcuts instead, and a live region reads the card out).
 *
 * It lives in a closed shadow root so page CSS cannot restyle it and page scripts cannot read it, and it is
 * only created once a card is needed.
 */

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; padding: 8px 10px; border-radius: 8px;
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; background: #1f2328; color: #f6f8fa;
  border: 1px solid #57606a; box-shadow: 0 4px 14px rgba(0,0,0,.3); pointer-events: none; text-align: left; }
.card[hidden] { display: none; }
.label { display: flex; align-items: center; gap: 6px; font-size: 11px; text-transform: uppercase;
  letter-spacing: .04em; color: #c9d1d9; }
.dot { width: 10px; height: 10px; border-radius: 50%; flex: none; border: 1px solid rgba(255,255,255,.6); }
.heading { font-weight: 600; margin: 2px 0; }
.line { color: #d0d7de; }
.hint { margin-top: 4px; font-size: 11px; color: #adbac7; }
.live { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
`;

export interface HoverCard {
  /** Pins the card next to an item (keyboard stepping) and reads `announcement` to screen readers. */
  pin(item: HighlightItem, announcement: string, hint?: string): void;
  unpin(): void;
  dispose(): void;
}

export interface HoverCardOptions {
  /** The colour of an item's swatch (its speaker's or its category's colour). */
  swatch(item: HighlightItem): string;
  /** Called when the reader dismisses a pinned card (Escape or a click). */
  onDismiss?(): void;
}

export function attachHoverCard(
  win: Window & typeof globalThis,
  highlighter: Highlighter,
  options: HoverCardOptions,
): HoverCard {
  const doc = win.document;
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let live: HTMLElement | null = null;
  let pending = false;
  let lastEvent: MouseEvent | null = null;
  let pinned: HighlightItem | null = null;

  function ensureCard(): HTMLElement {
    if (card) return card;
    host = doc.createElement('sourcelight-card');
    const root = host.attachShadow({ mode: 'closed' });
    try {
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(CARD_CSS);
      root.adoptedStyleSheets = [sheet];
    } catch {
      const style = doc.createElement('style');
      style.textContent = CARD_CSS;
      root.append(style);
    }
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    live = doc.createElement('div');
    live.className = 'live';
    live.setAttribute('role', 'status');
    live.setAttribute('aria-live', 'polite');
    root.append(card, live);
    doc.documentElement.appendChild(host);
    return card;
  }

  function fill(item: HighlightItem, hint?: string): HTMLElement {
    const el = ensureCard();
    const label = doc.createElement('div');
    label.className = 'label';
    const dot = doc.createElement('span');
    dot.className = 'dot';
    dot.style.background = options.swatch(item);
    label.append(dot, doc.createTextNode(item.card.label));
    const heading = doc.createElement('div');
    heading.className = 'heading';
    heading.textContent = item.card.heading;
    const lines = item.card.lines.map((text) => {
      const div = doc.createElement('div');
      div.className = 'line';
      div.textContent = text;
      return div;
    });
    el.replaceChildren(label, heading, ...lines);
    if (hint) {
      const div = doc.createElement('div');
      div.className = 'hint';
      div.textContent = hint;
      el.append(div);
    }
    el.hidden = false;
    return el;
  }

  /** Puts the card beside [top, bottom]: below it, or above it when `above` is preferred and fits. */
  function place(el: HTMLElement, x: number, top: number, bottom: number, above = false): void {
    const height = el.offsetHeight || 80;
    const width = el.offsetWidth || 320;
    const below = bottom + 8;
    const over = top - height - 8;
    const y = (above && over >= 4) || below + height > win.innerHeight - 4 ? over : below;
    el.style.left = `${Math.max(4, Math.min(x, win.innerWidth - width - 8))}px`;
    el.style.top = `${Math.max(4, y)}px`;
  }

  function placePinned(): void {
    if (!pinned || !card) return;
    const rect = highlighter.rectOf(pinned.id);
    if (!rect) return;
    // Above the highlight: the reader has read that text already, and the lines that follow stay visible.
    place(card, rect.left, rect.top, rect.bottom, true);
  }

  function update(): void {
    pending = false;
    if (pinned) {
      placePinned();
      return;
    }
    const e = lastEvent;
    if (!e) return;
    const item = highlighter.itemAt(e.clientX, e.clientY);
    if (item) place(fill(item), e.clientX + 12, e.clientY - 6, e.clientY + 10);
    else if (card) card.hidden = true;
  }

  function schedule(): void {
    if (!pending) {
      pending = true;
      win.requestAnimationFrame(update);
    }
  }

  function onMove(e: MouseEvent): void {
    lastEvent = e;
    if (!pinned) schedule();
  }

  function onScroll(): void {
    if (pinned) schedule();
    else if (card) card.hidden = true;
  }

  function onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape' || !pinned) return;
    unpin();
    options.onDismiss?.();
  }

  function onPointerDown(): void {
    if (!pinned) return;
    unpin();
    options.onDismiss?.();
  }

  function unpin(): void {
    if (!pinned) return;
    pinned = null;
    if (card) card.hidden = true;
    // Listeners for dismissing exist only while a card is pinned.
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('pointerdown', onPointerDown, true);
  }

  doc.addEventListener('mousemove', onMove, { passive: true });
  win.addEventListener('scroll', onScroll, { passive: true });
  return {
    pin(item, announcement, hint) {
      if (!pinned) {
        doc.addEventListener('keydown', onKey, true);
        doc.addEventListener('pointerdown', onPointerDown, true);
      }
      pinned = item;
      fill(item, hint);
      placePinned();
      // The live region exists before its text changes, so screen readers announce the change.
      const region = live;
      win.setTimeout(() => {
        if (region) region.textContent = announcement;
      }, 50);
    },
    unpin,
    dispose() {
      unpin();
      doc.removeEventListener('mousemove', onMove);
      win.removeEventListener('scroll', onScroll);
      host?.remove();
    },
  };
}
