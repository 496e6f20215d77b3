/**
 * Court exchange import (issue: 法检信息交换), in one process against PostgreSQL: a synthetic export
 * of --cases cases with their events and ledger rows, as .xlsx (three sheets) and as CSV (the flat
 * one-sheet layout), timed per stage — parse, validate (the preview), store (confirmation) — and the
 * whole import as a ratio to a bare PostgreSQL COPY of the same parsed rows in the same run; then a
 * second .xlsx batch in which 10 % of the cases changed. Prints RSS growth while importing.
 * Targets: RSS growth < 250 MB; whole import ≥ 20 % of the COPY rate, the second batch too.
 * See bench/README.md.
 */
import {
  chmodSync,
  createReadStream,
  createWriteStream,
  mkdtempSync,
  openAsBlob,
  rmSync,
  statSync,
} from 'node:fs'
import { once } from 'node:events'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { bootDeps, closeDeps } from '../src/boot.js'
import { loadConfig } from '../src/config.js'
import type { Deps } from '../src/deps.js'
import { confirmBatch } from '../src/exchange/import/exchange-confirm.service.js'
import { uploadBatch } from '../src/exchange/import/exchange-upload.service.js'
import { detectFormat } from '../src/exchange/import/format-detect.js'
import { previewImport } from '../src/exchange/import/import-preview.js'
import { walkFile } from '../src/exchange/import/import-walk.js'
import { EMPTY_MAPPING } from '../src/exchange/import/sheet-layout.js'
import { readSheets, type FileSource } from '../src/exchange/import/workbook-read.js'
import type { StaffActor } from '../src/staff/staff-actor.js'
import { parseCli, positiveInt, runBench } from './lib/cli.js'
import { writeCsvExport, writeXlsxExport, type ExportSize } from './lib/exchange-export.js'
import { createScratchDatabase, dropScratchDatabase, type ScratchDatabase } from './lib/postgres.js'

const argv = parseCli(
  'npx tsx bench/exchange-import.ts [--cases N=50000] [--events-per-case N=6] [--database-url postgres://…]',
  {
    cases: { type: 'string', default: '50000' },
    'events-per-case': { type: 'string', default: '6' },
    'database-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432/postgres' },
  },
)
const size: ExportSize = {
  cases: positiveInt('cases', argv.cases),
  eventsPerCase: Math.min(6, positiveInt('events-per-case', argv['events-per-case'])),
  ledgerPerCase: 1,
}
const serverUrl = argv['database-url']
const dir = mkdtempSync(path.join(os.tmpdir(), 'zhijian-bench-exchange-'))
chmodSync(dir, 0o755) // the PostgreSQL server reads the COPY files from here
let scratch: ScratchDatabase | undefined
let deps: Deps | undefined

const seconds = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e9
const rate = (rows: number, s: number) => `${Math.round(rows / s).toLocaleString('en-US')} rows/s`
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`

function fileSource(file: string): FileSource {
  const open = () => createReadStream(file)
  return {
    name: path.basename(file),
    size: statSync(file).size,
    open,
    readAll: () => Promise.reject(new Error('not .xls')),
  }
}

/** Peak RSS while `work` runs, sampled every 20 ms, against the RSS just before it. */
async function withRss<T>(work: () => Promise<T>): Promise<{ value: T; growth: number }> {
  const base = process.memoryUsage.rss()
  let peak = base
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20)
  try {
    const value = await work()
    return { value, growth: Math.max(peak, process.memoryUsage.rss()) - base }
  } finally {
    clearInterval(timer)
  }
}

async function stageParse(file: string, detected: Awaited<ReturnType<typeof detectFormat>>) {
  const start = process.hrtime.bigint()
  let rows = 0
  for await (const sheet of readSheets(
    fileSource(file),
    detected.format,
    detected.encoding,
    10_000_000,
  )) {
    for await (const _ of sheet.rows) rows += 1
  }
  return { rows, s: seconds(start) }
}

async function stageValidate(file: string, detected: Awaited<ReturnType<typeof detectFormat>>) {
  const start = process.hrtime.bigint()
  const preview = await previewImport(fileSource(file), detected, EMPTY_MAPPING, {
    maxRows: 10_000_000,
    today: new Date(),
    knownCaseNos: new Set(),
  })
  return { preview, s: seconds(start) }
}

/** Writes the parsed rows as CSV for COPY (not timed), then COPYs them into bare tables (timed). */
async function copyBaseline(
  d: Deps,
  file: string,
  detected: Awaited<ReturnType<typeof detectFormat>>,
  tag: string,
) {
  const files = {
    cases: path.join(dir, `${tag}-cases.csv`),
    events: path.join(dir, `${tag}-events.csv`),
    ledger: path.join(dir, `${tag}-ledger.csv`),
  }
  const out = {
    cases: createWriteStream(files.cases),
    events: createWriteStream(files.events),
    ledger: createWriteStream(files.ledger),
  }
  const q = (v: unknown) =>
    v === null || v === undefined ? '' : `"${String(v).replace(/"/g, '""')}"`
  const put = async (s: typeof out.cases, cells: unknown[]) => {
    if (!s.write(cells.map(q).join(',') + '\n')) await once(s, 'drain')
  }
  const caseId = '00000000-0000-4000-8000-000000000000'
  const ev = (e: {
    eventType: string
    eventLabel: string
    date: string
    endDate: string | null
    amount: string | null
    sheet: string
    row: number
  }) =>
    put(out.events, [
      caseId,
      e.eventType,
      e.eventLabel,
      e.date,
      e.endDate,
      e.amount,
      'h',
      caseId,
      e.sheet,
      e.row,
    ])
  const opts = {
    maxRows: 10_000_000,
    today: new Date(),
    roles: ['cases', 'events', 'ledger'] as const,
  }
  await walkFile(fileSource(file), detected, EMPTY_MAPPING, opts, {
    onReject: () => undefined,
    onCase: async (c) => {
      const v = c.values
      await put(out.cases, [
        '豫0403',
        c.caseNo,
        v.filingDate,
        JSON.stringify(v.applicants),
        JSON.stringify(v.respondents),
        v.claimAmount,
        v.paidAmount,
        v.closingMethod,
        v.closingMethodRaw,
        v.closingDate,
        v.judge,
        'h',
        caseId,
        caseId,
        'h',
        c.sheet,
        c.row,
        new Date().toISOString(),
      ])
      for (const e of c.flatEvents) await ev(e)
    },
    onEvent: ev,
    onLedger: (l) =>
      put(out.ledger, [
        caseId,
        l.txnNo,
        l.direction,
        l.date,
        l.amount,
        l.counterparty,
        'h',
        caseId,
        l.sheet,
        l.row,
      ]),
  })
  await Promise.all(Object.values(out).map((s) => (s.end(), once(s, 'finish'))))
  await sql`drop table if exists bench_copy_cases, bench_copy_events, bench_copy_ledger`.execute(
    d.db,
  )
  await sql`create table bench_copy_cases (like court_cases including defaults)`.execute(d.db)
  await sql`create table bench_copy_events (like court_case_events including defaults)`.execute(
    d.db,
  )
  await sql`create table bench_copy_ledger (like court_ledger_rows including defaults)`.execute(
    d.db,
  )
  const start = process.hrtime.bigint()
  await sql
    .raw(
      `copy bench_copy_cases (court_code, case_no, filing_date, applicants, respondents, claim_amount, paid_amount, closing_method, closing_method_raw, closing_date, judge, content_hash, first_batch_id, batch_id, source_file_sha256, source_sheet, source_row, updated_at) from '${files.cases}' with (format csv)`,
    )
    .execute(d.db)
  await sql
    .raw(
      `copy bench_copy_events (case_id, event_type, event_label, event_date, end_date, amount, content_hash, batch_id, source_sheet, source_row) from '${files.events}' with (format csv)`,
    )
    .execute(d.db)
  await sql
    .raw(
      `copy bench_copy_ledger (case_id, txn_no, direction, txn_date, amount, counterparty, content_hash, batch_id, source_sheet, source_row) from '${files.ledger}' with (format csv)`,
    )
    .execute(d.db)
  return seconds(start)
}

async function importThroughService(d: Deps, actor: StaffActor, file: string) {
  const form = new FormData()
  form.append('court', '豫0403')
  form.append('file', new File([await openAsBlob(file)], path.basename(file)))
  const request = new Request('http://bench/staff/exchange/batches', { method: 'POST', body: form })
  const t0 = process.hrtime.bigint()
  const uploaded = await uploadBatch(d, actor, request)
  if (!uploaded.ok) throw new Error(`upload refused: ${JSON.stringify(uploaded.errors)}`)
  const uploadS = seconds(t0)
  const t1 = process.hrtime.bigint()
  const report = await confirmBatch(d, actor, uploaded.batchId)
  return { uploadS, confirmS: seconds(t1), report }
}

async function measure(d: Deps, actor: StaffActor, label: string, file: string, tag: string) {
  const detected = await detectFormat(fileSource(file))
  const parse = await stageParse(file, detected)
  const validate = await stageValidate(file, detected)
  const copyS = await copyBaseline(d, file, detected, tag)
  const { value, growth } = await withRss(() => importThroughService(d, actor, file))
  const total = value.uploadS + value.confirmS
  const rows = value.report.accepted
  console.log(
    `\n${label}: ${mb(statSync(file).size)}, ${parse.rows.toLocaleString('en-US')} sheet rows, ${rows.toLocaleString('en-US')} records (cases + events + ledger)`,
  )
  console.log(`  parse            ${parse.s.toFixed(1)} s   ${rate(parse.rows, parse.s)}`)
  console.log(
    `  validate         ${validate.s.toFixed(1)} s   ${rate(parse.rows, validate.s)} (the preview, before anything is stored)`,
  )
  console.log(`  upload+preview   ${value.uploadS.toFixed(1)} s`)
  console.log(
    `  confirm (store)  ${value.confirmS.toFixed(1)} s   ${rate(rows, value.confirmS)} (re-reads the file, upserts in chunks of 1,000)`,
  )
  console.log(
    `  report           new ${value.report.newCases}, updated ${value.report.updatedCases}, unchanged ${value.report.unchangedCases}, events +${value.report.newEvents}, ledger +${value.report.newLedgerRows}, rejected ${value.report.rejected}`,
  )
  console.log(`  COPY baseline    ${copyS.toFixed(1)} s   ${rate(rows, copyS)}`)
  console.log(
    `  whole import     ${total.toFixed(1)} s   ${rate(rows, total)} = ${((copyS / total) * 100).toFixed(1)} % of COPY (target ≥ 20 %)`,
  )
  console.log(`  RSS growth       ${mb(growth)} while importing (target < 250 MB)`)
}

async function main(): Promise<number> {
  scratch = await createScratchDatabase(serverUrl, 'zhijian_bench_exchange')
  const config = loadConfig({
    NODE_ENV: 'test',
    DATA_DIR: dir,
    DATABASE_URL: scratch.url,
    LOG_LEVEL: 'warn',
    EXCHANGE_MAX_ROWS: '5000000',
  })
  deps = (await bootDeps(config)).deps
  const staff = await deps.db
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
  const actor: StaffActor = {
    staff: {
      id: staff.id,
      username: 'bench',
      displayName: '基准测试',
      roles: ['reviewer'],
      mustChangePassword: false,
      totpEnabled: false,
      totpRequired: false,
    },
    ip: null,
  }
  console.log(
    `zhijian bench:exchange-import — node ${process.version}, ${os.availableParallelism()} cores, PostgreSQL, ${size.cases.toLocaleString('en-US')} cases × ${size.eventsPerCase} events + ${size.ledgerPerCase} ledger row`,
  )
  const xlsx = path.join(dir, 'export.xlsx')
  const xlsx2 = path.join(dir, 'export-10pct-changed.xlsx')
  const csv = path.join(dir, 'export-flat.csv')
  await writeXlsxExport(xlsx, size)
  await writeXlsxExport(xlsx2, size, 0.1)
  await writeCsvExport(csv, size)
  await measure(deps, actor, 'first batch, .xlsx (three sheets)', xlsx, 'x1')
  await measure(deps, actor, 'second batch, .xlsx, 10 % of cases changed', xlsx2, 'x2')
  await sql`truncate court_cases, court_case_events, court_ledger_rows, court_case_history, court_case_identifiers cascade`.execute(
    deps.db,
  )
  await measure(deps, actor, 'first batch, CSV (flat one-sheet layout)', csv, 'c1')
  return 0
}

runBench({
  name: 'bench:exchange-import',
  limitMs: 60 * 60_000,
  main,
  cleanupMs: 60_000,
  cleanup: async () => {
    if (deps) await closeDeps(deps).catch(() => undefined)
    if (scratch) await dropScratchDatabase(serverUrl, scratch.name).catch(() => undefined)
    rmSync(dir, { recursive: true, force: true })
  },
})
