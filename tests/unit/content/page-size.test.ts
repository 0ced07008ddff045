// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import {
  AUTO_MAX_ELEMENTS,
  AUTO_MAX_TEXT_CHARS,
  measurePage,
  tooLargeForAutoRun,
} from '../../../src/content/page-size';

/** The size check before Readability: ordinary pages pass, giant ones are declined, scripts do not count. */
describe('page size for the automatic run', () => {
  it('lets an ordinary article through', () => {
    document.body.innerHTML = `<article>${'<p>“Fine,” said Ana Ruiz on Monday.</p>'.repeat(40)}</article>`;
    const size = measurePage(document);
    expect(size.elements).toBeLessThan(100);
    expect(tooLargeForAutoRun(size)).toBe(false);
  });

  it('declines a page of more elements than any article page has', () => {
    document.body.innerHTML = `<ol>${'<li><b>x</b></li>'.repeat(AUTO_MAX_ELEMENTS / 2 + 10)}</ol>`;
    expect(tooLargeForAutoRun(measurePage(document))).toBe(true);
  });

  it('declines megabytes of text, but does not count script and style text', () => {
    document.body.innerHTML = `<p>${'word '.repeat(AUTO_MAX_TEXT_CHARS / 5 + 10)}</p>`;
    expect(tooLargeForAutoRun(measurePage(document))).toBe(true);
    document.body.innerHTML = '<p>A short story.</p><script></script><style></style>';
    const script = document.querySelector('script');
    const style = document.querySelector('style');
    if (script) script.textContent = `window.__data = "${'x'.repeat(AUTO_MAX_TEXT_CHARS)}";`;
    if (style) style.textContent = `.a{color:red}`.repeat(1000);
    const size = measurePage(document);
    expect(size.textChars).toBe('A short story.'.length);
    expect(tooLargeForAutoRun(size)).toBe(false);
  });
});
