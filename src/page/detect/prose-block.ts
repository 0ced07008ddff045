/**
 * The page's main run of prose: paragraphs that share a parent, measured without layout or cloning.
 * An article has one block of many sentence-ending paragraphs; a section front, shop or forum spreads short
 * texts over many cards or posts, each in its own container.
 */

export interface ProseBlock {
  /** Prose characters in the largest block, links excluded; a CJK character counts as three. */
  chars: number;
  paragraphs: number;
  /** Share of the block's text that sits inside links. */
  linkShare: number;
  /** Prose characters in every paragraph of the page. */
  pageChars: number;
  /** Blocks holding at least a short paragraph's worth of prose: one on a story, many on a thread of posts. */
  blocks: number;
  element: Element | null;
}

const MAX_PARAGRAPHS = 500;
const MAX_LOOSE = 300;
const MIN_PARAGRAPH = 40;
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]?(?:\s|$)/;
/** Paragraphs in these are page furniture or collapsed extras (FAQ answers), never the story. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'DETAILS', 'TEMPLATE']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary']);

function isFurnitureElement(el: Element): boolean {
  return (
    FURNITURE_TAGS.has(el.tagName.toUpperCase()) ||
    FURNITURE_ROLES.has(el.getAttribute('role') ?? '') ||
    el.getAttribute('aria-hidden') === 'true'
  );
}

/**
 * Whether an element sits inside furniture, remembered per ancestor: sibling paragraphs share their
 * ancestors, so each one is looked at once however many paragraphs there are.
 */
function furnitureCheck(): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (el) => {
    const path: Element[] = [];
    let node: Element | null = el;
    let result = false;
    while (node) {
      const cached = known.get(node);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      path.push(node);
      if (isFurnitureElement(node)) {
        result = true;
        break;
      }
      node = node.parentElement;
    }
    // Everything below a furniture ancestor is furniture; everything below a clean one is clean.
    for (const p of path) known.set(p, result);
    return result;
  };
}

/** Length with CJK characters counted as three: a Japanese or Chinese sentence is short in characters. */
export function weightedLength(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3040 && ((c <= 0x9fff && (c <= 0x30ff || c >= 0x3400)) || (c >= 0xac00 && c <= 0xd7af))) n += 2;
  }
  return n;
}

function linkTextLength(el: Element): number {
  let n = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) n += weightedLength(links[i]?.textContent ?? '');
  return n;
}

const CONTAINERS = /^(?:ARTICLE|MAIN|BODY)$/;

/** A paragraph wrapped alone in a div or section (up to two levels) belongs with its wrapper's siblings. */
function blockOf(p: Element): Element | null {
  let block = p.parentElement;
  for (let level = 0; level < 2 && block; level++) {
    const up = block.parentElement;
    if (block.childElementCount !== 1 || !up || CONTAINERS.test(block.tagName)) break;
    block = up;
  }
  return block;
}

interface Tally {
  chars: number;
  links: number;
  paragraphs: number;
}

function addTo(tallies: Map<Element, Tally>, block: Element, chars: number, links: number): void {
  const t = tallies.get(block);
  if (t) {
    t.chars += chars;
    t.links += links;
    t.paragraphs++;
  } else tallies.set(block, { chars, links, paragraphs: 1 });
}

const BLOCK_MIN = 200;

function best(tallies: Map<Element, Tally>, pageChars: number): ProseBlock {
  let element: Element | null = null;
  let top: Tally = { chars: 0, links: 0, paragraphs: 0 };
  let blocks = 0;
  for (const [el, t] of tallies) {
    if (t.chars - t.links >= BLOCK_MIN) blocks++;
    if (t.chars - t.links > top.chars - top.links) {
      top = t;
      element = el;
    }
  }
  return {
    chars: Math.max(0, top.chars - top.links),
    paragraphs: top.paragraphs,
    linkShare: top.chars > 0 ? top.links / top.chars : 0,
    pageChars,
    blocks,
    element,
  };
}

const INLINE = /^(?:A|B|I|EM|STRONG|SPAN|FONT|SMALL|U|SUB|SUP|CODE|Q|CITE|MARK|ABBR|TIME)$/;

/** The text an element holds itself: its text nodes and inline children, not nested blocks. */
function ownText(el: Element): { text: string; links: number } {
  let text = '';
  let links = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3) text += n.nodeValue ?? '';
    else if (n.nodeType === 1 && INLINE.test((n as Element).tagName)) {
      const t = n.textContent ?? '';
      text += t;
      if ((n as Element).tagName === 'A') links += weightedLength(t);
    }
  }
  return { text, links };
}

/**
 * Prose outside <p>: text split by <br> (older and some Asian sites), held directly in <div>s, or set in
 * <pre> (plain-text documents). Each holder is a paragraph of its parent's block.
 */
function looseTextBlock(root: Document, inFurniture: (el: Element) => boolean): ProseBlock | null {
  const tallies = new Map<Element, Tally>();
  const seen = new Set<Element>();
  const consider = (holder: Element | null | undefined, paragraphs: number) => {
    if (!holder || seen.has(holder)) return;
    seen.add(holder);
    const { text, links } = holder.tagName === 'PRE' ? { text: holder.textContent ?? '', links: 0 } : ownText(holder);
    if (text.length < MIN_PARAGRAPH * 2 || !SENTENCE_END.test(text) || inFurniture(holder)) return;
    const block = holder.parentElement ?? holder;
    const t = tallies.get(block);
    const chars = weightedLength(text.trim());
    if (t) {
      t.chars += chars;
      t.links += links;
      t.paragraphs += paragraphs;
    } else tallies.set(block, { chars, links, paragraphs });
  };
  const breaks = root.getElementsByTagName('br');
  for (let i = 0; i < breaks.length && i < MAX_LOOSE; i++) {
    const holder = breaks[i]?.parentElement;
    if (holder && !seen.has(holder)) consider(holder, Math.ceil((holder.getElementsByTagName('br').length + 1) / 2));
  }
  for (const tag of ['div', 'pre', 'td']) {
    const holders = root.getElementsByTagName(tag);
    for (let i = 0; i < holders.length && i < MAX_LOOSE; i++) consider(holders[i], 1);
  }
  return tallies.size > 0 ? best(tallies, 0) : null;
}

export function findProseBlock(doc: Document): ProseBlock {
  // From the document, not doc.body: a page with a stray second <body> can leave doc.body empty.
  const paragraphs = doc.getElementsByTagName('p');
  const inFurniture = furnitureCheck();
  const tallies = new Map<Element, Tally>();
  let pageChars = 0;
  for (let i = 0; i < paragraphs.length && i < MAX_PARAGRAPHS; i++) {
    const p = paragraphs[i];
    if (!p) continue;
    const text = (p.textContent ?? '').trim();
    if (text.length < MIN_PARAGRAPH / 3) continue;
    const chars = weightedLength(text);
    // Teasers, labels and list lines rarely end a sentence; prose does.
    if (chars < MIN_PARAGRAPH || (chars < 160 && !SENTENCE_END.test(text))) continue;
    if (inFurniture(p)) continue;
    const block = blockOf(p);
    if (!block) continue;
    pageChars += chars;
    addTo(tallies, block, chars, linkTextLength(p));
  }
  const found = best(tallies, pageChars);
  if (found.chars < 600) {
    const lines = looseTextBlock(doc, inFurniture);
    if (lines && lines.chars > found.chars) return { ...lines, pageChars: Math.max(pageChars, lines.chars) };
  }
  return found;
}
