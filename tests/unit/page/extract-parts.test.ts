// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/cli/dom';
import { extractArticle } from '../../../src/page/extract/extract';
import { removeFurniture } from '../../../src/page/extract/furniture';
import { blockParagraphs } from '../../../src/page/extract/paragraphs';
import { prepareClone } from '../../../src/page/extract/prepare-clone';
import { cleanParagraphs } from '../../../src/page/extract/text-furniture';
import { fixturePages } from '../../support/detect-fixtures';

const fragment = (html: string): Element => {
  const doc = parseDocument(`<!doctype html><html><body><div id="root">${html}</div></body></html>`);
  const root = doc.getElementById('root');
  if (!root) throw new Error('no root');
  return root;
};

describe('furniture removal', () => {
  it('drops captions, credits, pull quotes, related lists, newsletter and share boxes', () => {
    const root = fragment(`
      <p>The council voted on Thursday.</p>
      <figure><img src="a.jpg"><figcaption>The council chamber.</figcaption></figure>
      <p class="photo-credit">Ledger photo</p>
      <blockquote class="pull-quote">A quote repeated for effect.</blockquote>
      <div class="related-stories"><a href="/a">Another story</a></div>
      <div class="newsletter-signup">Get the Morning Ledger.</div>
      <div class="share-tools"><a href="#">Share</a></div>
      <p>Residents asked for more time.</p>`);
    removeFurniture(root);
    expect(blockParagraphs(root)).toEqual(['The council voted on Thursday.', 'Residents asked for more time.']);
  });

  it('keeps an element that holds most of the article, whatever its class says', () => {
    const root = fragment(
      `<div class="share-container"><p>${'The council voted on Thursday. '.repeat(20)}</p></div><p>Short.</p>`,
    );
    removeFurniture(root);
    expect(blockParagraphs(root)[0]).toMatch(/^The council voted/);
  });

  it('does not read ids: they are often made from a heading', () => {
    const root = fragment('<div id="sharing-with-a-team"><p>How to share a repository with a team.</p></div>');
    removeFurniture(root);
    expect(blockParagraphs(root)).toEqual(['How to share a repository with a team.']);
  });
});

describe('paragraphs by block', () => {
  it('starts a paragraph at every block and keeps inline text together', () => {
    const root = fragment(
      '<p>One <b>bold</b> <a href="/x">link</a>.</p><dl><dt>Term</dt><dd>Definition text.</dd></dl><table><tr><td>Cell text.</td></tr></table><div>Loose text<br>on two lines.</div>',
    );
    expect(blockParagraphs(root)).toEqual([
      'One bold link.',
      'Term',
      'Definition text.',
      'Cell text.',
      'Loose text on two lines.',
    ]);
  });
});

describe('text furniture', () => {
  it('drops byline and date lines at the top and labels at the bottom', () => {
    const out = cleanParagraphs(
      [
        'By Dana Whitfield',
        'Updated March 16, 2025',
        'Monday',
        'The council voted on Thursday to delay the decision.',
        'Residents asked for more time.',
        'Local news',
        'Flood wall',
      ],
      'Dana Whitfield',
    );
    expect(out).toEqual(['The council voted on Thursday to delay the decision.', 'Residents asked for more time.']);
  });

  it('drops calls to action and reads a repeated paragraph once', () => {
    const p = 'The council voted on Thursday to delay the decision by a month.';
    const out = cleanParagraphs(
      [
        p,
        'Read more: Ferry fares to rise',
        'Never miss a story. Sign up for our newsletter.',
        p,
        'Residents asked for more time.',
      ],
      null,
    );
    expect(out).toEqual([p, 'Residents asked for more time.']);
  });

  it('keeps a short sentence that ends like one', () => {
    expect(cleanParagraphs(['The vote was 5-2.', 'It passed.'], null)).toEqual(['The vote was 5-2.', 'It passed.']);
  });
});

describe('the clone Readability reads', () => {
  it('drops inert templates and unwraps declarative shadow DOM', () => {
    const doc = parseDocument(
      '<!doctype html><html><body><template><p>Hidden template text.</p></template><div><template shadowrootmode="open"><p>Shadow text.</p></template></div></body></html>',
    );
    const clone = prepareClone(doc);
    expect(clone.body.textContent).not.toContain('Hidden template text.');
    expect(clone.body.textContent).toContain('Shadow text.');
    expect(doc.body.innerHTML).toContain('<template>'); // the page itself is untouched
  });

  it('copies open shadow roots of the live page into the clone', () => {
    document.body.innerHTML = '<main><story-body id="host"></story-body><p>Light text.</p></main>';
    const host = document.getElementById('host');
    const shadow = host?.attachShadow({ mode: 'open' });
    if (!shadow) throw new Error('no shadow root');
    shadow.innerHTML = '<p>The council voted on Thursday.</p><inner-part id="inner"></inner-part>';
    const inner = shadow.getElementById('inner')?.attachShadow({ mode: 'open' });
    if (!inner) throw new Error('no inner shadow root');
    inner.innerHTML = '<p>Residents asked for more time.</p>';
    const clone = prepareClone(document);
    const text = clone.body.textContent ?? '';
    expect(text).toContain('The council voted on Thursday.');
    expect(text).toContain('Residents asked for more time.');
    expect(text).toContain('Light text.');
    expect(document.body.textContent).not.toContain('The council voted'); // live light DOM unchanged
  });
});

describe('extraction of our own article pages', () => {
  const articles = fixturePages().filter((p) => p.kind === 'article');

  it('gives every article a title and paragraphs, without captions or newsletter boxes', () => {
    for (const page of articles) {
      const article = extractArticle(page.doc(), page.url);
      expect(article?.title, page.file).toBeTruthy();
      expect(article?.paragraphs.length, page.file).toBeGreaterThanOrEqual(3);
      expect(article?.text, page.file).not.toMatch(/Ledger photo|Morning Ledger newsletter|Related/);
      expect(article?.text.split('\n\n'), page.file).toEqual(article?.paragraphs);
    }
  });

  it('reads byline, site name, language and direction', () => {
    const news = articles.find((p) => p.file === 'article-news.html');
    const article = news && extractArticle(news.doc(), news.url);
    expect(article).toMatchObject({ byline: 'Marisol Vance', siteName: 'The Harbor Ledger', lang: 'en' });
    expect(article?.paragraphs[0]).toMatch(/^The Harbor City Port Authority voted/);
    const japanese = articles.find((p) => p.file === 'article-japanese.html');
    expect(japanese && extractArticle(japanese.doc(), japanese.url)?.lang).toBe('ja');
    const rtl = parseDocument(
      `<!doctype html><html lang="ar" dir="rtl"><head><title>t</title></head><body><article>${'<p>صوت المجلس يوم الخميس على تأجيل القرار لمدة شهر بعد أن طلب السكان مزيدا من الوقت.</p>'.repeat(6)}</article></body></html>`,
    );
    expect(extractArticle(rtl, '')?.dir).toBe('rtl');
  });

  it('keeps the paragraphs of a story split by <br>', () => {
    const page = articles.find((p) => p.file === 'article-line-breaks.html');
    const article = page && extractArticle(page.doc(), page.url);
    expect(article?.text).toContain('A logbook kept by the last keeper');
    expect(article?.text).toContain('His last entry records');
  });
});
