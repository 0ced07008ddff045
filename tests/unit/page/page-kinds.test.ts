import { describe, expect, it } from 'vitest';
import { classifyPage, detectArticle, THRESHOLD } from '../../../src/page/detect/detect';
import { articleEvidence } from '../../../src/page/detect/kinds/article';
import { type KindDetector, OTHER_KINDS, type OtherKind } from '../../../src/page/detect/kinds/index';
import { readPageFacts } from '../../../src/page/detect/page-facts';
import { fixturePages } from '../../support/detect-fixtures';

/**
 * The page-type table: every detector has its own example pages (tests/fixtures/detect), and every other
 * detector's examples are its negatives. Opinion pieces, analyses, interviews and live blogs are articles;
 * home pages, section fronts, tag and search pages, videos, galleries, recipes, forums, Q&A, shops and
 * bot checks are not.
 */
const pages = fixturePages();
const KIND_MIN = 2; // the evidence at which detect.ts names a kind

describe('page-type table', () => {
  it('has examples for the article reading and for every other kind', () => {
    const kinds = new Set(pages.map((p) => p.kind));
    for (const kind of ['article', ...Object.keys(OTHER_KINDS)])
      expect(kinds, `an example page for ${kind}`).toContain(kind);
  });

  for (const page of pages) {
    it(`${page.file} is read as ${page.kind}`, () => {
      const d = detectArticle(page.doc(), page.url);
      expect(d.kind, d.reasons.join('; ')).toBe(page.kind);
      expect(d.isArticle).toBe(page.kind === 'article');
    });
  }

  it('the article evidence alone opens the gate on every article and on no page another detector claims', () => {
    for (const page of pages) {
      const facts = readPageFacts(page.doc(), page.url);
      const detection = classifyPage(facts);
      if (page.kind === 'article') expect(articleEvidence(facts).score, page.file).toBeGreaterThanOrEqual(THRESHOLD);
      else expect(detection.isArticle, page.file).toBe(false);
    }
  });

  for (const [kind, detector] of Object.entries(OTHER_KINDS) as [OtherKind, KindDetector][]) {
    it(`the ${kind} detector claims its own examples and none of the others'`, () => {
      for (const page of pages) {
        const facts = readPageFacts(page.doc(), page.url);
        const evidence = detector(facts, facts.structure());
        if (page.kind === kind)
          expect(evidence.score, `${page.file}: ${evidence.reasons}`).toBeGreaterThanOrEqual(KIND_MIN);
        else expect(evidence.score, `${page.file}: ${evidence.reasons}`).toBeLessThan(KIND_MIN);
      }
    });
  }

  it('marks the live blog as live and no other article', () => {
    for (const page of pages.filter((p) => p.kind === 'article')) {
      expect(detectArticle(page.doc(), page.url).liveBlog, page.file).toBe(page.file.includes('live'));
    }
  });
});
