/**
 * Supervision leads (issue 15 "Measured"), in one process against PostgreSQL: --cases court cases
 * with --events-per-case events each, generated in SQL; then the time to evaluate every rule on
 * every case (rule results and leads written) as a ratio to one sequential scan of the events table
 * (`select count(*)`) in the same run — target ≤ 20× — and the lead list's p95 over its filters and
 * keyset pages with one lead per case — target < 20 ms (measured at the service, as the route does
 * nothing else but render). Prints ratios; nothing here is asserted in a test. See bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { bootDeps, closeDeps } from '../src/boot.js'
import { loadConfig } from '../src/config.js'
import type { Deps } from '../src/deps.js'
import { evaluateCases } from '../src/leads/evaluation/evaluation.service.js'
import { listLeads } from '../src/leads/lead-view.service.js'
import { parseCli, positiveInt, runBench } from './lib/cli.js'
import { createScratchDatabase, dropScratchDatabase, type ScratchDatabase } from './lib/postgres.js'

const argv = parseCli(
  'npx tsx bench/leads.ts [--cases N=50000] [--events-per-case N=6] [--database-url postgres://…]',
  {
    cases: { type: 'string', default: '50000' },
    'events-per-case': { type: 'string', default: '6' },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
)
const cases = positiveInt('cases', argv.cases)
const perCase = Math.min(6, positiveInt('events-per-case', argv['events-per-case']))
const serverUrl = argv['database-url']
const dir = mkdtempSync(path.join(os.tmpdir(), 'zhijian-bench-leads-'))
let scratch: ScratchDatabase | undefined
let deps: Deps | undefined

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6

/** Every case a 终本 without 约谈 (X04 raises on all, so there is one lead per case). */
async function seed(d: Deps): Promise<void> {
  const staff = await d.db
    .insertInto('staff_accounts')
    .values({
      username: 'bench',
      display_name: '基准测试',
      password_hash: 'x',
      roles: ['reviewer'],
      must_change_password: false,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const preview = {
    sheets: [
      { role: 'cases', columns: [] },
      { role: 'events', columns: [] },
      { role: 'ledger', columns: [] },
    ],
  }
  const batch = await d.db
    .insertInto('exchange_batches')
    .values({
      court_code: '豫0403',
      court_name: '卫东区人民法院',
      status: 'confirmed',
      file_key: 'bench',
      file_name: 'bench.xlsx',
      file_sha256: 'a'.repeat(64),
      file_size: 1,
      file_format: 'xlsx',
      mapping: '{}',
      preview: JSON.stringify(preview),
      report: '{}',
      uploaded_by: staff.id,
      uploaded_at: new Date(),
      confirmed_by: staff.id,
      confirmed_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  await sql`
    insert into court_cases (court_code, case_no, filing_date, applicants, respondents, claim_amount, paid_amount,
      unpaid_amount, closing_method, closing_date, content_hash, first_batch_id, batch_id, source_file_sha256,
      source_sheet, source_row, updated_at)
    select '豫0403', '（2025）豫0403执' || i || '号', date '2025-01-05' + (i % 200), '["甲公司"]', '["乙"]',
      100000 + i, 0, 100000 + i, '终结本次执行程序', date '2025-09-30' + (i % 60), md5(i::text),
      ${batch.id}, ${batch.id}, ${'a'.repeat(64)}, '执行案件', i, now()
    from generate_series(1, ${cases}) i`.execute(d.db)
  const types = [
    '执行通知',
    '报告财产令',
    '限制消费',
    '网络查控(总对总)',
    '终本后网络查询',
    '查封',
  ].slice(0, perCase)
  await sql`
    insert into court_case_events (case_id, event_type, event_label, event_date, scope, content_hash, batch_id,
      source_sheet, source_row)
    select c.id, t.type, t.type, c.filing_date + (t.n * 3)::int, '存款、证券、车辆、不动产、工商', md5(c.id::text || t.type),
      ${batch.id}, '执行措施', c.source_row
    from court_cases c cross join unnest(${types}::text[]) with ordinality as t(type, n)`.execute(
    d.db,
  )
  await sql`analyze`.execute(d.db)
}

async function median(times: number, work: () => Promise<unknown>): Promise<number> {
  const runs: number[] = []
  for (let i = 0; i < times; i++) {
    const start = process.hrtime.bigint()
    await work()
    runs.push(ms(start))
  }
  return runs.sort((a, b) => a - b)[Math.floor(runs.length / 2)]!
}

async function listP95(d: Deps): Promise<{ p95: number; n: number }> {
  const filters = [
    {},
    { rule: 'X04' },
    // a rule no lead has: before the GIN index this read every lead to find none
    { rule: 'X08' },
    { severity: 'low' as const },
    { status: 'pending' as const },
    { court: '豫0403' },
  ]
  const times: number[] = []
  for (const f of filters) {
    let after: string | undefined
    for (let page = 0; page < 40; page++) {
      const start = process.hrtime.bigint()
      const list = await listLeads(d, { ...f, ...(after ? { after } : {}) })
      times.push(ms(start))
      after = list.nextAfter
      if (!after) break
    }
  }
  times.sort((a, b) => a - b)
  return { p95: times[Math.floor(times.length * 0.95)]!, n: times.length }
}

async function main(): Promise<number> {
  scratch = await createScratchDatabase(serverUrl, 'zhijian_bench_leads')
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    DATABASE_URL: scratch.url,
    LOG_LEVEL: 'warn',
  })
  deps = (await bootDeps(config)).deps
  const d = deps
  console.log(
    `zhijian bench:leads — node ${process.version}, ${os.availableParallelism()} cores, PostgreSQL, ${cases.toLocaleString('en-US')} cases × ${perCase} events`,
  )
  await seed(d)
  const scan = await median(3, () => sql`select count(*) from court_case_events`.execute(d.db))
  const start = process.hrtime.bigint()
  const summary = await d.db
    .transaction()
    .execute((trx) =>
      evaluateCases(trx, { now: new Date(), cal: d.calendar.dayInfo(), crypto: d.fieldCrypto }),
    )
  const evaluate = ms(start)
  // the common case: a court's next import re-evaluates every case, most of them unchanged
  const again = process.hrtime.bigint()
  await d.db
    .transaction()
    .execute((trx) =>
      evaluateCases(trx, { now: new Date(), cal: d.calendar.dayInfo(), crypto: d.fieldCrypto }),
    )
  const reevaluate = ms(again)
  console.log(`  events table scan   ${scan.toFixed(1)} ms (median of 3)`)
  console.log(
    `  evaluate all rules  ${evaluate.toFixed(0)} ms for ${summary.cases.toLocaleString('en-US')} cases, ${summary.newLeads.toLocaleString('en-US')} new leads`,
  )
  console.log(
    `  ratio               ${(evaluate / scan).toFixed(1)}× one scan of the events table (target ≤ 20×)`,
  )
  console.log(
    `  re-evaluate         ${reevaluate.toFixed(0)} ms, nothing changed: ${(reevaluate / scan).toFixed(1)}× one scan`,
  )
  const { p95, n } = await listP95(d)
  console.log(`  lead list p95       ${p95.toFixed(1)} ms over ${n} pages (target < 20 ms)`)
  console.log(
    `  load average        ${os.loadavg()[0]!.toFixed(2)} (1 min): a busy machine inflates both`,
  )
  return 0
}

runBench({
  name: 'bench:leads',
  limitMs: 60 * 60_000,
  main,
  cleanupMs: 60_000,
  cleanup: async () => {
    if (deps) await closeDeps(deps).catch(() => undefined)
    if (scratch) await dropScratchDatabase(serverUrl, scratch.name).catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
  },
})
