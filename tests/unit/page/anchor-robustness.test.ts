// @vitest-environment happy-dom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { anchor, matchQuote, textQuoteOf } from '../../../src/page/anchor/anchor';
import { buildTextIndex, normalizeText, positionOf, wellFormed } from '../../../src/page/anchor/text-index';

/**
 * The page index on odd text: every character of the index maps back to the node character it copies,
 * Unicode spaces collapse the same way as in the extracted text, lone surrogates match what extension
 * messaging delivers, and a span in heavily repeated text still lands on its own occurrence.
 */

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

const PIECES = [
  'word',
  'Ünïcödé',
  'שלום',
  'مرحبا',
  '\u200b',
  '\u200f',
  '\u2009',
  '\u202f',
  '\ufeff',
  '\u00a0',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u0007',
  '😀',
  '\ud83d',
  '“',
  '.',
];
const INLINE = ['b', 'i', 'span', 'a'];
const BLOCK = ['p', 'div', 'li', 'h2'];

/** Random markup from the pieces above, nested in inline and block elements. */
const markup: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }).map((p) => p.join('')),
    fc
      .tuple(fc.constantFrom(...INLINE, ...BLOCK), fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
  ),
})).node;

describe('page text index', () => {
  it('maps every index character back to the page character it copies', () => {
    fc.assert(
      fc.property(fc.array(markup, { minLength: 1, maxLength: 6 }), (parts) => {
        const index = buildTextIndex(page(parts.join('')).body);
        expect(index.text).toBe(index.text.trimStart());
        expect(index.text).not.toMatch(/\s\s/);
        for (let i = 0; i < index.text.length; i++) {
          const at = positionOf(index, i);
          expect(at).not.toBeNull();
          if (!at) return;
          // Lone surrogates read as U+FFFD on both sides (wellFormed keeps real pairs whole).
          const ch = wellFormed(at.node.data)[at.offset] ?? '';
          if (index.text[i] === ' ') expect(ch === '' || /\s/.test(ch) || at.offset === 0).toBe(true);
          else expect(ch).toBe(index.text[i]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('collapses every Unicode space the way the extracted text does (thin, narrow no-break, BOM)', () => {
    const doc = page('<p>“Prices rose\u2009by 5\u202f%,” said\ufeffMaria Lopez, the\u3000mayor.</p>');
    const text = normalizeText('“Prices rose\u2009by 5\u202f%,” said\ufeffMaria Lopez, the\u3000mayor.');
    const span = { start: text.indexOf('Maria'), end: text.indexOf('Maria') + 'Maria Lopez'.length };
    const range = anchor(buildTextIndex(doc.body), textQuoteOf(text, span));
    expect(range?.toString()).toBe('Maria Lopez');
    const quote = { start: 1, end: text.indexOf('%') + 1 };
    expect(anchor(buildTextIndex(doc.body), textQuoteOf(text, quote))?.toString()).toBe('Prices rose\u2009by 5\u202f%');
  });

  it('finds text with a lone surrogate when the analysed copy came back with U+FFFD', () => {
    const doc = page('<p>The sign read \ud83d broken \udc00 twice, said Omar Haddad.</p>');
    const delivered = 'The sign read \ufffd broken \ufffd twice, said Omar Haddad.';
    const start = delivered.indexOf('\ufffd broken');
    const range = anchor(buildTextIndex(doc.body), textQuoteOf(delivered, { start, end: start + 16 }));
    expect(range?.toString()).toBe('\ud83d broken \udc00 twice');
  });

  it('puts each of many equal mentions on its own sentence in heavily repeated text', () => {
    const sentences = Array.from({ length: 3000 }, (_, i) => `He said the ferry runs, number ${i}.`);
    const doc = page(`<article><p>${sentences.join(' ')}</p></article>`);
    const text = sentences.join(' ');
    const index = buildTextIndex(doc.body);
    for (const n of [0, 1, 1234, 2999]) {
      const sentence = `He said the ferry runs, number ${n}.`;
      const start = text.indexOf(sentence);
      const at = matchQuote(index, textQuoteOf(text, { start, end: start + 2 }));
      expect(index.text.slice(at, at + sentence.length)).toBe(sentence);
    }
  });

  it('chooses by position between identical passages', () => {
    const doc = page(`<p>${'Same words again. '.repeat(50)}</p>`);
    const text = 'Same words again. '.repeat(50).trim();
    const index = buildTextIndex(doc.body);
    const last = text.lastIndexOf('words');
    expect(matchQuote(index, textQuoteOf(text, { start: last, end: last + 5 }))).toBe(index.text.lastIndexOf('words'));
    const first = text.indexOf('words');
    expect(matchQuote(index, textQuoteOf(text, { start: first, end: first + 5 }))).toBe(index.text.indexOf('words'));
  });
});
