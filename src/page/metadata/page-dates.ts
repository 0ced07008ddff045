import { atOffset, daysBetween, normalizeDate, offsetMinutes, pad, parseWrittenDate, validDay } from './date-text';
import { type JsonLdNode, stringField } from './json-ld';
import { visibleDate } from './visible-dates';

export { normalizeDate, parseWrittenDate } from './date-text';

/**
 * The page's own dates: when it was first published and when it was last updated, each in the publisher's
 * local calendar. Sources, strongest first: JSON-LD (also inside @graph), Open Graph / article:* and other
 * <meta> names, itemprop, Dublin Core, the URL (/2022/11/06/), "Published:" lines, <time datetime>, and the
 * dateline elements a reader sees. Runs only after the article gate, never on every page.
 */
export interface PageDates {
  /** "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[offset]", the original publication; null when the page does not say. */
  published: string | null;
  /** The last update, in the same form. */
  modified: string | null;
}

function fromJsonLd(nodes: JsonLdNode[], key: string): string | null {
  for (const node of nodes) {
    const v = normalizeDate(stringField(node, key));
    if (v) return v;
  }
  return null;
}

/** Every <meta> value by its lower-cased property, name or itemprop: one pass over the page's meta tags. */
function metaValues(doc: Document): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const value = el.getAttribute('content') ?? el.getAttribute('value');
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key) values.set(key, [...(values.get(key) ?? []), value]);
    }
  }
  return values;
}

function fromMeta(meta: Map<string, string[]>, keys: string[]): string | null {
  for (const key of keys) {
    for (const raw of meta.get(key.toLowerCase()) ?? []) {
      const v = normalizeDate(raw);
      if (v) return v;
    }
  }
  return null;
}

function fromItemprop(doc: Document, prop: string): string | null {
  for (const el of Array.from(doc.querySelectorAll(`[itemprop="${prop}"]`)).slice(0, 5)) {
    const v = normalizeDate(el.getAttribute('content') ?? el.getAttribute('datetime') ?? el.textContent);
    if (v) return v;
  }
  return null;
}

function fromTimeElements(doc: Document): string | null {
  const times = Array.from(
    doc.querySelectorAll('article time[datetime], header time[datetime], time[pubdate], time[datetime]'),
  );
  for (const el of times.slice(0, 10)) {
    const v = normalizeDate(el.getAttribute('datetime'));
    if (v) return v;
  }
  return null;
}

export function fromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
  if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3])))
    return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return null;
}

/** Visible lines such as "Published: March 3, 2021" or "Last Updated: November 06, 2022, 07:03 AM IST". */
function fromLabelledLine(doc: Document, label: RegExp): string | null {
  const candidates = Array.from(
    doc.querySelectorAll('time, .date, .published, .updated, .timestamp, .byline, .meta, .dateline, span, p'),
  ).slice(0, 400);
  for (const el of candidates) {
    const text = el.textContent ?? '';
    if (text.length > 160) continue;
    const m = label.exec(text);
    if (!m) continue;
    const v = parseWrittenDate(text.slice(m.index + m[0].length));
    if (v) return v;
  }
  return null;
}

const PUBLISHED_META = [
  'article:published_time',
  'og:published_time',
  'datePublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publication_date',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date.created',
  'dc.date',
  'dcterms.date',
  'date',
  'article.published',
  'published-date',
  'release_date',
  'citation_publication_date',
  'cxenseparse:recs:publishtime',
];
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'dateModified',
  'dcterms.modified',
  'dc.date.modified',
  'last-modified',
];

const OFFSET_SOURCES = 'time[datetime], meta[content*="T"]';

/**
 * The publisher's UTC offset, from any date-time on the page written with a non-zero offset
 * ("<time datetime="2023-11-08T22:35-08:00">"). Null when the page writes every time in UTC.
 */
function publisherOffset(doc: Document, jsonLd: JsonLdNode[]): number | null {
  const values: string[] = [];
  for (const el of Array.from(doc.querySelectorAll(OFFSET_SOURCES)).slice(0, 30))
    values.push(el.getAttribute('datetime') ?? el.getAttribute('content') ?? '');
  for (const node of jsonLd.slice(0, 20))
    for (const key of ['datePublished', 'dateModified', 'dateCreated', 'uploadDate', 'date'])
      values.push(stringField(node, key) ?? '');
  for (const raw of values) {
    const v = normalizeDate(raw);
    const minutes = v && /T\d/.test(v) ? offsetMinutes(v) : null;
    if (minutes) return minutes;
  }
  return null;
}

/**
 * A date-time stated in UTC ("2023-11-09T03:28:35Z") is moved to the publisher's calendar: to the offset the
 * page uses elsewhere, or else to the day the URL or the visible dateline gives when that is one day off.
 */
function toLocal(value: string | null, offset: number | null, localDay: () => string | null): string | null {
  if (!value || offsetMinutes(value) !== 0) return value;
  if (offset) return atOffset(value, offset);
  const day = localDay();
  return day && Math.abs(daysBetween(value, day)) === 1 ? day : value;
}

/** Runs `read` once, on first use: the visible-date scan is the costliest source and often not needed. */
function once(read: () => string | null): () => string | null {
  let done = false;
  let value: string | null = null;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

export function findPageDates(doc: Document, url: string, jsonLd: JsonLdNode[]): PageDates {
  const meta = metaValues(doc);
  let published =
    fromJsonLd(jsonLd, 'datePublished') ??
    fromMeta(meta, PUBLISHED_META) ??
    fromItemprop(doc, 'datePublished') ??
    fromJsonLd(jsonLd, 'dateCreated') ??
    fromUrl(url) ??
    fromLabelledLine(doc, /\b(?:published|posted|first published|veröffentlicht|datum)\b[:\s]*/i) ??
    fromTimeElements(doc);
  let modified =
    fromJsonLd(jsonLd, 'dateModified') ??
    fromMeta(meta, MODIFIED_META) ??
    fromItemprop(doc, 'dateModified') ??
    fromLabelledLine(doc, /\b(?:last updated|updated|aktualisiert)\b[:\s]*/i);
  const seen = published ?? modified;
  if (seen && offsetMinutes(seen) === 0) {
    const offset = publisherOffset(doc, jsonLd);
    // The URL's day if it has one (cheap), else the dateline a reader sees.
    const localDay = once(() => fromUrl(url) ?? visibleDate(doc));
    published = toLocal(published, offset, localDay);
    modified = toLocal(modified, offset, localDay);
  }
  if (!published && !modified) published = visibleDate(doc);
  return { published, modified };
}
