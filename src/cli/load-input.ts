import { readFile } from 'node:fs/promises';
import { decodeHtml, looksBinary } from './decode';

/** A file or URL given on the command line, read as text, with what kind of input it is. */
export interface LoadedInput {
  kind: 'html' | 'text';
  content: string;
  url: string;
}

const MAX_BYTES = 20 * 1024 * 1024;
const FETCH_TIMEOUT_MS = 20_000;

export async function loadInput(target: string): Promise<LoadedInput> {
  if (/^https?:\/\//i.test(target)) {
    let response: Response;
    try {
      response = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
    } catch (error) {
      throw new Error(`Could not fetch ${target}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!response.ok) throw new Error(`Could not fetch ${target}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new Error(`${target} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
    return {
      kind: 'html',
      content: decodeHtml(bytes, response.headers.get('content-type')),
      url: response.url || target,
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(target);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(
      code === 'ENOENT' ? `No such file: ${target}` : `Could not read ${target}: ${(error as Error).message}`,
    );
  }
  if (bytes.length > MAX_BYTES) throw new Error(`${target} is larger than ${MAX_BYTES / 1024 / 1024} MB`);
  if (looksBinary(bytes)) throw new Error(`${target} looks like a binary file, not HTML or text`);
  const isHtml =
    /\.x?html?$/i.test(target) || /^\s*<(?:!doctype|html|head|body)/i.test(decodeHtml(bytes.subarray(0, 1024)));
  return {
    kind: isHtml ? 'html' : 'text',
    // Text files get the same encoding rules: a BOM, else UTF-8, else windows-1252.
    content: decodeHtml(bytes),
    url: `file://${target}`,
  };
}
