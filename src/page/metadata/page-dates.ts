import { type JsonLdNode, stringField } from './json-ld';

/**
 * The page's own dates. The publisher's local calendar day is kept as written: "2022-11-06T07:03:00+05:30"
 * stays on the 6th, because converting to UTC first would move it to the 5th.
 */
export interface PageDates {
  published: string | null;
  modified: string | null;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
  januar: 1,
  februar: 2,
  märz: 3,
  maerz: 3,
  mai: 5,
  juni: 6,
  juli: 7,
  okt: 10,
  dez: 12,
};

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  const now = new Date().getUTCFullYear();
  return y >= 1990 && y <= now + 1 && m >= 1 && m <= 12 && d >= 1 && d <= 31;
}

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  return MONTHS[w] ?? MONTHS[w.slice(0, 3)];
}

/** Normalizes a date string to "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[offset]"; null if it is not a date. */
export function normalizeDate(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s) return null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/.exec(
    s,
  );
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!validDay(y, mo, d)) return null;
    const day = `${y}-${pad(mo)}-${pad(d)}`;
    return m[4] ? `${day}T${pad(Number(m[4]))}:${m[5]}${m[6] ?? ''}` : day;
  }
  m = /^(\d{4})(\d{2})(\d{2})(?:\D|$)/.exec(s);
  if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]}-${m[3]}`;
  return parseWrittenDate(s);
}

/** "November 06, 2022", "6 Nov 2022", "Nov. 6, 2022 7:03 AM", "06.11.2022", "11/06/2022". */
export function parseWrittenDate(s: string): string | null {
  let m = /\b([A-Za-zä]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const mo = monthNumber(m[1] ?? '');
    const [d, y] = [Number(m[2]), Number(m[3])];
    if (mo && validDay(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([A-Za-zä]{3,10})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const mo = monthNumber(m[2] ?? '');
    const [d, y] = [Number(m[1]), Number(m[3])];
    if (mo && validDay(y, mo, d)) return `${y}-${pad(mo)}-${pad(d)}`;
  }
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(s); // German/European day.month.year
  if (m && validDay(Number(m[3]), Number(m[2]), Number(m[1])))
    return `${m[3]}-${pad(Number(m[2]))}-${pad(Number(m[1]))}`;
  m = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(s); // US month/day/year
  if (m && validDay(Number(m[3]), Number(m[1]), Number(m[2])))
    return `${m[3]}-${pad(Number(m[1]))}-${pad(Number(m[2]))}`;
  return null;
}

function fromJsonLd(nodes: JsonLdNode[], key: string): string | null {
  for (const node of nodes) {
    const v = normalizeDate(stringField(node, key));
    if (v) return v;
  }
  return null;
}

function fromMeta(doc: Document, keys: string[]): string | null {
  for (const key of keys) {
    for (const el of Array.from(
      doc.querySelectorAll(`meta[property="${key}" i], meta[name="${key}" i], meta[itemprop="${key}"]`),
    )) {
      const v = normalizeDate(el.getAttribute('content') ?? el.getAttribute('value'));
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

function fromUrl(url: string): string | null {
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
  if (m && validDay(Number(m[1]), Number(m[2]), Number(m[3])))
    return `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`;
  return null;
}

/** Visible lines such as "Published: March 3, 2021" or "Last Updated: November 06, 2022, 07:03 AM IST". */
function fromVisibleLine(doc: Document, label: RegExp): string | null {
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
  'dcterms.created',
  'dc.date',
  'dcterms.date',
  'date',
  'article.published',
  'published-date',
  'release_date',
  'cxenseparse:recs:publishtime',
];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'dcterms.modified', 'last-modified'];

export function findPageDates(doc: Document, url: string, jsonLd: JsonLdNode[]): PageDates {
  const published =
    fromJsonLd(jsonLd, 'datePublished') ??
    fromMeta(doc, PUBLISHED_META) ??
    fromItemprop(doc, 'datePublished') ??
    fromJsonLd(jsonLd, 'dateCreated') ??
    fromUrl(url) ??
    fromVisibleLine(doc, /\b(?:published|posted|first published|veröffentlicht)\b[:\s]*/i) ??
    fromTimeElements(doc);
  const modified =
    fromJsonLd(jsonLd, 'dateModified') ??
    fromMeta(doc, MODIFIED_META) ??
    fromItemprop(doc, 'dateModified') ??
    fromVisibleLine(doc, /\b(?:last updated|updated|aktualisiert)\b[:\s]*/i);
  return { published, modified };
}
