import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { reportBundleSizes } from './scripts/bundle-sizes';
import { FIREFOX_BUILD_TARGET, firefoxManifest } from './scripts/manifest-firefox';

/**
 * The extension from the root manifest.json, for two browsers from the same sources:
 *   vite build                  → dist/          Chromium (MV3 service worker)
 *   vite build --mode firefox   → dist-firefox/  Firefox (MV3 background script, gecko settings)
 * The content script is a standalone IIFE: it runs on every page, so it must load without a module loader or
 * web-accessible chunks.
 */
export default defineConfig(({ mode }) => {
  const firefox = mode === 'firefox';
  return {
    plugins: [
      preact(),
      crx({
        manifest: firefox ? firefoxManifest(manifest) : manifest,
        browser: firefox ? 'firefox' : 'chrome',
        contentScripts: { standaloneFiles: ['src/content/index.ts'] },
      }),
      reportBundleSizes(),
    ],
    build: {
      outDir: firefox ? 'dist-firefox' : 'dist',
      emptyOutDir: true,
      target: firefox ? FIREFOX_BUILD_TARGET : 'chrome120',
      sourcemap: false,
      modulePreload: false,
    },
    server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
  };
});
