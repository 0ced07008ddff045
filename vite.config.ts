import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import manifest from './manifest.json' with { type: 'json' };
import { reportBundleSizes } from './scripts/bundle-sizes';

/**
 * One build of the extension from the root manifest.json. The content script is a standalone IIFE: it runs
 * on every page, so it must load without a module loader or web-accessible chunks.
 */
export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest, contentScripts: { standaloneFiles: ['src/content/index.ts'] } }),
    reportBundleSizes(),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'chrome120',
    sourcemap: false,
    modulePreload: false,
  },
  server: { port: 5173, strictPort: true, hmr: { port: 5173 } },
});
