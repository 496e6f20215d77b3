/**
 * The statistics page and the annual report on 1,000,000 applications (issue 17: the page for a
 * full year p95 < 200 ms; the annual PDF < 2 s). Seeds a scratch PostgreSQL database set-based
 * (bench/lib/seed-queue.ts, then bench/lib/seed-stats.ts), then times buildStats — the service call
 * the page makes, every figure for the year and the same year before, and the charts — and the
 * report PDF. See bench/README.md.
 */
import crypto from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { bootDeps } from '../src/boot.js'
import { loadConfig } from '../src/config.js'
import { createDb } from '../src/db/database.js'
import { migrateToLatest } from '../src/db/migrate.js'
import type { Deps } from '../src/deps.js'
import { todayInChina } from '../src/kernel/china-time.js'
import { figureValue } from '../src/stats/figure-values.js'
import { FIGURES } from '../src/stats/figures/index.js'
import { periodOf, rangeOf, type Period } from '../src/stats/period.js'
import { renderBarChart } from '../src/stats/charts.js'
import { statsReportPdf } from '../src/stats/stats-report.service.js'
import { buildStats } from '../src/stats/stats.service.js'
import { parseCli, positiveInt } from './lib/cli.js'
import { createScratchDatabase, dropScratchDatabase } from './lib/postgres.js'
import { seedApplications, seedStaff } from './lib/seed-queue.js'
import { seedStatsEvents } from './lib/seed-stats.js'

const PAGE_P95_MS = 200
const PDF_MS = 2000
const BATCH = 100_000
const argv = parseCli(
  'npx tsx bench/stats.ts [--rows N=1000000] [--iterations N=30] [--postgres-url …]',
  {
    rows: { type: 'string', default: '1000000' },
    iterations: { type: 'string', default: '30' },
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
  },
)
const rows = positiveInt('rows', argv.rows)
const iterations = positiveInt('iterations', argv.iterations)
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhijian-bench-stats-'))

async function seed(url: string, today: string): Promise<void> {
  const seedDb = createDb({ databaseUrl: url, poolSize: 2 })
  await migrateToLatest(seedDb.db)
  const staff = await seedStaff(seedDb.db)
  const started = performance.now()
  for (let from = 1; from <= rows; from += BATCH)
    await seedApplications(
      seedDb.db,
      { from, to: Math.min(rows, from + BATCH - 1) },
      today,
      staff.reviewers,
    )
  await seedStatsEvents(seedDb.db, 5000, staff.reviewers[0]!)
  console.log(
    `seeded ${rows.toLocaleString('en-US')} applications in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  )
  await seedDb.close()
}

async function main(): Promise<number> {
  const database = await createScratchDatabase(argv['postgres-url'], 'zhijian_bench_stats')
  let deps: Deps | undefined
  try {
    const today = todayInChina(new Date())
    await seed(database.url, today)
    ;({ deps } = await bootDeps(
      loadConfig({
        NODE_ENV: 'development',
        DATABASE_URL: database.url,
        APP_SECRET: 'zhijian-bench-app-secret-not-for-any-real-use',
        DATA_ENCRYPTION_KEY: crypto.randomBytes(32).toString('base64'),
        DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
      }),
    ))
    const year = periodOf({ kind: 'year', year: Number(today.slice(0, 4)) - 1 })
    // cold: a write has committed since the last view, so every figure is counted again
    const cold = await timed(iterations, async () => {
      await noteWrite(deps!)
      return buildStats(deps!, ['leader'], year)
    })
    // warm: nothing written since, the kept figures after one check for a change
    const page = await timed(iterations, () => buildStats(deps!, ['leader'], year))
    const viewer = { id: crypto.randomUUID(), roles: ['leader'] as const, ip: null }
    const pdf = await timed(3, () => statsReportPdf(deps!, { ...viewer, roles: ['leader'] }, year))
    await slowest(deps, year)
    console.log(`load average ${os.loadavg()[0]!.toFixed(2)}`)
    console.log(
      `stats page after a write (buildStats counts everything, ${year.label}): p50 ${cold.p50.toFixed(0)} ms, p95 ${cold.p95.toFixed(0)} ms`,
    )
    console.log(
      `stats page, nothing written since (kept figures): p50 ${page.p50.toFixed(1)} ms, p95 ${page.p95.toFixed(1)} ms`,
    )
    console.log(`annual report PDF: p50 ${pdf.p50.toFixed(0)} ms, max ${pdf.max.toFixed(0)} ms`)
    const ok = page.p95 < PAGE_P95_MS && pdf.max < PDF_MS
    const verdict = (met: boolean) => (met ? 'MET' : 'MISSED')
    console.log(
      `issue 17: page p95 < ${PAGE_P95_MS} ms — kept figures ${verdict(page.p95 < PAGE_P95_MS)}, ` +
        `after a write ${verdict(cold.p95 < PAGE_P95_MS)}; PDF < ${PDF_MS} ms ${verdict(pdf.max < PDF_MS)}`,
    )
    return ok ? 0 : 1
  } finally {
    await deps?.dbHandle.close()
    await dropScratchDatabase(argv['postgres-url'], database.name)
    rmSync(dataDir, { recursive: true, force: true })
  }
}

/** A committed write to a table the figures read: one exchange-log entry ten years back. */
async function noteWrite(deps: Deps) {
  await deps.db
    .insertInto('exchange_log')
    .values({
      exchanged_on: '2000-01-01',
      direction: 'from_court',
      source: 'paper',
      counterpart: 'bench',
      content: 'bench',
      item_count: 1,
      handled_by: (
        await deps.db.selectFrom('staff_accounts').select('id').executeTakeFirstOrThrow()
      ).id,
      recorded_at: new Date(),
    })
    .execute()
}

/** Each figure on its own, and one chart, to show where the page's time goes. */
async function slowest(deps: Deps, year: Period) {
  const ctx = { db: deps.db, calendar: deps.calendar, today: todayInChina(new Date()) }
  const each: [string, number][] = []
  for (const f of FIGURES) {
    const t = await timed(3, () => figureValue(ctx, f, rangeOf(year)))
    each.push([f.id, t.p50])
  }
  const spec = {
    id: 'x',
    title: 't',
    categories: ['1月', '2月'],
    series: [{ name: 'a', data: [1, 2] }],
  }
  each.push([
    'one chart (ECharts SVG)',
    (await timed(5, async () => renderBarChart(spec, 's'))).p50,
  ])
  each.sort((a, b) => b[1] - a[1])
  for (const [id, ms] of each.slice(0, 10)) console.log(`  ${id}: ${ms.toFixed(1)} ms`)
}

async function timed(n: number, fn: () => Promise<unknown>) {
  await fn()
  const samples: number[] = []
  for (let i = 0; i < n; i++) {
    const start = performance.now()
    await fn()
    samples.push(performance.now() - start)
  }
  samples.sort((a, b) => a - b)
  const at = (q: number) =>
    samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)]!
  return { p50: at(0.5), p95: at(0.95), max: samples.at(-1)! }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err)
    process.exit(1)
  },
)
