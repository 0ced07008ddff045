/**
 * A whitespace-normalized view of the live page's text with a map back to DOM positions, so a span of the
 * extracted article can be found again in the page (the W3C TextQuoteSelector idea, as in Hypothesis).
 */
export interface TextIndex {
  /** Page text with every whitespace run collapsed to one space. */
  text: string;
  nodes: Text[];
  /** For each character of `text`: which node and which offset in it. */
  nodeOf: Int32Array;
  offsetOf: Int32Array;
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

/** The nearest block-level ancestor: text in different blocks is separated even without whitespace. */
function blockOf(node: Node): Node | null {
  let el: Node | null = node.parentNode;
  while (el && !(el.nodeType === 1 && BLOCK.has((el as Element).tagName))) el = el.parentNode;
  return el;
}

export function normalizeText(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function buildTextIndex(root: Node, exclude?: Node | null): TextIndex {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */, {
    acceptNode(node) {
      const parent = node.parentElement;
      if (!parent || SKIP.has(parent.tagName.toUpperCase())) return 2; // FILTER_REJECT
      if (exclude?.contains(node)) return 2;
      return 1; // FILTER_ACCEPT
    },
  });
  const nodes: Text[] = [];
  const chars: string[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  let lastWasSpace = true;
  let lastBlock: Node | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const data = node.data;
    if (!data) continue;
    const block = blockOf(node);
    const ni = nodes.length;
    nodes.push(node);
    if (block !== lastBlock && !lastWasSpace && chars.length > 0) {
      // Virtual space between blocks, mapped to the start of this node.
      chars.push(' ');
      nodeOf.push(ni);
      offsetOf.push(0);
      lastWasSpace = true;
    }
    lastBlock = block;
    for (let i = 0; i < data.length; i++) {
      const ch = data[i] ?? '';
      const space = ch === ' ' || ch === '\n' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\u00a0';
      if (space) {
        if (lastWasSpace) continue;
        chars.push(' ');
        lastWasSpace = true;
      } else {
        chars.push(ch);
        lastWasSpace = false;
      }
      nodeOf.push(ni);
      offsetOf.push(i);
    }
  }
  return { text: chars.join(''), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}
