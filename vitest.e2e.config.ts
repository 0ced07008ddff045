import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built extension in Debian's Chromium, driven by playwright-core. */
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
