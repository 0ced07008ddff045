import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_TEXT_CHARS } from '../../../src/cli/limits';
import { runCli } from '../../../src/cli/run';

/**
 * The CLI on bad input: missing files, folders, binary files, huge files, unreachable and odd URLs, and a
 * JSONL batch full of bad lines. Every failure is one readable sentence; a bad batch line gets its own error
 * (with its line number and id) and the batch goes on with exactly one output line per input line.
 */

async function cli(args: string[], stdin = '') {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on('data', (c) => out.push(String(c)));
  stderr.on('data', (c) => err.push(String(c)));
  const code = await runCli(args, { stdin: Readable.from([stdin]), stdout, stderr });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

const dir = mkdtempSync(join(tmpdir(), 'sourcelight-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};

let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/broken') {
      res.writeHead(500, 'Internal Server Error');
      res.end('oops');
    } else if (req.url === '/picture') {
      res.writeHead(200, { 'content-type': 'image/png' });
      res.end(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    } else if (req.url === '/endless') {
      // No content-length: the size is only known while reading.
      res.writeHead(200, { 'content-type': 'text/html' });
      const chunk = `<p>${'x'.repeat(1024 * 1024)}</p>`;
      let sent = 0;
      const push = () => {
        while (sent < 25 && res.write(chunk)) sent++;
        if (sent >= 25) res.end();
        else res.once('drain', push);
      };
      push();
    } else {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<html><body><article><p>“It works,” said Ann Lee on Monday.</p></article></body></html>');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', () => done()));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((done) => probe.close(done));
});

afterAll(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the CLI on bad files', () => {
  it('names a missing file', async () => {
    const r = await cli([join(dir, 'nope.html')]);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(r.stderr).toBe(`sourcelight: No such file: ${join(dir, 'nope.html')}\n`);
  });

  it('says a folder is a folder', async () => {
    const r = await cli([dir]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`sourcelight: ${dir} is a folder, not a file\n`);
  });

  it('refuses a binary file', async () => {
    const path = file('photo.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    const r = await cli([path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`sourcelight: ${path} looks like a binary file, not HTML or text\n`);
  });

  it('refuses a huge file before reading it', async () => {
    const path = file('huge.html', '');
    truncateSync(path, 21 * 1024 * 1024); // sparse: no 21 MB written
    const r = await cli([path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`sourcelight: ${path} is 21.0 MB; the limit is 20 MB\n`);
  });

  it('refuses text longer than the extension would analyse', async () => {
    const path = file('long.txt', 'The mayor said no. '.repeat(Math.ceil((MAX_TEXT_CHARS + 10) / 19)));
    const r = await cli([path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sourcelight: .*long\.txt: text is 2,000,0\d\d characters; the limit is 2,000,000\n$/);
  });

  it('reads an empty file as an empty text', async () => {
    const r = await cli(['--json', file('empty.txt', '')]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ text: '', quotes: [], sources: [], dates: [] });
  });
});

describe('the CLI on bad URLs', () => {
  it('says why a URL cannot be reached', async () => {
    const r = await cli([`http://127.0.0.1:${closedPort}/story`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `sourcelight: Could not fetch http://127.0.0.1:${closedPort}/story: the connection was refused (ECONNREFUSED)\n`,
    );
  });

  it('reports a server error by its status', async () => {
    const r = await cli([`${base}/broken`]);
    expect(r.stderr).toBe(`sourcelight: Could not fetch ${base}/broken: HTTP 500 Internal Server Error\n`);
  });

  it('refuses what is not a web page', async () => {
    const r = await cli([`${base}/picture`]);
    expect(r.stderr).toBe(`sourcelight: ${base}/picture is not a web page (image/png)\n`);
  });

  it('stops reading a page that passes the size limit, even when the server never said its size', async () => {
    const r = await cli([`${base}/endless`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^sourcelight: http:\/\/127\.0\.0\.1:\d+\/endless is 20\.\d MB; the limit is 20 MB\n$/);
  });

  it('still analyses a good page', async () => {
    const r = await cli(['--json', `${base}/story`]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).quotes).toHaveLength(1);
  });
});

describe('the CLI batch on malformed lines', () => {
  const huge = JSON.stringify({ id: 'huge', text: 'x'.repeat(MAX_TEXT_CHARS + 1) });
  const lines = [
    JSON.stringify({ id: 'good', text: '“We will rebuild,” said Mayor Ana Ruiz on Monday.', published: '2025-03-03' }),
    '{"id": "cut-off", "text": "half a line',
    '',
    'not json at all',
    '[1, 2, 3]',
    JSON.stringify({ id: 'no-text' }),
    JSON.stringify({ id: 'wrong-kind', text: 42 }),
    JSON.stringify({ id: 'wrong-html', html: { tag: 'p' } }),
    huge,
    '\u0000\u0001\u0002\ufffd\ufffd binary garbage',
    JSON.stringify({ id: 'page', html: '<html><body><p>“Fine,” said Bo Kim.</p></body></html>' }),
    JSON.stringify({ id: 'last', text: 'Officials said the bridge would reopen.' }),
    '',
  ];

  it('gives every bad line its own error and goes on, one output line per input line', async () => {
    const r = await cli(['--jsonl', '-'], lines.join('\n'));
    expect(r.code).toBe(0);
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: unknown; error?: string; quotes: unknown[] });
    expect(out.map((o) => o.id)).toEqual([
      'good',
      'cut-off',
      null,
      null,
      'no-text',
      'wrong-kind',
      'wrong-html',
      'huge',
      null,
      'page',
      'last',
    ]);
    expect(out.map((o) => Boolean(o.error))).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    for (const o of out)
      expect(o).toMatchObject({ quotes: expect.any(Array), sources: expect.any(Array), dates: expect.any(Array) });
    expect(out[0]?.quotes).toHaveLength(1);
    expect(out[9]?.quotes).toHaveLength(1);
    const errors = r.stderr.trim().split('\n');
    expect(errors).toEqual([
      expect.stringMatching(/^line 2 \(id "cut-off"\): line is not JSON: /),
      expect.stringMatching(/^line 4: line is not JSON: /),
      'line 5: line is not a JSON object',
      'line 6 (id "no-text"): input has neither "text" nor "html"',
      'line 7 (id "wrong-kind"): "text" must be a string',
      'line 8 (id "wrong-html"): "html" must be a string',
      'line 9 (id "huge"): text is 2,000,001 characters; the limit is 2,000,000',
      expect.stringMatching(/^line 10: line is not JSON: /),
      'analysed 11 documents, 8 with errors',
    ]);
  });

  it('fails before any output when the batch file cannot be read', async () => {
    const r = await cli(['--jsonl', join(dir, 'missing.jsonl')]);
    expect(r).toEqual({ code: 1, stdout: '', stderr: `sourcelight: No such file: ${join(dir, 'missing.jsonl')}\n` });
    const folder = await cli(['--jsonl', dir]);
    expect(folder.stderr).toBe(`sourcelight: ${dir} is a folder, not a file\n`);
  });

  it('reads a binary file as lines that each fail, and finishes', async () => {
    const path = file('binary.jsonl', Buffer.from([0, 1, 2, 10, 0xff, 0xfe, 10, 0x7b, 10]));
    const r = await cli(['--jsonl', path]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(3);
    expect(r.stderr).toMatch(/analysed 3 documents, 3 with errors\n$/);
  });
});
