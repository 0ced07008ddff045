import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/cli/dom';
import { atOffset, normalizeDate, parseWrittenDate } from '../../../src/page/metadata/date-text';
import { readJsonLd } from '../../../src/page/metadata/json-ld';
import { findPageDates, fromUrl } from '../../../src/page/metadata/page-dates';
import { readMetadata } from '../../../src/page/metadata/read-metadata';

/** The page's own dates, on small pages written for these tests (tests/fixtures/dates). */
function pageDates(fixture: string, url = 'https://news.example/story') {
  const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/dates', fixture), 'utf8');
  const doc = parseDocument(html);
  return findPageDates(doc, url, readJsonLd(doc));
}

describe('page dates from metadata', () => {
  it('reads datePublished and dateModified inside a JSON-LD @graph, keeping the local day', () => {
    // 01:03 in India is still the 5th in UTC: the publisher's day is the 6th.
    expect(pageDates('json-ld-graph.html')).toEqual({
      published: '2022-11-06T01:03+05:30',
      modified: '2022-11-07T09:30+05:30',
    });
  });

  it('moves a UTC timestamp to the offset the page uses in its own <time> element', () => {
    const dates = pageDates('utc-with-local-time.html');
    expect(dates.published).toBe('2023-11-08T22:28-05:00');
    expect(dates.modified).toBe('2023-11-09T00:02-05:00');
  });

  it('takes the URL day when a UTC timestamp is one day off and the page has no local time', () => {
    expect(pageDates('utc-with-url-date.html', 'https://news.example/2023/11/08/late-vote-count/').published).toBe(
      '2023-11-08',
    );
    // Without a local signal the UTC value stays as written.
    expect(pageDates('utc-with-url-date.html').published).toBe('2023-11-09T05:30Z');
  });

  it('reads Dublin Core dates', () => {
    expect(pageDates('url-and-dublin-core.html')).toEqual({ published: '2019-06-14', modified: '2019-06-20' });
  });

  it('reads an update line as the modified date and leaves the publication date empty', () => {
    expect(pageDates('last-updated-only.html')).toEqual({ published: null, modified: '2022-11-06' });
  });
});

describe('page dates a reader sees', () => {
  it('takes the dateline next to the headline, not a sidebar or a comment date', () => {
    expect(pageDates('dateline-only.html').published).toBe('2020-03-11');
  });

  it('takes a paragraph that is only a date when the page has no date markup', () => {
    expect(pageDates('plain-date.html').published).toBe('2020-01-18');
  });

  it('reads German datelines', () => {
    expect(pageDates('german-dateline.html').published).toBe('2021-11-05');
  });

  it('falls back to the URL', () => {
    expect(pageDates('no-dates.html', 'https://news.example/2021/04/09/story').published).toBe('2021-04-09');
  });

  it('says nothing when the page states no date, rather than guessing from numbers', () => {
    expect(pageDates('no-dates.html')).toEqual({ published: null, modified: null });
  });

  it('reaches readMetadata unchanged', () => {
    const html = readFileSync(resolve(import.meta.dirname, '../../fixtures/dates/json-ld-graph.html'), 'utf8');
    const meta = readMetadata(parseDocument(html), 'https://courier.example/rain');
    expect(meta.published).toBe('2022-11-06T01:03+05:30');
    expect(meta.modified).toBe('2022-11-07T09:30+05:30');
  });
});

describe('date strings', () => {
  it('normalizes ISO, compact and written dates', () => {
    expect(normalizeDate('2023-11-09T03:28:35Z')).toBe('2023-11-09T03:28Z');
    expect(normalizeDate('2023-11-09T03:28:35+0100')).toBe('2023-11-09T03:28+01:00');
    expect(normalizeDate('20191004')).toBe('2019-10-04');
    expect(parseWrittenDate('Blog entry by A. Writer | 28 April, 2017')).toBe('2017-04-28');
    expect(parseWrittenDate('23. Juli 2017')).toBe('2017-07-23');
    expect(parseWrittenDate('Datum 25.01.2022')).toBe('2022-01-25');
    expect(parseWrittenDate('Jan 18, 2019')).toBe('2019-01-18');
    expect(normalizeDate('1850-01-01')).toBeNull();
    expect(parseWrittenDate('February 30, 2020')).toBeNull();
  });

  it('writes a UTC time at another offset', () => {
    expect(atOffset('2023-11-09T03:28Z', -300)).toBe('2023-11-08T22:28-05:00');
    expect(atOffset('2022-11-05T19:33Z', 330)).toBe('2022-11-06T01:03+05:30');
    expect(atOffset('2022-11-05', 330)).toBe('2022-11-05');
  });

  it('reads dates in URLs', () => {
    expect(fromUrl('https://a.example/2022/11/06/story')).toBe('2022-11-06');
    expect(fromUrl('https://a.example/news/2022-11-6-story')).toBe('2022-11-06');
    expect(fromUrl('https://a.example/2022/13/06/story')).toBeNull();
    expect(fromUrl('https://a.example/story-2022')).toBeNull();
  });
});
