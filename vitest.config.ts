import { defineConfig } from 'vitest/config';

// Medium tests run against a real database: embedded PGlite by default, the PostgreSQL
// server named by DATABASE_URL otherwise. The global setup migrates a template once; each
// test file gets its own copy (see test/support/database.ts).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    globalSetup: ['test/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
