import { wordSet } from '../../core/text/word-list';

/**
 * What a URL's shape says about the page behind it. Story URLs carry dates, long slugs and numeric ids;
 * section fronts, tag and search pages, media, shops, forums and service pages have their own path words.
 */

/** A kind of page that a path word points to. */
export type UrlKind =
  | 'home'
  | 'listing'
  | 'search'
  | 'video'
  | 'audio'
  | 'gallery'
  | 'recipe'
  | 'forum'
  | 'shop'
  | 'service';

export interface UrlShape {
  valid: boolean;
  /** Lower-cased, decoded path segments, file extensions removed. */
  segments: string[];
  /** The kind the path's words point to, if any (the first index-like segment wins). */
  kind: UrlKind | null;
  datedPath: boolean;
  storyId: boolean;
  /** Words in the longest slug of the path ("senate-passes-budget-deal" = 4). */
  slugWords: number;
  /** The same, counting short numbers as words: a section name has one or two. */
  slugTokens: number;
  /** A path word that news sites use for stories: /story/, /article/, /entry/, /p/... */
  storyWord: boolean;
  live: boolean;
  /** Google Shopping's click id (srsltid): the link came from a product listing. */
  shoppingAd: boolean;
}

const KIND_WORDS: [UrlKind, Set<string>][] = [
  ['search', wordSet('search results find suche recherche buscar busca')],
  [
    'listing',
    wordSet(`tag tags topic topics category categories cat section sections hub hubs author authors people
      contributors columnists archive archives series latest sitemap directory keyword keywords thema themen
      rubrik ressort`),
  ],
  ['video', wordSet('video videos watch tv live-tv livetv vod clips player playlist shorts')],
  ['audio', wordSet('podcast podcasts audio radio listen episodes')],
  [
    'gallery',
    wordSet(`gallery galleries photos photo pictures picture slideshow slideshows photo-gallery photogallery
      photo-galleries in-pictures images bildergalerie fotos`),
  ],
  ['recipe', wordSet('recipe recipes rezept rezepte receta recetas recette recettes')],
  [
    'forum',
    wordSet(`forum forums thread threads discussion discussions boards board viewtopic showthread showtopic
      questions comments`),
  ],
  [
    'shop',
    wordSet(`shop store shops stores products product collections collection cart checkout browse buy deals
      catalog catalogue`),
  ],
  [
    'service',
    wordSet(`about about-us contact contact-us privacy privacy-policy terms terms-of-use terms-of-service login
      signin sign-in signup sign-up register account subscribe subscription subscriptions newsletter newsletters
      help faq faqs careers jobs feedback advertise legal cookies impressum imprint accessibility corrections
      editorial-standards`),
  ],
];

/** Thread pages of phpBB, vBulletin, MyBB and TripAdvisor-style forums. */
const FORUM_FILE = /^(?:viewtopic|showthread|showtopic|thread-\d+|topic-\d+)/;
const SEARCH_KEYS = ['q', 's', 'query', 'search', 'keyword', 'keywords'];
const STORY_WORDS = wordSet('story stories article articles entry post posts p news-story blog-post');
/** Path words that only say which language or edition the site is in. */
const EDITION_WORDS = wordSet('en en-us en-gb us uk intl international edition home index default www');
const FILE_EXTENSION = /\.(?:s?html?|php\d?|aspx?|jsp|cms|ece|cfm)$/i;
const LIVE_SLUG = /(?:^|[-_])(?:live|liveblog|live-?updates|as-it-happened)(?:[-_]|$)/;

/** A year segment followed by a month, as a number or a short English name (/2019/jun/01/). */
function isDateSegments(a: string, b: string): boolean {
  return /^(?:19|20)\d{2}$/.test(a) && /^(?:0?[1-9]|1[0-2]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)$/.test(b);
}

const DATE_IN_SEGMENT = /(?:^|\D)(?:19|20)\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])(?:\D|$)/;
const ID_SEGMENT = /(?:^|[-_.])(?:[a-z]{0,10}\d{5,}|\d{5,}[a-z]{0,3})(?:[-_.]|$)|^[0-9a-f]{8}-[0-9a-f]{4}-/;
/** Links to files, not pages. */
const MEDIA_FILE = /\.(?:pdf|jpe?g|png|gif|webp|svg|mp[34]|m4a|flv|mov|zip|docx?|xlsx?)$/i;
const ID_QUERY = /^(?:(?:news|post|story|article|entry|content|item)?_?id|p|aid|oid|sid|nid|cid|story|article)$/i;

function decode(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

/** Words of a slug; with `numbers`, short numbers ("2019-2020-line-outline") count as words too. */
function slugWordCount(segment: string, numbers = false): number {
  let n = 0;
  for (const w of segment.split(/[-_+.,\s]+/)) if (/\p{L}{2,}/u.test(w) || (numbers && /^\d{1,4}$/.test(w))) n++;
  // A slug in a script without hyphens (Arabic, CJK) is one long run: count its length instead.
  if (n <= 1 && segment.length >= 24 && /[^\p{ASCII}]/u.test(segment)) return 4;
  return n;
}

/** A segment that pins one dated or numbered item: 2019/04, 20190402, article263994791. */
function pinsOneItem(segment: string, next: string | undefined): boolean {
  return isDateSegments(segment, next ?? '') || DATE_IN_SEGMENT.test(segment) || ID_SEGMENT.test(segment);
}

/** The kind a path word points to. */
function kindOf(segments: string[]): UrlKind | null {
  for (let i = 0; i < segments.length; i++) {
    const s = segments[i] ?? '';
    if (EDITION_WORDS.has(s)) continue;
    const next = segments[i + 1];
    const rest = segments.slice(i + 1);
    // Forum software shapes: Discourse /t/slug/123, Reddit /r/x/comments/id, Flarum /d/123-slug.
    if ((s === 't' || s === 'd') && next && /\d/.test(rest.join('/'))) return 'forum';
    if (s === 'topic' && next && /^\d/.test(next)) return 'forum';
    if (FORUM_FILE.test(s)) return 'forum';
    // Blog permalinks: /archives/2562, /archives/2019/04/slug.html.
    if ((s === 'archives' || s === 'archive') && next && /^\d+$/.test(next)) return null;
    for (const [kind, words] of KIND_WORDS) {
      if (!words.has(s)) continue;
      // A section word followed by a date or an item id names the story's section (/topics/alert20190402).
      if (kind === 'listing' && rest.some((r, j) => pinsOneItem(r, rest[j + 1]))) return null;
      return kind;
    }
  }
  return null;
}

export function readUrlShape(url: string): UrlShape {
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    // not a URL: no evidence either way
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol) || MEDIA_FILE.test(parsed.pathname)) {
    return {
      valid: false,
      segments: [],
      kind: null,
      datedPath: false,
      storyId: false,
      slugWords: 0,
      slugTokens: 0,
      storyWord: false,
      live: false,
      shoppingAd: false,
    };
  }
  const segments = parsed.pathname
    .split('/')
    .filter(Boolean)
    .map((s) => decode(s).replace(FILE_EXTENSION, ''));
  const meaningful = segments.filter((s) => !EDITION_WORDS.has(s));
  // The query read with forEach, not spread: in a Firefox content script URLSearchParams' iterators come from
  // the page's compartment and are "not iterable" there, which threw on every page (safety work, issue 8).
  const params: Array<[string, string]> = [];
  parsed.searchParams.forEach((value, key) => {
    params.push([key, value]);
  });
  const query = new Map<string, string>();
  for (const [key, value] of params) if (!query.has(key)) query.set(key, value);
  let datedPath = false;
  for (let i = 0; i + 1 < segments.length; i++)
    if (isDateSegments(segments[i] ?? '', segments[i + 1] ?? '')) datedPath = true;
  if (segments.some((s) => DATE_IN_SEGMENT.test(s))) datedPath = true;
  // Blog permalinks number their posts: /archives/2562.
  const archivePost = segments.some(
    (x, i) => (x === 'archives' || x === 'archive') && /^\d+$/.test(segments[i + 1] ?? ''),
  );
  const storyId =
    archivePost ||
    segments.some((s) => ID_SEGMENT.test(s)) ||
    params.some(([k]) => ID_QUERY.test(k) && /\d{3,}/.test(query.get(k) ?? ''));
  // Some CMSs keep the slug in the query: scan.php?page=news_item&px=Steam-May-2019-Numbers.
  const querySlugs = params.map(([, v]) => v).filter((v) => !v.includes('/') && (v.match(/-/g) ?? []).length >= 3);
  const slugs = [...segments, ...querySlugs];
  const slugWords = Math.max(0, ...slugs.map((x) => slugWordCount(x)));
  const slugTokens = Math.max(0, ...slugs.map((x) => slugWordCount(x, true)));
  // WordPress and most CMSs search at /?s=... or /search?q=...
  const searchQuery = SEARCH_KEYS.some((k) => query.get(k)) && meaningful.length <= 1;
  return {
    valid: true,
    segments,
    kind: searchQuery ? 'search' : meaningful.length === 0 ? 'home' : kindOf(segments),
    datedPath,
    storyId,
    slugWords,
    slugTokens,
    storyWord: segments.slice(0, -1).some((s) => STORY_WORDS.has(s)),
    live: segments.some((s) => LIVE_SLUG.test(s)),
    shoppingAd: query.has('srsltid'),
  };
}

export interface UrlEvidence {
  score: number;
  reasons: string[];
}

/** How much the URL looks like one story's address: dates, long slugs, ids and story path words. */
export function storyShapeEvidence(shape: UrlShape): UrlEvidence {
  const reasons: string[] = [];
  let score = 0;
  if (!shape.valid || shape.kind === 'home') return { score, reasons };
  if (shape.datedPath) {
    score += 2;
    reasons.push('url: dated path');
  }
  if (shape.slugWords >= 4) {
    score += shape.slugWords >= 6 ? 2 : 1.5;
    reasons.push('url: long slug');
  } else if (shape.slugWords === 3) score += 0.5;
  if (shape.storyId) {
    score += shape.slugWords >= 4 || shape.datedPath ? 0.5 : 1.5;
    reasons.push('url: story id');
  }
  if (shape.storyWord) {
    score += 1;
    reasons.push('url: story path word');
  }
  const evidence = shape.datedPath || shape.storyId || shape.storyWord;
  if (!evidence && shape.slugTokens <= 2 && shape.segments.length <= 2) {
    score -= 1.5;
    reasons.push('url: short section path');
  }
  return { score, reasons };
}

/** The URL-only verdict (positive: a story), checked on its own against labelled link lists. */
export function urlEvidence(shape: UrlShape): UrlEvidence {
  if (!shape.valid) return { score: 0, reasons: [] };
  if (shape.kind === 'home') return { score: -3, reasons: ['url: home page'] };
  const story = storyShapeEvidence(shape);
  if (!shape.kind) return story;
  return { score: story.score - 2, reasons: [`url: ${shape.kind} path`, ...story.reasons] };
}
