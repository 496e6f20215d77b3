import { defineConfig } from 'vitest/config'

const jsx = { oxc: { jsx: { runtime: 'automatic' as const, importSource: 'hono/jsx' } } }

/**
 * Three projects: `unit` (pure modules, no database), `integration` (the app through app.request()
 * against a real database: PGlite by default, PostgreSQL when DATABASE_URL is set) and `e2e`
 * (Debian Chromium driven by playwright-core against a real server). `npm test` runs the first two.
 */
export default defineConfig({
  test: {
    projects: [
      {
        ...jsx,
        test: { name: 'unit', include: ['test/unit/**/*.test.{ts,tsx}'], environment: 'node' },
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
          fileParallelism: false,
        },
      },
    ],
  },
})
