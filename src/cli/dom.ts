import { parseHTML } from 'linkedom';

/** A DOM Document for raw HTML in Node (linkedom: fast, no layout, enough for src/page). */
export function parseDocument(html: string): Document {
  return (parseHTML(html) as unknown as { document: Document }).document;
}
