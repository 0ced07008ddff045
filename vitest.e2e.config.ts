import { defineConfig } from 'vitest/config';

/** End-to-end tests: dist/ in Debian's Chromium (playwright-core) and dist-firefox/ in Firefox ESR (puppeteer-core, BiDi). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
    pool: 'forks',
    reporters: ['default'],
  },
});
