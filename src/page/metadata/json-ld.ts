/** JSON-LD blocks of a page, flattened (`@graph`, arrays) into a list of typed nodes. */

export type JsonLdNode = Record<string, unknown> & { '@type'?: unknown };

const MAX_BLOCK_CHARS = 200_000; // a bigger block is not metadata worth parsing on the page's time
const MAX_BLOCKS = 30;

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

export function readJsonLd(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  const scripts = doc.querySelectorAll('script[type="application/ld+json"]');
  for (let i = 0; i < scripts.length && i < MAX_BLOCKS; i++) {
    const script = scripts[i];
    if (!script) continue;
    // Some CMSs wrap the JSON in an XHTML CDATA section ("//<![CDATA[ ... //]]>").
    const raw = (script.textContent ?? '').replace(/^\s*(?:\/\/)?\s*<!\[CDATA\[|(?:\/\/)?\s*\]\]>\s*$/g, '');
    if (raw.length > MAX_BLOCK_CHARS) continue;
    try {
      collect(JSON.parse(raw), out, 0);
    } catch {
      // Malformed JSON-LD is common; a page's broken metadata must not break the reader.
    }
  }
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
