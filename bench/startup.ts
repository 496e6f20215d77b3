/**
 * Start-to-ready time and memory of the server and the worker, run through tsx (`npm start`,
 * `npm run worker`) and compiled (`npm run start:prod`, `npm run worker:prod`; decision 092).
 *
 *   npx tsx bench/startup.ts [--runs 3] [--database-url postgres://…]
 *
 * Builds dist/ first when it is missing (`node scripts/build.mjs --no-check`). Each variant is
 * started `--runs` times, one after another, on one migrated database (a temporary PGlite DATA_DIR,
 * or the given PostgreSQL database): ready = from spawn to the "listening" (server) or "outbox worker
 * started" (worker) log line. RSS from /proc at ready and, for the server, after 300 requests
 * (/, /guide, /track). tsx runs as `node --import tsx` here: `npm start`'s `tsx` command adds a
 * second, small process of its own, not counted.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { memoryKb } from './lib/child.js'
import { mib, parseCli, positiveInt } from './lib/cli.js'

const ROOT = fileURLToPath(new URL('../', import.meta.url))
const argv = parseCli('npx tsx bench/startup.ts [--runs 3] [--database-url postgres://…]', {
  runs: { type: 'string', default: '3' },
  'database-url': { type: 'string', default: '' },
})
const runs = positiveInt('runs', argv.runs)

type Variant = { name: string; args: string[]; ready: RegExp; server: boolean }
const VARIANTS: Variant[] = [
  {
    name: 'server, tsx',
    args: ['--import', 'tsx', 'src/main.ts'],
    ready: /"msg":"listening"/,
    server: true,
  },
  {
    name: 'server, compiled',
    args: ['dist/src/main.js'],
    ready: /"msg":"listening"/,
    server: true,
  },
  {
    name: 'worker, tsx',
    args: ['--import', 'tsx', 'src/worker-main.ts'],
    ready: /"msg":"outbox worker started"/,
    server: false,
  },
  {
    name: 'worker, compiled',
    args: ['dist/src/worker-main.js'],
    ready: /"msg":"outbox worker started"/,
    server: false,
  },
]

type Sample = { readyMs: number; rssKb: number; afterKb?: number }

async function startOnce(v: Variant, env: NodeJS.ProcessEnv): Promise<Sample> {
  const started = performance.now()
  const child = spawn(process.execPath, v.args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  let out = ''
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout.on('data', (c: Buffer) => {
      out += c.toString('utf8')
      if (v.ready.test(out)) resolve(/"url":"([^"]+)"/.exec(out)?.[1] ?? '')
    })
    void exited.then(() => reject(new Error(`${v.name} exited before ready:\n${out.slice(-2000)}`)))
  })
  const readyMs = performance.now() - started
  const rssKb = memoryKb(child.pid!)?.rss ?? NaN
  let afterKb: number | undefined
  if (v.server) {
    for (let i = 0; i < 300; i++)
      await (await fetch(`${url}${['/', '/guide', '/track'][i % 3]}`)).arrayBuffer()
    afterKb = memoryKb(child.pid!)?.rss
  }
  child.kill('SIGTERM')
  await exited
  return { readyMs, rssKb, ...(afterKb ? { afterKb } : {}) }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

async function main(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist/src/main.js'))) {
    console.log('dist/ missing: building (node scripts/build.mjs --no-check)')
    const built = spawn(process.execPath, ['scripts/build.mjs', '--no-check'], {
      cwd: ROOT,
      stdio: 'inherit',
    })
    if ((await new Promise((r) => built.once('exit', r))) !== 0) throw new Error('build failed')
  }
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-bench-startup-'))
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DATA_DIR: dataDir,
    PORT: '0',
    LOG_LEVEL: 'info',
    ...(argv['database-url'] ? { DATABASE_URL: argv['database-url'] } : {}),
  }
  try {
    await startOnce(VARIANTS[1]!, env) // migrates the database (and makes the first admin) once
    console.log(
      `load average ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}, ${os.cpus().length} cores, node ${process.version}`,
    )
    console.log(
      `database: ${argv['database-url'] ? 'PostgreSQL' : 'PGlite'}, ${runs} run(s) each, medians\n`,
    )
    console.log('variant            ready      RSS at ready   RSS after 300 requests')
    for (const v of VARIANTS) {
      const samples: Sample[] = []
      for (let i = 0; i < runs; i++) samples.push(await startOnce(v, env))
      const after = samples.flatMap((s) => (s.afterKb ? [s.afterKb] : []))
      console.log(
        `${v.name.padEnd(18)} ${`${Math.round(median(samples.map((s) => s.readyMs)))} ms`.padStart(8)}` +
          `   ${mib(median(samples.map((s) => s.rssKb))).padStart(12)}` +
          `   ${after.length ? mib(median(after)).padStart(12) : '           —'}`,
      )
    }
  } finally {
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
