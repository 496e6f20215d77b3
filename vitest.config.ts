import { defineConfig } from 'vitest/config'

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'hono/jsx' } } }

/**
 * Three projects: `unit` (pure modules, no database), `integration` (the app through app.request()
 * against a real database: PGlite by default, PostgreSQL when DATABASE_URL is set) and `e2e`
 * (Debian Chromium driven by playwright-core against a real server). `npm test` runs the first two.
 *
 * Speed (docs/decisions/028-test-workers-keep-modules.md): `isolate: false` lets each worker keep
 * the app's modules and PGlite's compiled WebAssembly from one test file to the next instead of
 * loading them again per file, which cost more than the tests themselves; every file still gets a
 * database of its own. One worker per core: vitest's default (cores − 1) leaves one of a 2-core
 * runner's cores idle while tests wait on PostgreSQL and child processes.
 */
export default defineConfig({
  test: {
    maxWorkers: '100%',
    projects: [
      {
        ...jsx,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          isolate: false,
        },
      },
      {
        ...jsx,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          environment: 'node',
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          isolate: false,
        },
      },
      {
        ...jsx,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.{ts,tsx}'],
          environment: 'node',
          globalSetup: ['test/helpers/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          // Files run side by side: each starts its own server, database and Chromium.
          isolate: false,
        },
      },
    ],
  },
})
