import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../src/cli/dom';
import { findProseBlock, weightedLength } from '../../../src/page/detect/prose-block';

const sentence =
  'The council voted on Thursday to delay the decision by a month, after residents asked for more time to study the plan.';
const para = (n: number) => Array.from({ length: n }, () => `<p>${sentence}</p>`).join('');
const page = (body: string) => parseDocument(`<!doctype html><html><body>${body}</body></html>`);

describe('prose block', () => {
  it('adds up sibling paragraphs into one block', () => {
    const block = findProseBlock(page(`<div class="story">${para(6)}</div>`));
    expect(block.paragraphs).toBe(6);
    expect(block.chars).toBe(6 * sentence.length);
    expect(block.blocks).toBe(1);
  });

  it('keeps teaser cards apart: each card is its own small block', () => {
    const cards = Array.from(
      { length: 8 },
      () => `<div class="card"><h3><a href="/x">A headline</a></h3><p>${sentence}</p></div>`,
    );
    const block = findProseBlock(page(cards.join('')));
    expect(block.paragraphs).toBe(1);
    expect(block.chars).toBe(sentence.length);
    expect(block.pageChars).toBe(8 * sentence.length);
  });

  it('joins paragraphs that sit alone in wrapper divs', () => {
    const wrapped = Array.from({ length: 5 }, () => `<div class="para"><div><p>${sentence}</p></div></div>`).join('');
    expect(findProseBlock(page(`<section>${wrapped}</section>`)).paragraphs).toBe(5);
  });

  it('skips navigation, asides, footers, collapsed details, templates and hidden text', () => {
    const furniture = `<nav>${para(3)}</nav><aside>${para(3)}</aside><footer>${para(3)}</footer><details>${para(3)}</details><template>${para(3)}</template><div aria-hidden="true">${para(3)}</div>`;
    expect(findProseBlock(page(furniture)).chars).toBe(0);
  });

  it('does not count labels and list lines without a sentence end', () => {
    const labels = Array.from(
      { length: 6 },
      () => '<p>Episode 12 (March 29, 2019): Guests at the studio | Audio | Video</p>',
    ).join('');
    expect(findProseBlock(page(`<div>${labels}</div>`)).chars).toBe(0);
  });

  it('takes link text out of a block', () => {
    const linked = `<div>${Array.from({ length: 4 }, () => `<p><a href="/a">${sentence}</a></p>`).join('')}</div>`;
    const block = findProseBlock(page(linked));
    expect(block.chars).toBe(0);
  });

  it('reads prose split by <br> or held directly in divs when a page has no <p>', () => {
    const lines = `<td>${Array.from({ length: 5 }, () => sentence).join('<br><br>')}</td>`;
    const brBlock = findProseBlock(page(`<table><tr>${lines}</tr></table>`));
    expect(brBlock.chars).toBeGreaterThan(4 * sentence.length);
    expect(brBlock.paragraphs).toBeGreaterThanOrEqual(3);
    const divs = `<article><div>${sentence} ${sentence}</div><div>${sentence} ${sentence}</div></article>`;
    expect(findProseBlock(page(divs)).chars).toBeGreaterThan(3 * sentence.length);
  });

  it('weighs CJK characters as three, so a short Japanese story is not too short', () => {
    expect(weightedLength('abc')).toBe(3);
    expect(weightedLength('防潮堤')).toBe(9);
    expect(weightedLength('ハーバー市')).toBe(15);
    expect(weightedLength('한국어')).toBe(9);
  });

  it('looks at no more than a bounded number of paragraphs on a huge page', () => {
    const huge = page(`<div>${para(3000)}</div>`);
    const t0 = performance.now();
    const block = findProseBlock(huge);
    expect(block.paragraphs).toBe(500);
    expect(performance.now() - t0).toBeLessThan(2000); // a sanity bound, not a speed target (see npm run bench)
  });
});
