/**
 * The applicant status page (GET /track/status with a live session) and the lookup that opens a
 * session (POST /track), against a plain node:http hello-world, on a PostgreSQL database of the
 * bench's own. Each server runs in its own process; one autocannon in this process loads them in
 * turn. See bench/README.md.
 */
import crypto from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createFieldCrypto } from '../src/crypto/field-encryption.js'
import { createDb, type DbHandle } from '../src/db/database.js'
import { formatTrackingCode } from '../src/kernel/tracking-code.js'
import { memoryKb, spawnTs, stopAll, type Child } from './lib/child.js'
import { LOAD_OPTIONS, LOAD_USAGE, loadSettings, mib, parseCli, runBench } from './lib/cli.js'
import { cpuMs, postgresCpuMs } from './lib/cpu.js'
import { freePort, waitForStatus } from './lib/http.js'
import { runLoad, stopLoad, type LoadOptions, type LoadResult } from './lib/load.js'
import { createScratchDatabase, dropScratchDatabase, type ScratchDatabase } from './lib/postgres.js'
import { SEED_MOBILE, seedApplication, seedSession } from './lib/seed-application.js'

const SPEC_RATIO = 0.15
const WARMUP_SEC = 2
const STARTUP_MS = 120_000
const CLEANUP_MS = 20_000
const ROOT = fileURLToPath(new URL('..', import.meta.url))
// Fixed secrets for a throw-away database: the bench encrypts and signs with the same ones.
const APP_SECRET = 'zhijian-bench-app-secret-not-for-any-real-use'
const DATA_KEY = crypto.createHash('sha256').update('zhijian bench data encryption key').digest()

const argv = parseCli(
  `npx tsx bench/status-page.ts ${LOAD_USAGE}` +
    ' [--postgres-url postgres://postgres@127.0.0.1:5432] [--skip-lookup]',
  {
    ...LOAD_OPTIONS,
    'postgres-url': { type: 'string', default: 'postgres://postgres@127.0.0.1:5432' },
    'skip-lookup': { type: 'boolean', default: false },
  },
)
const { duration, connections, logLevel } = loadSettings(argv)
const serverUrl = argv['postgres-url']

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhijian-bench-'))

let app: Child | undefined
let database: ScratchDatabase | undefined
let seedDb: DbHandle | undefined

type Target = {
  label: string
  child: Child
  load: Omit<LoadOptions, 'connections' | 'durationSec'>
  /** the status every response must have */
  expect: number
}

async function main(): Promise<number> {
  database = await createScratchDatabase(serverUrl, 'zhijian_bench')
  const env = { ...process.env }
  for (const name of ['DATABASE_URL', 'APP_SECRET', 'DATA_ENCRYPTION_KEY', 'PUBLIC_BASE_URL'])
    delete env[name]
  const hello = spawnTs('hello-world', 'bench/hello-world.ts', {
    cwd: ROOT,
    env: { ...env, PORT: '0' },
  })
  const appPort = await freePort()
  const appUrl = `http://127.0.0.1:${appPort}`
  app = spawnTs('app', 'src/main.ts', {
    cwd: ROOT,
    env: {
      ...env,
      NODE_ENV: 'development',
      DATABASE_URL: database.url,
      APP_SECRET,
      DATA_ENCRYPTION_KEY: DATA_KEY.toString('base64'),
      DATA_DIR: dataDir,
      PORT: String(appPort),
      LOG_LEVEL: logLevel,
    },
  })
  // The app migrates the database before it listens.
  const [helloPort] = await Promise.all([
    hello.waitForLine((l) => /^READY (\d+)$/.exec(l)?.[1], STARTUP_MS).then(Number),
    waitForStatus(`${appUrl}/healthz`, 200, STARTUP_MS, app.exited),
  ])
  hello.discardOutput()
  app.discardOutput()

  seedDb = createDb({ databaseUrl: database.url, poolSize: 2 })
  const now = new Date()
  const seeded = await seedApplication(seedDb.db, createFieldCrypto(DATA_KEY), APP_SECRET, now)
  const token = await seedSession(seedDb.db, seeded.applicationId, now)
  const code = formatTrackingCode(seeded.trackingCode)

  // A browser back on its status page carries both cookies: the session and the form token's.
  const csrf = await csrfPair(`${appUrl}/track`)
  const statusHeaders = { cookie: `zj_track=${token}; zj_csrf=${csrf.cookie}` }
  await checkStatusPage(`${appUrl}/track/status`, statusHeaders, code)
  const lookup = {
    method: 'POST' as const,
    headers: {
      cookie: `zj_csrf=${csrf.cookie}`,
      'content-type': 'application/x-www-form-urlencoded',
    },
    body: new URLSearchParams({
      _csrf: csrf.token,
      code,
      digits: SEED_MOBILE.slice(-4),
      website: '',
    }).toString(),
  }
  await checkLookup(`${appUrl}/track`, lookup)
  const sessionsBefore = await countSessions(seedDb)
  const before = memoryKb(app.pid)

  console.log(
    `zhijian bench:status — node ${process.version}, ${os.availableParallelism()} cores, ` +
      `${connections} connections, pipelining 1, ${WARMUP_SEC} s warm-up + ${duration} s per target, ` +
      `LOG_LEVEL=${logLevel}, PostgreSQL database ${database.name}`,
  )
  const targets: Target[] = [
    {
      label: 'hello-world /',
      child: hello,
      load: { url: `http://127.0.0.1:${helloPort}/` },
      expect: 200,
    },
    {
      label: 'GET /track/status',
      child: app,
      load: { url: `${appUrl}/track/status`, headers: statusHeaders },
      expect: 200,
    },
    { label: 'POST /track', child: app, load: { url: `${appUrl}/track`, ...lookup }, expect: 303 },
  ]
  if (argv['skip-lookup']) targets.pop()
  const rows: Row[] = []
  for (const t of targets) {
    const warm = await runLoad({ ...t.load, connections, durationSec: WARMUP_SEC })
    const cpuBefore = { own: cpuMs(t.child.pid), pg: postgresCpuMs() }
    const r = await runLoad({ ...t.load, connections, durationSec: duration })
    const cpu = {
      own: perRequestUs(cpuBefore.own, cpuMs(t.child.pid), r.completed),
      pg: t.child === hello ? undefined : perRequestUs(cpuBefore.pg, postgresCpuMs(), r.completed),
    }
    if (t.child.hasExited()) throw new Error(`${t.child.name} exited during the run`)
    const wanted = (x: LoadResult) => x.statusCounts[String(t.expect)] ?? 0
    r.errors += warm.errors
    const responses = warm.completed + r.completed
    rows.push({ t, r, cpu, responses, unexpected: responses - wanted(warm) - wanted(r) })
    if (t.expect === 303) {
      // Each 303 is a lookup that created a session row. A request still in flight when a run
      // stops creates its row without being counted: at most `connections` per run.
      const created = (await countSessions(seedDb)) - sessionsBefore
      const redirected = wanted(warm) + wanted(r)
      console.log(`lookup: ${redirected} × 303 received, ${created} session rows created`)
      if (created < redirected || created > redirected + 2 * connections)
        console.warn('WARNING: session rows do not match the 303 responses')
    }
  }
  const after = memoryKb(app.pid)

  const base = rows[0]!.r.requestsPerSec
  const pct = (r: LoadResult) => (base > 0 ? (100 * r.requestsPerSec) / base : 0)
  console.log()
  console.log(
    row(
      'target',
      'req/s',
      'p99 ms',
      'errors/unexpected',
      'vs hello-world',
      'CPU µs/req server + pg',
    ),
  )
  for (const { t, r, cpu, unexpected } of rows) {
    const rps = Math.round(r.requestsPerSec).toLocaleString('en-US')
    const p99 = r.p99Ms.toFixed(1)
    const vs = t.child === hello ? '100 %' : `${pct(r).toFixed(1)} %`
    const us = (v: number | undefined) => (v === undefined ? '–' : Math.round(v).toString())
    const cpuText = t.child === hello ? us(cpu.own) : `${us(cpu.own)} + ${us(cpu.pg)}`
    console.log(
      row(`${t.label} (${t.expect})`, rps, p99, `${r.errors} / ${unexpected}`, vs, cpuText),
    )
  }
  const status = pct(rows[1]!.r)
  console.log()
  console.log(
    `SPEC: status page ≥ ${SPEC_RATIO * 100} % of hello-world req/s — ` +
      `${status >= SPEC_RATIO * 100 ? 'MET' : 'MISSED'} (${status.toFixed(1)} %)`,
  )
  console.log(
    `app RSS: before ${mib(before?.rss)}, after ${mib(after?.rss)}, peak ${mib(after?.peak)}`,
  )

  const failed = rows.filter((x) => x.r.errors + x.unexpected > 0 || x.responses === 0)
  if (failed.length > 0) {
    console.error(`FAIL: requests errored on ${failed.map((f) => f.t.label).join(', ')}`)
    return 1
  }
  return 0
}

type Row = {
  t: Target
  r: LoadResult
  /** CPU time per completed request of the measured run, µs: the server's own and PostgreSQL's */
  cpu: { own: number | undefined; pg: number | undefined }
  responses: number
  unexpected: number
}

function perRequestUs(before: number | undefined, after: number | undefined, requests: number) {
  if (before === undefined || after === undefined || requests === 0) return undefined
  return ((after - before) * 1000) / requests
}

/** One request before the load: the session works and the page is the applicant's status page. */
async function checkStatusPage(url: string, headers: Record<string, string>, code: string) {
  const res = await fetch(url, { headers, redirect: 'manual' })
  const html = await res.text()
  if (res.status !== 200 || !html.includes('办理进度') || !html.includes(code)) {
    throw new Error(
      `GET /track/status answered ${res.status} ${res.headers.get('location') ?? ''}` +
        ' without the status page of the seeded application',
    )
  }
}

/** The CSRF cookie and the matching form token, as a browser gets them from the lookup page. */
async function csrfPair(url: string): Promise<{ cookie: string; token: string }> {
  const res = await fetch(url)
  const html = await res.text()
  const cookie = res.headers
    .getSetCookie()
    .map((c) => /^zj_csrf=([^;]+)/.exec(c)?.[1])
    .find((v) => v !== undefined)
  const token = /<input[^>]*name="_csrf"[^>]*value="([^"]+)"/.exec(html)?.[1]
  if (res.status !== 200 || !cookie || !token)
    throw new Error(`GET /track answered ${res.status} without a zj_csrf cookie and _csrf field`)
  return { cookie, token }
}

/** One lookup before the load: it must succeed (303 to the status page, with a session cookie). */
async function checkLookup(url: string, req: Pick<LoadOptions, 'headers' | 'body'>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: req.headers,
    body: req.body,
    redirect: 'manual',
  })
  await res.arrayBuffer()
  const session = res.headers.getSetCookie().some((c) => /^zj_track=[\w-]{43};/.test(c))
  if (res.status !== 303 || res.headers.get('location') !== '/track/status' || !session)
    throw new Error(`POST /track answered ${res.status} instead of a lookup that opens a session`)
}

async function countSessions(handle: DbHandle): Promise<number> {
  const { n } = await handle.db
    .selectFrom('applicant_sessions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow()
  return Number(n)
}

function row(...cells: string[]): string {
  const widths = [24, 10, 9, 20, 17, 25]
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('')
}

async function cleanup(code: number): Promise<number> {
  stopLoad()
  await stopAll()
  await seedDb?.close().catch(() => undefined)
  if (database) {
    try {
      await dropScratchDatabase(serverUrl, database.name)
    } catch (err) {
      console.error(`bench:status: could not drop database ${database.name}: ${String(err)}`)
      if (code === 0) code = 1
    }
  }
  rmSync(dataDir, { recursive: true, force: true })
  return code
}

runBench({
  name: 'bench:status',
  limitMs: STARTUP_MS + 30_000 + 3 * (WARMUP_SEC + duration + 15) * 1000,
  main,
  tail: () => app && { title: 'app stderr / log tail', lines: app.diagnostics() },
  cleanup,
  // Clean-up is bounded too: a hung database never keeps the bench alive.
  cleanupMs: CLEANUP_MS,
})
