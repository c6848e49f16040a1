import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Relative base so the built folder works from any static host or sub-path.
  base: './',
  build: { outDir: 'dist', target: 'es2022' },
  worker: { format: 'es' },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
  },
});
