import { describe, expect, it } from 'vitest';
import { readUrlShape, storyShapeEvidence, urlEvidence } from '../../../src/page/detect/url-shape';

const shape = readUrlShape;
const score = (url: string) => urlEvidence(readUrlShape(url)).score;

describe('url shape', () => {
  it('reads dates in the path and in a slug', () => {
    expect(shape('https://news.example/2024/05/01/city-budget').datedPath).toBe(true);
    expect(shape('https://news.example/news/20240501-city-budget').datedPath).toBe(true);
    expect(shape('https://news.example/world/2019/jun/01/city-budget').datedPath).toBe(true);
    expect(shape('https://news.example/security/alert20190402.html').datedPath).toBe(true);
    expect(shape('https://news.example/2024/city-budget').datedPath).toBe(false);
  });

  it('counts slug words, also in a query value and in scripts without hyphens', () => {
    expect(shape('https://news.example/city-council-approves-new-budget').slugWords).toBe(5);
    expect(shape('https://news.example/scan.php?page=news_item&px=Steam-May-2019-Numbers').slugWords).toBe(3);
    expect(shape('https://news.example/%D8%A7%D9%84%D9%86%D8%A7%D8%AA%D9%88-%D9%8A%D8%B9%D9%84%D9%86').slugWords).toBe(
      2,
    );
    // Share links carry another page's URL in their query: not a slug of this page.
    expect(shape('https://social.example/share?url=https://news.example/a-b-c-d-e').slugWords).toBe(1);
  });

  it('finds story ids in paths and queries', () => {
    expect(shape('https://news.example/news/world-us-canada-61916694').storyId).toBe(true);
    expect(shape('https://news.example/news/local/article263994791.html').storyId).toBe(true);
    expect(shape('https://news.example/autonews.php?newsid=6486285').storyId).toBe(true);
    expect(shape('https://blog.example/archives/2562').storyId).toBe(true);
    expect(shape('https://news.example/page/2').storyId).toBe(false);
  });

  it('names the kind a path word points to', () => {
    expect(shape('https://news.example/').kind).toBe('home');
    expect(shape('https://news.example/en/').kind).toBe('home');
    expect(shape('https://news.example/tag/politics/').kind).toBe('listing');
    expect(shape('https://news.example/search?q=ferry').kind).toBe('search');
    expect(shape('https://news.example/?s=ferry').kind).toBe('search');
    expect(shape('https://news.example/video/waves-top-the-seawall').kind).toBe('video');
    expect(shape('https://news.example/gallery/2025/04/06/after-the-storm').kind).toBe('gallery');
    expect(shape('https://news.example/food/recipes/fish-chowder').kind).toBe('recipe');
    expect(shape('https://shop.example/collections/rain-boots').kind).toBe('shop');
    expect(shape('https://news.example/privacy-policy').kind).toBe('service');
    expect(shape('https://news.example/2024/05/01/city-budget').kind).toBeNull();
  });

  it('knows the URL shapes of forum software', () => {
    expect(shape('https://forum.example/t/best-budget-headphones/40024').kind).toBe('forum');
    expect(shape('https://forum.example/threads/best-route.48213/').kind).toBe('forum');
    expect(shape('https://forum.example/viewtopic.php?t=361697').kind).toBe('forum');
    expect(shape('https://forum.example/showthread.php?t=186269').kind).toBe('forum');
    expect(shape('https://forum.example/thread-222085.html').kind).toBe('forum');
    expect(shape('https://forum.example/d/2068-types-of-threads').kind).toBe('forum');
    expect(shape('https://forum.example/topic/18427/rc1-of-nodebb').kind).toBe('forum');
    expect(shape('https://social.example/r/science/comments/1rku5x9/hair_follicles/').kind).toBe('forum');
  });

  it('lets a date or id after a section word name the story, not an index', () => {
    expect(shape('https://agency.example/security/topics/alert20190402.html').kind).toBeNull();
    expect(shape('https://news.example/category/local/2025/04/02/port-dredging-plan').kind).toBeNull();
    expect(shape('https://news.example/topics/cloud/').kind).toBe('listing');
  });

  it('marks live pages', () => {
    expect(shape('https://news.example/live/2025/04/05/storm').live).toBe(true);
    expect(shape('https://news.example/world/storm-imogen-live-updates').live).toBe(true);
    expect(shape('https://news.example/world/delivery-drivers-strike').live).toBe(false);
  });

  it('treats non-web and file links as no evidence', () => {
    for (const url of ['mailto:a@b.example', 'tel:0221', 'javascript:void(0)', 'not a url']) {
      expect(shape(url).valid).toBe(false);
      expect(score(url)).toBe(0);
    }
    expect(shape('https://news.example/2024/05/01/report.pdf').valid).toBe(false);
  });

  it('scores story URLs above index, media and service URLs', () => {
    const stories = [
      'https://news.example/2024/05/01/city-council-approves-new-budget',
      'https://news.example/news/world-us-canada-61916694',
      'https://news.example/story/opinion/2022/07/29/a-revolutionary-research/10062281002/',
      'https://blog.example/p/where-my-third-party-people-at',
    ];
    const others = [
      'https://news.example/',
      'https://news.example/tag/politics/',
      'https://news.example/cars',
      'https://news.example/video/waves-top-the-seawall',
      'https://news.example/about-us/',
    ];
    for (const url of stories) expect(score(url), url).toBeGreaterThanOrEqual(1);
    for (const url of others) expect(score(url), url).toBeLessThan(1);
  });

  it('gives a short section path a penalty that a story word or id lifts', () => {
    expect(storyShapeEvidence(shape('https://news.example/world')).score).toBeLessThan(0);
    expect(storyShapeEvidence(shape('https://news.example/p/american-judas')).score).toBeGreaterThan(0);
    expect(storyShapeEvidence(shape('https://news.example/6178366/house-prices-us/')).score).toBeGreaterThan(0);
  });
});
