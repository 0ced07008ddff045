import { normalizeDate, parseWrittenDate } from './date-text';

/**
 * Dates a reader sees on the page when the metadata says nothing: a dateline or byline element
 * ("<span class="entry-date">March 11, 2020</span>", "Blog entry by … | 28 April, 2017", "5. November 2021,
 * 10:39 Uhr"). Elements in comments, sidebars and footers are skipped, and the first date after the headline
 * wins over one before it (a list of other stories often comes first).
 */

const DATE_ELEMENTS = [
  'time',
  'abbr[title]',
  '[class*="date" i]',
  '[class*="time" i]',
  '[class*="publish" i]',
  '[class*="posted" i]',
  '[class*="byline" i]',
  '[class*="meta" i]',
  '[id*="date" i]',
  '[itemprop*="date" i]',
  '.dateline',
].join(', ');

const FURNITURE =
  'aside, nav, footer, script, style, noscript, [class*="comment" i], [id*="comment" i], [class*="sidebar" i], [class*="related" i]';

/** Most elements a page-date scan looks at: bounded so a huge page costs no more than a small one. */
const MAX_ELEMENTS = 1500;
/** The plain-element fallback runs only on pages with no date markup at all, and may look further. */
const MAX_PLAIN_ELEMENTS = 3000;
const MAX_TEXT = 120;
/** A dateline is a small element; a wrapper with many children is not one (and its text is costly to read). */
const MAX_CHILDREN = 8;

function dateOf(el: Element): string | null {
  for (const attr of ['datetime', 'content', 'title']) {
    const v = el.getAttribute(attr);
    if (v && /\d{4}/.test(v)) {
      const d = normalizeDate(v) ?? parseWrittenDate(v);
      if (d) return d;
    }
  }
  if (el.children.length > MAX_CHILDREN) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_TEXT) return null;
  return parseWrittenDate(text);
}

/** Plain elements whose whole text is a date ("<p>January 18, 2020</p>"), for pages without date classes. */
const PLAIN_ELEMENTS = 'p, div, span, li, small, em, strong, b, i, h2, h3, h4, h5, h6, td, dd';
const MAX_DATE_ONLY_TEXT = 40;

function dateOnlyText(el: Element): string | null {
  if (el.children.length > 2) return null;
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!text || text.length > MAX_DATE_ONLY_TEXT || !/\d{4}/.test(text)) return null;
  return parseWrittenDate(text);
}

/** How far up from the headline the search for its dateline goes (h1 → header → article …). */
const HEADLINE_LEVELS = 4;

/** The headline's parent, grandparent … : the nearer the scope holding a date, the likelier it is the article's. */
function headlineScopes(doc: Document): Element[] {
  const scopes: Element[] = [];
  let scope: Element | null = doc.querySelector('article h1, main h1, h1')?.parentElement ?? null;
  for (let level = 0; scope && level < HEADLINE_LEVELS; level++, scope = scope.parentElement) {
    if (scope.tagName === 'BODY' || scope.tagName === 'HTML') break;
    scopes.push(scope);
  }
  return scopes;
}

/** The date of the element nearest the headline (then first in page order) among `selector`'s matches. */
function nearestDate(
  body: Element,
  scopes: Element[],
  selector: string,
  read: (el: Element) => string | null,
  limit: number,
): string | null {
  let best: { level: number; date: string } | null = null;
  let seen = 0;
  for (const el of Array.from(body.querySelectorAll(selector))) {
    if (++seen > limit) break;
    let level = scopes.findIndex((scope) => scope.contains(el));
    if (level < 0) level = scopes.length;
    if (best && level >= best.level) continue; // only a date nearer the headline can still win
    const date = read(el);
    if (!date || el.closest(FURNITURE)) continue;
    best = { level, date };
    if (level === 0) break;
  }
  return best?.date ?? null;
}

/** The article's visible date: the one nearest the headline, else the first on the page. */
export function visibleDate(doc: Document): string | null {
  const body = doc.body;
  if (!body) return null;
  const scopes = headlineScopes(doc);
  return (
    nearestDate(body, scopes, DATE_ELEMENTS, dateOf, MAX_ELEMENTS) ??
    nearestDate(body, scopes, PLAIN_ELEMENTS, dateOnlyText, MAX_PLAIN_ELEMENTS)
  );
}
