import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';

/** Unit tests: engine, page code (linkedom/happy-dom), settings, CLI, popup model. */
export default defineConfig({
  plugins: [preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 60_000,
    reporters: ['default'],
  },
});
