/**
 * A whitespace-normalized view of the live page's text with a map back to DOM positions, so a span of the
 * extracted article can be found again in the page (the W3C TextQuoteSelector idea, as in Hypothesis).
 *
 * The map is kept as runs, not per character: a run is a stretch of `text` that copies one text node
 * character for character, so a page of a million characters needs a few thousand runs, not two 4 MB arrays.
 * A new run starts at every node and after every whitespace run that was collapsed.
 */
export interface TextIndex {
  /** Page text with every whitespace run collapsed to one space and lone surrogates replaced (see below). */
  text: string;
  nodes: Text[];
  /** Run r covers text[runStart[r], runStart[r + 1]) and starts at offset runOffset[r] of nodes[runNode[r]]. */
  runStart: Int32Array;
  runNode: Int32Array;
  runOffset: Int32Array;
}

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'SELECT',
  'OPTION',
  'SVG',
  'CANVAS',
  'IFRAME',
]);
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'PRE',
  'TD',
  'TH',
  'TR',
  'TABLE',
  'SECTION',
  'ARTICLE',
  'ASIDE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'NAV',
  'FIGURE',
  'FIGCAPTION',
  'BR',
  'HR',
  'DD',
  'DT',
]);

/**
 * Whitespace is exactly what `\s` matches, on both sides: the extracted text was normalized with `\s` too,
 * so a thin space (U+2009), a narrow no-break space (U+202F) or a zero-width no-break space (U+FEFF) inside
 * a quote must collapse in the page's index as well, or the quote is never found again.
 */
const WHITESPACE_RUN = /\s+/g;
/** The same class, for scanning a node's text with exec() (a separate object, so the two never share lastIndex). */
const WHITESPACE_SCAN = /\s+/g;

/**
 * Lone surrogates become U+FFFD (same length, so offsets hold). Chrome's extension messaging carries strings
 * as UTF-8, which turns a lone surrogate into U+FFFD: the analysed text comes back with U+FFFD where the page
 * has the lone half, and both sides must agree for the quote to be found.
 */
export function wellFormed(s: string): string {
  const native = (s as { toWellFormed?: () => string }).toWellFormed;
  if (native) return native.call(s);
  return s.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

export function normalizeText(s: string): string {
  return wellFormed(s.replace(WHITESPACE_RUN, ' ').trim());
}

/** Whitespace collapsed to single spaces, ends kept: the context either side of a span keeps its join. */
export function collapseWhitespace(s: string): string {
  return wellFormed(s.replace(WHITESPACE_RUN, ' '));
}

/**
 * The nearest block-level ancestor: text in different blocks is separated even without whitespace. Results
 * are cached per element, so a deep page costs one walk up per element, not one per text node.
 */
function blockFinder(): (node: Node) => Node | null {
  const cache = new Map<Node, Node | null>();
  return (node) => {
    const path: Node[] = [];
    let el: Node | null = node.parentNode;
    let found: Node | null = null;
    while (el) {
      const cached = cache.get(el);
      if (cached !== undefined) {
        found = cached;
        break;
      }
      if (el.nodeType === 1 && BLOCK.has((el as Element).tagName)) {
        found = el;
        break;
      }
      path.push(el);
      el = el.parentNode;
    }
    for (const p of path) cache.set(p, found);
    return found;
  };
}

/** Accumulates text nodes in document order into a TextIndex; `add` can be called in slices. */
export class TextIndexBuilder {
  private readonly parts: string[] = [];
  private readonly nodes: Text[] = [];
  private readonly runStart: number[] = [];
  private readonly runNode: number[] = [];
  private readonly runOffset: number[] = [];
  private length = 0;
  private lastWasSpace = true;
  private lastBlock: Node | null = null;
  private readonly blockOf = blockFinder();
  /** Where the next character would continue the current run: its node and offset. */
  private nextNode = -1;
  private nextOffset = -1;

  /** Whether a text node's characters belong in the index (not script, style, form controls, frames). */
  static accepts(node: Text, exclude?: Node | null): boolean {
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName.toUpperCase())) return false;
    return !exclude?.contains(node);
  }

  add(node: Text): void {
    const data = node.data;
    if (!data) return;
    const block = this.blockOf(node);
    const ni = this.nodes.length;
    this.nodes.push(node);
    if (block !== this.lastBlock && !this.lastWasSpace && this.length > 0) {
      // Virtual space between blocks, mapped to the start of this node.
      this.emit(' ', ni, 0);
      this.lastWasSpace = true;
    }
    this.lastBlock = block;
    let pos = 0;
    WHITESPACE_SCAN.lastIndex = 0;
    for (let m = WHITESPACE_SCAN.exec(data); m; m = WHITESPACE_SCAN.exec(data)) {
      if (m.index > pos) {
        this.emit(data.slice(pos, m.index), ni, pos);
        this.lastWasSpace = false;
      }
      if (!this.lastWasSpace) {
        this.emit(' ', ni, m.index);
        this.lastWasSpace = true;
      }
      pos = m.index + m[0].length;
    }
    if (pos < data.length) {
      this.emit(data.slice(pos), ni, pos);
      this.lastWasSpace = false;
    }
  }

  finish(): TextIndex {
    return {
      text: wellFormed(this.parts.join('')),
      nodes: this.nodes,
      runStart: Int32Array.from(this.runStart),
      runNode: Int32Array.from(this.runNode),
      runOffset: Int32Array.from(this.runOffset),
    };
  }

  /** Appends characters that copy node `ni` from `offset` on, continuing the current run when they line up. */
  private emit(chars: string, ni: number, offset: number): void {
    if (ni !== this.nextNode || offset !== this.nextOffset) {
      this.runStart.push(this.length);
      this.runNode.push(ni);
      this.runOffset.push(offset);
    }
    this.parts.push(chars);
    this.length += chars.length;
    this.nextNode = ni;
    this.nextOffset = offset + chars.length;
  }
}

/** The text nodes under `root` in document order (a plain walker: a filter callback per node is slow). */
export function textWalker(root: Node): TreeWalker {
  const doc = root.ownerDocument ?? (root as Document);
  return doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
}

export function buildTextIndex(root: Node, exclude?: Node | null): TextIndex {
  const builder = new TextIndexBuilder();
  const walker = textWalker(root);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (TextIndexBuilder.accepts(node, exclude)) builder.add(node);
  }
  return builder.finish();
}

/** The node and offset of character `i` of `index.text`, or null when i is out of range. */
export function positionOf(index: TextIndex, i: number): { node: Text; offset: number } | null {
  if (i < 0 || i >= index.text.length || index.runStart.length === 0) return null;
  let lo = 0;
  let hi = index.runStart.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.runStart[mid] ?? 0) <= i) lo = mid;
    else hi = mid - 1;
  }
  const node = index.nodes[index.runNode[lo] ?? -1];
  if (!node) return null;
  return { node, offset: (index.runOffset[lo] ?? 0) + i - (index.runStart[lo] ?? 0) };
}
