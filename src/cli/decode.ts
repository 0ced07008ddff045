/**
 * Bytes of a saved page → text, the way a browser would pick the encoding: a byte-order mark first, then
 * the HTTP charset, then a <meta charset>, <meta http-equiv> or XML declaration in the first 8 KB. With
 * none of them, valid UTF-8 is UTF-8 and anything else is read as windows-1252 (what browsers fall back
 * to for legacy Western pages), never as a page of replacement characters.
 */
const PRESCAN_BYTES = 8192;

function fromBom(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/** The charset a page declares for itself, if any. */
export function declaredCharset(bytes: Uint8Array, contentType?: string | null): string | null {
  const fromHeader = /charset\s*=\s*["']?([\w:.-]+)/i.exec(contentType ?? '')?.[1];
  if (fromHeader) return fromHeader.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, PRESCAN_BYTES));
  const label =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml[^>]+encoding\s*=\s*["']([\w:.-]+)/i.exec(head)?.[1];
  if (!label) return null;
  // A page that declares UTF-16 in ASCII-compatible bytes is really UTF-8 (HTML spec, prescan).
  return /^utf-?16/i.test(label) ? 'utf-8' : label.toLowerCase();
}

/** windows-1252's letters and punctuation at 0x80–0x9F (curly quotes, dashes, €, Š...); 0 = unassigned. */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/**
 * Node's TextDecoder decodes windows-1252 (and the labels mapped to it: iso-8859-1, latin1, ascii) as
 * plain Latin-1, so 0x93 comes out as a C1 control instead of “ (https://github.com/nodejs/node/issues/56542).
 */
function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80];
    return mapped ? String.fromCharCode(mapped) : c;
  });
}

function decodeWith(label: string, bytes: Uint8Array): string | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null; // a label TextDecoder does not know
  }
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? fixCp1252(text) : text;
}

export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  const bom = fromBom(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes); // TextDecoder drops the BOM itself
  const declared = declaredCharset(bytes, contentType);
  const text = declared ? decodeWith(declared, bytes) : null;
  if (text !== null) return text;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWith('windows-1252', bytes) ?? '';
  }
}

/** True when the bytes look like a binary file rather than text or HTML. */
export function looksBinary(bytes: Uint8Array): boolean {
  if (fromBom(bytes)?.startsWith('utf-16')) return false; // UTF-16 text is full of zero bytes
  const sample = bytes.subarray(0, 2048);
  let control = 0;
  for (const b of sample) if (b === 0 || b < 9) control++;
  return control > 0 && control / Math.max(1, sample.length) > 0.001;
}
