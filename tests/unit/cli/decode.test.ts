import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { declaredCharset, decodeHtml, looksBinary } from '../../../src/cli/decode';
import { loadInput } from '../../../src/cli/load-input';

/** Non-UTF-8 pages in the CLI: the bytes are our own sentences, encoded here. */
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const page = (head: string, body: string) =>
  `<!doctype html><html><head>${head}</head><body><p>${body}</p></body></html>`;

describe('decoding saved pages', () => {
  it('honours a <meta charset> for windows-1252', () => {
    const bytes = latin1(page('<meta charset="windows-1252">', 'Caf\xe9 prices rose \x93sharply\x94.'));
    expect(decodeHtml(bytes)).toContain('Café prices rose “sharply”.');
  });

  it('honours http-equiv, the HTTP header and an XML declaration', () => {
    const httpEquiv = latin1(
      page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', 'Fa\xe7ade'),
    );
    expect(decodeHtml(httpEquiv)).toContain('Façade');
    expect(declaredCharset(latin1('<p>x</p>'), 'text/html; charset=Shift_JIS')).toBe('shift_jis');
    expect(declaredCharset(latin1('<?xml version="1.0" encoding="ISO-8859-15"?><html></html>'))).toBe('iso-8859-15');
  });

  it('decodes Shift_JIS and GBK pages', () => {
    // 防潮堤 in Shift_JIS and in GBK, written out as bytes.
    const sjis = Uint8Array.from([
      ...latin1('<meta charset="shift_jis"><p>'),
      0x96,
      0x68,
      0x92,
      0xaa,
      0x92,
      0xe7,
      ...latin1('</p>'),
    ]);
    expect(decodeHtml(sjis)).toContain('防潮堤');
    const gbk = Uint8Array.from([
      ...latin1('<meta charset="gbk"><p>'),
      0xb7,
      0xc0,
      0xb3,
      0xb1,
      0xb5,
      0xcc,
      ...latin1('</p>'),
    ]);
    expect(decodeHtml(gbk)).toContain('防潮堤');
  });

  it('uses a byte-order mark before anything the page says, including UTF-16', () => {
    const utf8 = Uint8Array.from([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(page('<meta charset="windows-1252">', 'Café')),
    ]);
    expect(decodeHtml(utf8)).toContain('Café');
    const text = page('', 'Café');
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) utf16[2 + i * 2] = text.charCodeAt(i);
    expect(looksBinary(utf16)).toBe(false);
    expect(decodeHtml(utf16)).toContain('Café');
  });

  it('falls back to windows-1252 when undeclared bytes are not UTF-8, and ignores unknown labels', () => {
    expect(decodeHtml(latin1(page('', 'Caf\xe9')))).toContain('Café');
    expect(decodeHtml(new TextEncoder().encode(page('<meta charset="x-no-such-charset">', 'Café')))).toContain('Café');
    expect(decodeHtml(new TextEncoder().encode(page('<meta charset="utf-16">', 'Café')))).toContain('Café');
  });

  it('loads a windows-1252 file from disk as HTML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sourcelight-decode-'));
    const file = join(dir, 'story.html');
    writeFileSync(file, latin1(page('<meta charset="windows-1252">', 'The caf\xe9 reopened.')));
    const input = await loadInput(file);
    expect(input.kind).toBe('html');
    expect(input.content).toContain('The café reopened.');
  });
});
