import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The two store uploads, from the two builds (run `npm run package`, which builds both first):
 *   packages/sourcelight-chrome-<version>.zip    dist/          → Chrome Web Store
 *   packages/sourcelight-firefox-<version>.zip   dist-firefox/  → addons.mozilla.org
 * Zipped with `web-ext build`, which puts manifest.json at the zip's root and leaves out dot-files; build
 * reports (bundle-sizes.json) are left out too. The version comes from the root manifest.json.
 */

const ROOT = resolve(import.meta.dirname, '..');
const OUT = join(ROOT, 'packages');
const WEB_EXT = join(ROOT, 'node_modules', 'web-ext', 'bin', 'web-ext.js');

const TARGETS = [
  { browser: 'chrome', dir: 'dist', build: 'npm run build' },
  { browser: 'firefox', dir: 'dist-firefox', build: 'npm run build:firefox' },
] as const;

function versionOf(dir: string): string {
  const path = join(ROOT, dir, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${dir}/ is missing: run the build first`);
  return (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
}

function main(): void {
  const expected = (JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as { version: string }).version;
  for (const target of TARGETS) {
    const version = versionOf(target.dir);
    if (version !== expected) {
      throw new Error(`${target.dir}/ is version ${version}, manifest.json says ${expected}: run \`${target.build}\``);
    }
    const filename = `sourcelight-${target.browser}-${version}.zip`;
    const run = spawnSync(
      process.execPath,
      [
        WEB_EXT,
        'build',
        '--source-dir',
        join(ROOT, target.dir),
        '--artifacts-dir',
        OUT,
        '--filename',
        filename,
        '--overwrite-dest',
        '--ignore-files',
        'bundle-sizes.json',
      ],
      { encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`web-ext build failed for ${target.dir}:\n${run.stdout}\n${run.stderr}`);
    const zip = join(OUT, filename);
    console.log(`${relative(ROOT, zip)}  ${(statSync(zip).size / 1024).toFixed(1)} kB  (from ${target.dir}/)`);
  }
}

main();
