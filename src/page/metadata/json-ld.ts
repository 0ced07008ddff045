/** JSON-LD blocks of a page, flattened (`@graph`, arrays) into a list of typed nodes. */

export type JsonLdNode = Record<string, unknown> & { '@type'?: unknown };

const MAX_BLOCK_CHARS = 200_000; // a bigger block is not metadata worth parsing on the page's time
const MAX_BLOCKS = 30;
/**
 * All blocks together. Some pages carry megabytes of JSON-LD (datasets, product feeds, dozens of blocks just
 * under the limit above), and the gate reads it on every page: parsing all of it blocked the page for 100 ms.
 * Blocks are read smallest first (at most MAX_BLOCKS of them), and an article's own metadata is small, so it
 * is still found after any number of big blocks.
 */
export const MAX_JSON_LD_CHARS = 400_000;

function collect(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > 4 || out.length > 200) return;
  if (Array.isArray(value)) {
    for (const v of value) collect(v, out, depth + 1);
    return;
  }
  if (value && typeof value === 'object') {
    const node = value as JsonLdNode;
    out.push(node);
    if ('@graph' in node) collect(node['@graph'], out, depth + 1);
  }
}

/** Characters in a script element, counted without copying its text. */
function lengthOf(script: Element): number {
  let n = 0;
  for (const child of Array.from(script.childNodes)) n += (child as CharacterData).length ?? 0;
  return n;
}

/** All the JSON-LD on a page, in characters. */
export function jsonLdChars(doc: Document): number {
  let n = 0;
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) n += lengthOf(script);
  return n;
}

export function readJsonLd(doc: Document): JsonLdNode[] {
  const scripts = Array.from(doc.querySelectorAll('script[type="application/ld+json"]'));
  const sizes = scripts.map(lengthOf);
  const smallestFirst = scripts
    .map((_, i) => i)
    .filter((i) => (sizes[i] ?? 0) <= MAX_BLOCK_CHARS)
    .sort((a, b) => (sizes[a] ?? 0) - (sizes[b] ?? 0))
    .slice(0, MAX_BLOCKS);
  const parsed = new Map<number, unknown>();
  let budget = MAX_JSON_LD_CHARS;
  for (const i of smallestFirst) {
    const size = sizes[i] ?? 0;
    if (size > budget) break;
    budget -= size;
    // Some CMSs wrap the JSON in an XHTML CDATA section ("//<![CDATA[ ... //]]>").
    const raw = (scripts[i]?.textContent ?? '').replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[|(?:\/\/)?\s*\]\]>\s*$/g, '');
    try {
      parsed.set(i, JSON.parse(raw));
    } catch {
      // Malformed JSON-LD is common; a page's broken metadata must not break the reader.
    }
  }
  const out: JsonLdNode[] = [];
  // Back in document order: the first article node on the page is the one that counts.
  for (const i of [...parsed.keys()].sort((a, b) => a - b)) collect(parsed.get(i), out, 0);
  return out;
}

export function nodeTypes(node: JsonLdNode): string[] {
  const t = node['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** First string found at `key` (also inside `{name}` objects and arrays). */
export function stringField(node: JsonLdNode, key: string): string | undefined {
  const v = node[key];
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) {
    const names = v
      .map((x) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as JsonLdNode).name : undefined))
      .filter((x): x is string => typeof x === 'string');
    return names.length > 0 ? names.join(', ') : undefined;
  }
  if (v && typeof v === 'object') {
    const name = (v as JsonLdNode).name;
    return typeof name === 'string' ? name : undefined;
  }
  return undefined;
}
