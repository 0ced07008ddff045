/**
 * How big a page is, measured cheaply (one native count, one native text read), to decide whether the
 * automatic run may take it on. Readability parses a clone of the whole page in one synchronous call that
 * cannot be sliced: on a page of 100,000 elements it blocks the reader for a quarter of a second or more.
 * Real news pages stay far below these limits (in our sample of 100 saved pages the largest had about 6,000
 * elements; article text is rarely above 100,000 characters), so only giant pages are declined, and the
 * popup's "Analyze anyway" still runs them when the reader asks.
 */

export const AUTO_MAX_ELEMENTS = 30_000;
export const AUTO_MAX_TEXT_CHARS = 500_000;

export interface PageSize {
  elements: number;
  /** Characters of the body's text, not counting scripts and styles. */
  textChars: number;
}

export function measurePage(doc: Document): PageSize {
  const elements = doc.getElementsByTagName('*').length;
  const body = doc.body;
  if (!body || elements > AUTO_MAX_ELEMENTS) return { elements, textChars: 0 };
  let textChars = body.textContent?.length ?? 0;
  for (const el of Array.from(body.querySelectorAll('script, style, noscript'))) {
    textChars -= el.textContent?.length ?? 0;
  }
  return { elements, textChars: Math.max(0, textChars) };
}

export function tooLargeForAutoRun(size: PageSize): boolean {
  return size.elements > AUTO_MAX_ELEMENTS || size.textChars > AUTO_MAX_TEXT_CHARS;
}
