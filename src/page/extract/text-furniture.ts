/**
 * Lines of furniture that survive as paragraphs: bylines and datelines at the top, tag lists and
 * copyright lines at the bottom, "Read more" / newsletter calls to action anywhere, and paragraphs a page
 * repeats (summary boxes, duplicated bodies). Decided on the text alone, after the DOM-based removal.
 */
const BYLINE_LINE = /^(?:by|von|par|por)\s+\S/i;
const WEEKDAY = '(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?';
const DATE_LINE = new RegExp(
  `^(?:on\\s+)?(?:(?:published|updated|posted|last updated|modified)\\b|${WEEKDAY},?$|${WEEKDAY},? |\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|[a-z]+\\.? \\d{1,2},? \\d{4}|\\d{1,2}\\.? [a-z]+\\.? \\d{4})`,
  'i',
);
const LINE_MAX = 120;
const MAX_LEADING = 4;
const MAX_TRAILING = 8;

/** Calls to action, labels and credits, when they make up a whole short paragraph. */
const BOILERPLATE_START =
  /^(?:read more|read next|read also|more:|related(?: articles?| stories| coverage| content)?:?|see also|more from|recommended|sign up|subscribe|advertisement|ad|sponsored|follow us|share this|click here|image:|photo:|credit:|getty images|skip advertisement|loading\.{0,3}|file photo|please follow|commenting feature|copyright\b|©|all rights reserved)/i;
const NEWSLETTER = /\b(?:newsletters?|inbox)\b/i;
const CALL_TO_ACTION = /\b(?:sign up|subscribe|get (?:it|them|more)|delivered|never miss)\b/i;
const BOILERPLATE_MAX = 220;

function endsSentence(p: string): boolean {
  return /[.!?…"”’)]$/.test(p);
}

function isBoilerplate(p: string): boolean {
  if (p.length >= BOILERPLATE_MAX) return false;
  return BOILERPLATE_START.test(p) || (NEWSLETTER.test(p) && CALL_TO_ACTION.test(p));
}

function isLeadingFurniture(p: string, byline: string | null): boolean {
  if (p.length >= LINE_MAX) return false;
  if (BYLINE_LINE.test(p) || (byline !== null && byline.length > 3 && p.includes(byline))) return true;
  return !endsSentence(p) && DATE_LINE.test(p);
}

/** A tag, section name or label: a few words, no sentence. */
function isTrailingLabel(p: string): boolean {
  return p.length < 40 && !endsSentence(p) && p.split(/\s+/).length <= 4;
}

export function cleanParagraphs(paragraphs: string[], byline: string | null): string[] {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const p of paragraphs) {
    if (isBoilerplate(p)) continue;
    // A repeated paragraph (a summary box, a body printed twice) is read once.
    if (p.length >= 40) {
      if (seen.has(p)) continue;
      seen.add(p);
    }
    kept.push(p);
  }
  let first = 0;
  while (first < Math.min(kept.length - 1, MAX_LEADING) && isLeadingFurniture(kept[first] ?? '', byline)) first++;
  let end = kept.length;
  while (end - 1 > first && kept.length - end < MAX_TRAILING && isTrailingLabel(kept[end - 1] ?? '')) end--;
  return kept.slice(first, end);
}
