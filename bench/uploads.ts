/**
 * 20 concurrent 20 MB uploads (docs/product.md §14: the server's RSS grows by < 150 MB), against the upload
 * pipeline (receiveUploads + local FileStore) and a plain node:http body sink, each in its own
 * process. See bench/README.md.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import PDFDocument from 'pdfkit'
import { memoryKb, spawnTs, stopAll, type Child } from './lib/child.js'
import { sha256Of, uploadFile, type BenchFile } from './lib/upload-client.js'
import { mib, parseCli, positiveInt, runBench } from './lib/cli.js'

const SPEC_GROWTH_MIB = 150
const STARTUP_MS = 60_000
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const MiB = 1024 * 1024

const argv = parseCli('npx tsx bench/uploads.ts [--concurrency N=20] [--size-mb M=20]', {
  concurrency: { type: 'string', default: '20' },
  'size-mb': { type: 'string', default: '20' },
})
const concurrency = positiveInt('concurrency', argv.concurrency)
const sizeMb = positiveInt('size-mb', argv['size-mb'])

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhijian-bench-uploads-'))

type Measured = {
  label: string
  seconds: number
  mbPerSec: number
  baseKb: number
  peakKb: number
  failures: string[]
}

let current: Child | undefined

async function main(): Promise<number> {
  const head = await realPdf()
  const file: BenchFile = { field: '证据材料', name: '扫描件.pdf', head, size: sizeMb * MiB }
  const expectedSha = sha256Of(file)
  console.log(
    `zhijian bench:uploads — node ${process.version}, ${os.availableParallelism()} cores, ` +
      `${concurrency} concurrent uploads of ${sizeMb} MB (a real PDF padded with random bytes)`,
  )
  const rows: Measured[] = []
  for (const target of [
    { label: 'node:http sink', args: ['sink'] },
    { label: 'upload pipeline', args: ['app', path.join(dataDir, 'files')] },
  ]) {
    current = spawnTs(target.label, 'bench/upload-server.ts', {
      cwd: ROOT,
      env: process.env,
      args: target.args,
    })
    const port = await current.waitForLine((l) => /^READY (\d+)$/.exec(l)?.[1], STARTUP_MS)
    current.discardOutput()
    const url = `http://127.0.0.1:${port}/upload`
    const check = target.args[0] === 'app' ? expectedSha : undefined
    rows.push(await measure(target.label, current, url, file, check))
    await stopAll()
    rmSync(path.join(dataDir, 'files'), { recursive: true, force: true })
  }
  report(rows)
  const failed = rows.filter((r) => r.failures.length > 0)
  for (const r of failed) console.error(`FAIL ${r.label}: ${r.failures.slice(0, 3).join('; ')}`)
  return failed.length > 0 ? 1 : 0
}

async function measure(
  label: string,
  child: Child,
  url: string,
  file: BenchFile,
  expectedSha: string | undefined,
): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  // Warm-up: one small upload loads and compiles every module on the path before the baseline.
  await uploadFile(url, { ...file, size: MiB }, agent)
  resetPeak(child.pid)
  const base = memoryKb(child.pid)
  let sampledPeak = base?.rss ?? 0
  const sampler = setInterval(() => {
    sampledPeak = Math.max(sampledPeak, memoryKb(child.pid)?.rss ?? 0)
  }, 20)
  const started = process.hrtime.bigint()
  const results = await Promise.all(
    Array.from({ length: concurrency }, () => uploadFile(url, file, agent)),
  )
  const seconds = Number(process.hrtime.bigint() - started) / 1e9
  clearInterval(sampler)
  const after = memoryKb(child.pid)
  agent.destroy()
  if (child.hasExited()) throw new Error(`${label} exited during the run`)
  const failures = results.flatMap((r, i) =>
    r.status !== 200
      ? [`#${i}: HTTP ${r.status} ${r.body.slice(0, 200)}`]
      : expectedSha && !r.body.includes(expectedSha)
        ? [`#${i}: wrong SHA-256 ${r.body.slice(0, 200)}`]
        : [],
  )
  const totalMb = (concurrency * file.size) / MiB
  return {
    label,
    seconds,
    mbPerSec: totalMb / seconds,
    baseKb: base?.rss ?? NaN,
    peakKb: Math.max(after?.peak ?? 0, sampledPeak),
    failures,
  }
}

/** Linux: writing 5 to clear_refs resets VmHWM, so the peak is this run's, not start-up's. */
function resetPeak(pid: number): void {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5')
  } catch {
    // older kernels: VmHWM then includes start-up, which only makes the growth look larger
  }
}

function report(rows: Measured[]): void {
  const sink = rows[0]!
  console.log()
  console.log(row('target', 'MB/s', 'seconds', 'RSS before', 'RSS peak', 'growth', 'vs sink'))
  for (const r of rows) {
    console.log(
      row(
        r.label,
        r.mbPerSec.toFixed(0),
        r.seconds.toFixed(2),
        mib(r.baseKb),
        mib(r.peakKb),
        mib(r.peakKb - r.baseKb),
        `${((100 * r.mbPerSec) / sink.mbPerSec).toFixed(0)} %`,
      ),
    )
  }
  const app = rows[1]!
  const growth = (app.peakKb - app.baseKb) / 1024
  console.log()
  console.log(
    `SPEC: ${concurrency} concurrent ${sizeMb} MB uploads, server RSS growth < ${SPEC_GROWTH_MIB} MB — ` +
      `${growth < SPEC_GROWTH_MIB ? 'MET' : 'MISSED'} (${growth.toFixed(1)} MiB)`,
  )
}

async function realPdf(): Promise<Buffer> {
  const doc = new PDFDocument()
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise((resolve) => doc.on('end', resolve))
  doc.text('zhijian upload benchmark')
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

function row(...cells: string[]): string {
  const widths = [18, 8, 9, 13, 13, 12, 9]
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('')
}

runBench({
  name: 'bench:uploads',
  limitMs: STARTUP_MS + 300_000,
  main,
  tail: () => current && { title: 'server stderr tail', lines: current.diagnostics() },
  cleanup: async () => {
    await stopAll()
    rmSync(dataDir, { recursive: true, force: true })
  },
})
