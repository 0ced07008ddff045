/** What a URL's shape says about the page: story URLs carry dates and long slugs; indexes do not. */

export interface UrlSignal {
  score: number;
  reasons: string[];
}

const NON_ARTICLE_PATH =
  /\/(?:tags?|topics?|category|categories|section|sections|search|video|videos|watch|gallery|galleries|photos?|slideshow|live-?tv|podcasts?|authors?|people|profiles?|recipes?|forums?|threads?|shop|store|products?|login|signup|account|subscribe|newsletters?|weather|sitemap|archive|index)(?:\/|$|\?|\.html?)/i;
const DATE_PATH = /\/(?:19|20)\d{2}\/(?:0?[1-9]|1[0-2])(?:\/(?:0?[1-9]|[12]\d|3[01]))?\//;
const DATE_SLUG = /(?:19|20)\d{2}-?(?:0[1-9]|1[0-2])-?(?:0[1-9]|[12]\d|3[01])/;
const ID_PATH = /(?:\/|[-_.])(?:\d{6,}|[a-z]*\d{5,}[a-z]*)(?:\.html?|\/|$)/i;

export function urlSignal(url: string): UrlSignal {
  const reasons: string[] = [];
  let score = 0;
  let path = '';
  try {
    const u = new URL(url);
    path = u.pathname;
  } catch {
    return { score: 0, reasons: [] };
  }
  if (path === '/' || path === '' || /^\/(?:index\.html?|home)?\/?$/i.test(path)) {
    return { score: -3, reasons: ['url: home page'] };
  }
  if (NON_ARTICLE_PATH.test(path)) {
    score -= 2;
    reasons.push('url: index/media path');
  }
  if (DATE_PATH.test(path) || DATE_SLUG.test(path)) {
    score += 1.5;
    reasons.push('url: dated path');
  }
  const segments = path.split('/').filter(Boolean);
  const last = (segments[segments.length - 1] ?? '').replace(/\.[a-z]{2,5}$/i, '');
  const slugWords = last.split(/[-_]/).filter((w) => /[a-z]{2,}/i.test(w));
  if (slugWords.length >= 4) {
    score += 1.5;
    reasons.push('url: long slug');
  } else if (segments.length <= 1 && slugWords.length <= 2 && !ID_PATH.test(path)) {
    score -= 1;
    reasons.push('url: short section path');
  }
  if (ID_PATH.test(path)) {
    score += 0.5;
    reasons.push('url: story id');
  }
  if (/\/live(?:[-/]|$)/i.test(path)) reasons.push('url: live');
  return { score, reasons };
}
