import type { CardInfo, Highlighter } from './types';

/**
 * The card shown when the pointer rests on a highlight. It lives in a closed shadow root so page CSS cannot
 * restyle it and page scripts cannot read it; it is only created once a highlight is actually hovered.
 */

const CARD_CSS = `
:host { all: initial; }
.card { position: fixed; z-index: 2147483647; max-width: 320px; padding: 8px 10px; border-radius: 6px;
  font: 13px/1.4 system-ui, sans-serif; background: #1f2328; color: #f6f8fa; box-shadow: 0 4px 14px rgba(0,0,0,.3);
  pointer-events: none; }
.card[hidden] { display: none; }
.heading { font-weight: 600; margin-bottom: 2px; }
.line { opacity: .85; }
`;

export interface HoverCard {
  dispose(): void;
}

export function attachHoverCard(win: Window & typeof globalThis, highlighter: Highlighter): HoverCard {
  const doc = win.document;
  let host: HTMLElement | null = null;
  let card: HTMLElement | null = null;
  let pending = false;
  let lastEvent: MouseEvent | null = null;

  function ensureCard(): HTMLElement {
    if (card) return card;
    host = doc.createElement('sourcelight-card');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = CARD_CSS;
    card = doc.createElement('div');
    card.className = 'card';
    card.setAttribute('role', 'tooltip');
    card.hidden = true;
    root.append(style, card);
    doc.documentElement.appendChild(host);
    return card;
  }

  function render(info: CardInfo, x: number, y: number): void {
    const el = ensureCard();
    el.replaceChildren();
    const heading = doc.createElement('div');
    heading.className = 'heading';
    heading.textContent = info.heading;
    el.appendChild(heading);
    for (const line of info.lines) {
      const div = doc.createElement('div');
      div.className = 'line';
      div.textContent = line;
      el.appendChild(div);
    }
    el.hidden = false;
    const left = Math.min(x + 12, win.innerWidth - 340);
    const top = y + 18 + 120 > win.innerHeight ? y - 100 : y + 18;
    el.style.left = `${Math.max(4, left)}px`;
    el.style.top = `${Math.max(4, top)}px`;
  }

  function update(): void {
    pending = false;
    const e = lastEvent;
    if (!e) return;
    const item = highlighter.itemAt(e.clientX, e.clientY);
    if (item) render(item.card, e.clientX, e.clientY);
    else if (card) card.hidden = true;
  }

  function onMove(e: MouseEvent): void {
    lastEvent = e;
    if (!pending) {
      pending = true;
      win.requestAnimationFrame(update);
    }
  }

  function onScroll(): void {
    if (card) card.hidden = true;
  }

  doc.addEventListener('mousemove', onMove, { passive: true });
  win.addEventListener('scroll', onScroll, { passive: true });
  return {
    dispose() {
      doc.removeEventListener('mousemove', onMove);
      win.removeEventListener('scroll', onScroll);
      host?.remove();
    },
  };
}
