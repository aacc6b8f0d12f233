import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    setupFiles: ['tests/setup-fast-check.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
