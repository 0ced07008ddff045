/**
 * Bytes of a saved page → text. Honours a BOM, then the HTTP/meta charset, then falls back to UTF-8;
 * windows-1252 and other legacy pages decode with their declared label.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const label =
    /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ??
    /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  try {
    return new TextDecoder(label.toLowerCase()).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** True when the bytes look like a binary file rather than text or HTML. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 2048);
  let control = 0;
  for (const b of sample) if (b === 0 || (b < 9 && b !== 0)) control++;
  return control > 0 && control / Math.max(1, sample.length) > 0.001;
}
