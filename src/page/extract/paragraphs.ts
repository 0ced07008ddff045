/**
 * The article's paragraphs, read off Readability's content in document order. Every block element (p, li,
 * h2, blockquote, td, dd, div...) starts a new paragraph and inline text joins the paragraph it is in, so
 * no text is lost to a missing tag name and the boundaries match the live page's blocks (the anchoring
 * index separates the same blocks).
 */
const BLOCK = new Set(
  'P DIV LI UL OL DL DT DD H1 H2 H3 H4 H5 H6 BLOCKQUOTE PRE TABLE THEAD TBODY TR TD TH SECTION ARTICLE HEADER MAIN FIGURE HR ADDRESS DETAILS SUMMARY'.split(
    ' ',
  ),
);
const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE SVG BUTTON SELECT TEXTAREA'.split(' '));

export function normalizeSpace(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function blockParagraphs(root: Element): string[] {
  const out: string[] = [];
  let current = '';
  const flush = () => {
    const text = normalizeSpace(current);
    current = '';
    if (text) out.push(text);
  };
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) current += child.nodeValue ?? '';
      else if (child.nodeType === 1) {
        const tag = (child as Element).tagName.toUpperCase();
        if (SKIP.has(tag)) continue;
        if (tag === 'BR') current += ' ';
        else if (BLOCK.has(tag)) {
          flush();
          walk(child);
          flush();
        } else walk(child);
      }
    }
  };
  walk(root);
  flush();
  return out;
}
