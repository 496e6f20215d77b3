/**
 * Static public pages (/ and /guide) against a plain node:http hello-world, both in their own
 * process, loaded in turn by the same autocannon in this process. See bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { bytesSent } from './lib/bytes-sent.js'
import { memoryKb, spawnTs, stopAll, type Child } from './lib/child.js'
import { freePort, waitForStatus } from './lib/http.js'
import { runLoad, stopLoad, type LoadResult } from './lib/load.js'
import { LOAD_OPTIONS, LOAD_USAGE, loadSettings, mib, parseCli, runBench } from './lib/cli.js'

const SPEC_RATIO = 0.5
const WARMUP_SEC = 2
const STARTUP_MS = 120_000
const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** What Chrome on Android (and desktop) sends since version 123; Safari on iOS sends `gzip, deflate, br`. */
const PHONE_ACCEPT_ENCODING = 'gzip, deflate, br, zstd'

const argv = parseCli(
  `npm run bench:static -- ${LOAD_USAGE} [--database-url postgres://…] [--accept-encoding "${PHONE_ACCEPT_ENCODING}"|identity]`,
  {
    ...LOAD_OPTIONS,
    'database-url': { type: 'string' },
    'accept-encoding': { type: 'string', default: PHONE_ACCEPT_ENCODING },
  },
)
const acceptEncoding = argv['accept-encoding']
const headers = { 'accept-encoding': acceptEncoding }
const { duration, connections, logLevel } = loadSettings(argv)
const databaseUrl = argv['database-url']

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhijian-bench-'))

let app: Child | undefined

async function main(): Promise<number> {
  const env = { ...process.env }
  delete env.DATABASE_URL
  const hello = spawnTs('hello-world', 'bench/hello-world.ts', {
    cwd: ROOT,
    env: { ...env, PORT: '0' },
  })
  // A port chosen here, not PORT=0: with --log-level warn the app does not log its `listening` line.
  const appPort = await freePort()
  const appUrl = `http://127.0.0.1:${appPort}`
  const appEnv: NodeJS.ProcessEnv = {
    ...env,
    NODE_ENV: 'development',
    DATA_DIR: dataDir,
    PORT: String(appPort),
    LOG_LEVEL: logLevel,
  }
  if (databaseUrl) appEnv.DATABASE_URL = databaseUrl
  app = spawnTs('app', 'src/main.ts', { cwd: ROOT, env: appEnv })

  const [helloPort] = await Promise.all([
    hello.waitForLine((l) => /^READY (\d+)$/.exec(l)?.[1], STARTUP_MS).then(Number),
    waitForStatus(`${appUrl}/healthz`, 200, STARTUP_MS, app.exited),
  ])
  hello.discardOutput()
  app.discardOutput()
  const before = memoryKb(app.pid)

  console.log(
    `zhijian bench:static — node ${process.version}, ${os.availableParallelism()} cores, ` +
      `${connections} connections, pipelining 1, ${WARMUP_SEC} s warm-up + ${duration} s per target, ` +
      `LOG_LEVEL=${logLevel}, database ${databaseUrl ? 'PostgreSQL (--database-url)' : 'PGlite'}, ` +
      `Accept-Encoding: ${acceptEncoding}`,
  )
  const targets = [
    { label: 'hello-world /', url: `http://127.0.0.1:${helloPort}/`, child: hello },
    { label: 'app /', url: `${appUrl}/`, child: app },
    { label: 'app /guide', url: `${appUrl}/guide`, child: app },
  ]
  const rows: { label: string; r: LoadResult }[] = []
  for (const t of targets) {
    const warm = await runLoad({ url: t.url, connections, durationSec: WARMUP_SEC, headers })
    const r = await runLoad({ url: t.url, connections, durationSec: duration, headers })
    if (t.child.hasExited()) throw new Error(`${t.child.name} exited during the run`)
    r.errors += warm.errors
    r.non2xx += warm.non2xx
    rows.push({ label: t.label, r })
  }
  const after = memoryKb(app.pid)

  const base = rows[0]!.r.requestsPerSec
  const pct = (r: LoadResult) => (base > 0 ? (100 * r.requestsPerSec) / base : 0)
  console.log()
  console.log(row('target', 'req/s', 'p99 ms', 'errors/non-2xx', 'vs hello-world'))
  for (const { label, r } of rows) {
    const rps = Math.round(r.requestsPerSec).toLocaleString('en-US')
    const p99 = r.p99Ms.toFixed(1)
    console.log(row(label, rps, p99, `${r.errors} / ${r.non2xx}`, `${pct(r).toFixed(0)} %`))
  }
  const pages = rows.slice(1)
  const met = pages.every(({ r }) => pct(r) >= SPEC_RATIO * 100)
  const detail = pages.map(({ label, r }) => `${label.slice(4)} ${pct(r).toFixed(0)} %`).join(', ')
  console.log()
  console.log(
    `SPEC: static pages ≥ ${SPEC_RATIO * 100} % of hello-world req/s — ` +
      `${met ? 'MET' : 'MISSED'} (${detail})`,
  )
  for (const t of targets.slice(1)) {
    const sent = await bytesSent(t.url, headers)
    console.log(`${t.label}: ${sent.bytes.toLocaleString('en-US')} bytes (${sent.encoding})`)
  }
  console.log(
    `app RSS: before ${mib(before?.rss)}, after ${mib(after?.rss)}, peak ${mib(after?.peak)}`,
  )

  const failed = rows.filter(({ r }) => r.errors + r.non2xx > 0 || r.completed === 0)
  if (failed.length > 0) {
    console.error(`FAIL: requests errored on ${failed.map((f) => f.label).join(', ')}`)
    return 1
  }
  return 0
}

function row(...cells: string[]): string {
  const widths = [16, 10, 9, 17, 17]
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('')
}

runBench({
  name: 'bench:static',
  limitMs: STARTUP_MS + 3 * (WARMUP_SEC + duration + 15) * 1000,
  main,
  tail: () => app && { title: 'app stderr / log tail', lines: app.diagnostics() },
  cleanup: async () => {
    stopLoad()
    await stopAll()
    rmSync(dataDir, { recursive: true, force: true })
  },
})
