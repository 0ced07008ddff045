// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { anchor, textQuoteOf } from '../../../src/page/anchor/anchor';
import { buildTextIndex } from '../../../src/page/anchor/text-index';

function page(html: string): Document {
  document.body.innerHTML = html;
  return document;
}

describe('anchoring analysed-text spans in the live page', () => {
  it('finds a span across inline markup and collapsed whitespace', () => {
    const doc = page('<p>The mayor   said <b>the bridge</b>\n will <i>reopen</i> soon.</p><p>Other text.</p>');
    const text = 'The mayor said the bridge will reopen soon.\n\nOther text.';
    const start = text.indexOf('the bridge will reopen');
    const range = anchor(
      buildTextIndex(doc.body),
      textQuoteOf(text, { start, end: start + 'the bridge will reopen'.length }),
    );
    expect(range?.toString().replace(/\s+/g, ' ')).toBe('the bridge will reopen');
  });

  it('uses the context to choose between repeated phrases', () => {
    const doc = page('<p>He said yes. Then she said no.</p><p>Later he said yes again.</p>');
    const text = 'He said yes. Then she said no.\n\nLater he said yes again.';
    const start = text.lastIndexOf('said yes');
    const range = anchor(buildTextIndex(doc.body), textQuoteOf(text, { start, end: start + 8 }));
    expect(range?.startContainer.textContent).toBe('Later he said yes again.');
  });

  it('separates adjacent blocks and skips scripts', () => {
    const doc = page('<div>end.</div><div>Start<script>var said = 1;</script> here</div>');
    const index = buildTextIndex(doc.body);
    expect(index.text).toBe('end. Start here');
  });

  it('returns null for text that is not on the page', () => {
    const doc = page('<p>Nothing to see.</p>');
    expect(anchor(buildTextIndex(doc.body), textQuoteOf('Missing words', { start: 0, end: 7 }))).toBeNull();
  });
});
