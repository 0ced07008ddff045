import { readFile, stat } from 'node:fs/promises';
import { decodeHtml, looksBinary } from './decode';
import { MAX_PAGE_BYTES, tooLargePage } from './limits';

/** A file or URL given on the command line, read as text, with what kind of input it is. */
export interface LoadedInput {
  kind: 'html' | 'text';
  content: string;
  url: string;
}

const FETCH_TIMEOUT_MS = 20_000;

/** Node's network error codes, in words. */
const NETWORK_ERRORS: Record<string, string> = {
  ECONNREFUSED: 'the connection was refused',
  ENOTFOUND: 'the host was not found',
  EAI_AGAIN: 'the host name could not be resolved',
  ECONNRESET: 'the connection was reset',
  ETIMEDOUT: 'the connection timed out',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  CERT_HAS_EXPIRED: 'the certificate has expired',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the certificate is self-signed',
};

function fetchFailure(target: string, error: unknown): Error {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e.name === 'TimeoutError')
    return new Error(`Could not fetch ${target}: no answer within ${FETCH_TIMEOUT_MS / 1000} s`);
  const code = e.cause?.code;
  const why = (code && NETWORK_ERRORS[code]) ?? e.cause?.message ?? e.message ?? String(error);
  return new Error(`Could not fetch ${target}: ${why}${code ? ` (${code})` : ''}`);
}

/** The body, read in chunks and refused as soon as it passes the limit (a server may not say its size). */
async function readCapped(response: Response, target: string): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? Number.NaN);
  if (declared > MAX_PAGE_BYTES) throw new Error(tooLargePage(target, declared));
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  if (!reader) return new Uint8Array(0);
  for (let part = await reader.read(); !part.done; part = await reader.read()) {
    size += part.value.byteLength;
    if (size > MAX_PAGE_BYTES) {
      await reader.cancel();
      throw new Error(tooLargePage(target, size));
    }
    chunks.push(part.value);
  }
  return Buffer.concat(chunks);
}

async function loadUrl(target: string): Promise<LoadedInput> {
  let response: Response;
  try {
    response = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(FETCH_TIMEOUT_MS) });
  } catch (error) {
    throw fetchFailure(target, error);
  }
  if (!response.ok) throw new Error(`Could not fetch ${target}: HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type');
  if (type && !/^\s*(?:text\/|application\/(?:xhtml\+)?xml)/i.test(type)) {
    await response.body?.cancel();
    throw new Error(`${target} is not a web page (${type.split(';')[0]?.trim()})`);
  }
  let bytes: Uint8Array;
  try {
    bytes = await readCapped(response, target);
  } catch (error) {
    if ((error as Error).message.includes('the limit is')) throw error;
    throw fetchFailure(target, error);
  }
  if (looksBinary(bytes)) throw new Error(`${target} looks like a binary file, not HTML or text`);
  return { kind: 'html', content: decodeHtml(bytes, type), url: response.url || target };
}

async function loadFile(target: string): Promise<LoadedInput> {
  let size: number;
  try {
    const info = await stat(target);
    if (info.isDirectory()) throw new Error(`${target} is a folder, not a file`);
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new Error(`No such file: ${target}`);
    if (code === 'EACCES') throw new Error(`Not allowed to read ${target}`);
    throw error instanceof Error && !code ? error : new Error(`Could not read ${target}: ${(error as Error).message}`);
  }
  if (size > MAX_PAGE_BYTES) throw new Error(tooLargePage(target, size));
  let bytes: Uint8Array;
  try {
    bytes = await readFile(target);
  } catch (error) {
    throw new Error(`Could not read ${target}: ${(error as Error).message}`);
  }
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

export function loadInput(target: string): Promise<LoadedInput> {
  return /^https?:\/\//i.test(target) ? loadUrl(target) : loadFile(target);
}
