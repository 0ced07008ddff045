import { parseHTML } from 'linkedom';

/**
 * `<![CDATA[` outside <script>/<style> is a bogus comment up to the next `>` in HTML, but linkedom reads it
 * as CDATA up to `]]>` and can swallow the rest of the page (forum software emits it in <body>).
 */
function neutralizeCdata(html: string): string {
  if (!html.includes('<![CDATA[')) return html;
  return html.replace(
    /<(script|style)\b[\s\S]*?<\/\1\s*>|<!\[CDATA\[([^>]*)>/gi,
    (match, tag: string | undefined, rest: string) => (tag ? match : `<!--${rest.replace(/--/g, '')}-->`),
  );
}

/** A DOM Document for raw HTML in Node (linkedom: fast, no layout, enough for src/page). */
export function parseDocument(html: string): Document {
  const doc = (parseHTML(neutralizeCdata(html)) as unknown as { document: Document }).document;
  // linkedom leaves an empty or fragment-only input without a root element, and then throws on doc.body.
  if (doc.documentElement) return doc;
  return (
    parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as { document: Document }
  ).document;
}
