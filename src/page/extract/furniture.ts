/**
 * Page furniture that Readability keeps inside the article: captions and photo credits, pull quotes,
 * "Read more" and newsletter boxes, related-link lists, share bars, ads. Removed from Readability's output
 * (run with keepClasses so class names survive) before the text is read.
 */

/** Elements that are never article prose. */
const FURNITURE_TAGS =
  'figure, figcaption, aside, nav, footer, form, button, noscript, style, script, template, iframe, svg, [aria-hidden="true"], [hidden]';

/**
 * Class words (whole hyphen/underscore-separated parts) that mark furniture. Ids are not read: they are
 * often made from a heading's words ("sharing-with-a-team").
 */
const FURNITURE_WORD =
  /(?:^|[-_\s])(?:captions?|credits?|pull-?quotes?|pullquotes?|related|newsletters?|signup|sign-up|subscribe|subscription|promo|promos|share|sharing|social|advert|advertisement|ad|ads|sponsored|read-?more|more-stories|recommended|recirc|outbrain|taboola|author-bio|bio|tags|breadcrumbs?|toolbar|byline|dateline|timestamp)(?:$|[-_\s])/i;

/**
 * A class-matched element holding more than this share of the article is the article itself under an
 * unlucky class name ("share-wrapper"), not furniture.
 */
const MAX_FURNITURE_SHARE = 0.3;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

export function removeFurniture(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(FURNITURE_TAGS))) el.remove();
  const total = Math.max(1, textLength(root));
  for (const el of Array.from(root.querySelectorAll('[class]'))) {
    if (!root.contains(el)) continue; // inside something already removed
    if (!FURNITURE_WORD.test(el.getAttribute('class') ?? '')) continue;
    if (textLength(el) / total > MAX_FURNITURE_SHARE) continue;
    el.remove();
  }
}
