import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Gzip size of what each extension context loads (its entry plus every file it imports), printed after
 * every build and saved to dist/bundle-sizes.json.
 */

export const CONTEXT_ENTRIES = {
  content: 'src/content/index.js',
  background: 'service-worker-loader.js',
  popup: 'src/popup/index.html',
  options: 'src/options/index.html',
} as const;

export interface ContextSize {
  context: string;
  files: string[];
  bytes: number;
  gzip: number;
}

const JS_IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["']([./][^"']+)["']/g;
const HTML_ASSET = /\b(?:src|href)="([^"]+\.(?:js|css))"/g;

function dependencies(dist: string, file: string): string[] {
  const text = readFileSync(join(dist, file), 'utf8');
  const re = file.endsWith('.html') ? HTML_ASSET : JS_IMPORT;
  const out: string[] = [];
  for (const m of text.matchAll(re)) {
    const spec = m[1] ?? '';
    const path = spec.startsWith('/') ? normalize(spec.slice(1)) : normalize(join(dirname(file), spec));
    if (existsSync(join(dist, path))) out.push(path);
  }
  return out;
}

export function measureContext(dist: string, context: string, entry: string): ContextSize {
  const seen = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file) || !existsSync(join(dist, file))) continue;
    seen.add(file);
    queue.push(...dependencies(dist, file));
  }
  let bytes = 0;
  let gzip = 0;
  for (const file of seen) {
    const data = readFileSync(join(dist, file));
    bytes += data.length;
    gzip += gzipSync(data, { level: 9 }).length;
  }
  return { context, files: [...seen].sort(), bytes, gzip };
}

export function measureAll(dist: string): ContextSize[] {
  return Object.entries(CONTEXT_ENTRIES).map(([context, entry]) => measureContext(dist, context, entry));
}

export function formatSizes(sizes: ContextSize[], dist: string): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const rows = sizes.map(
    (s) =>
      `  ${s.context.padEnd(11)} ${kb(s.bytes).padStart(9)}   gzip ${kb(s.gzip).padStart(8)}   (${s.files.length} files)`,
  );
  return `Bundle sizes per context (${relative(process.cwd(), dist) || '.'}):\n${rows.join('\n')}`;
}

export function reportBundleSizes(): Plugin {
  let outDir = 'dist';
  return {
    name: 'sourcelight-bundle-sizes',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      order: 'post',
      handler() {
        const sizes = measureAll(outDir);
        console.log(`\n${formatSizes(sizes, outDir)}`);
        writeFileSync(join(outDir, 'bundle-sizes.json'), `${JSON.stringify(sizes, null, 2)}\n`);
      },
    },
  };
}
