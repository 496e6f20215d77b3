/**
 * 20 concurrent 20 MB uploads through the upload pipeline into the S3 FileStore (s3rver in its own
 * process) against the same into the local FileStore: MB/s and the app's RSS growth, and the S3
 * store's ratios to the local one. See bench/README.md.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import PDFDocument from 'pdfkit'
import { spawnTs, stopAll, type Child } from './lib/child.js'
import { mib, parseCli, positiveInt, runBench } from './lib/cli.js'
import { measureUploads, type Measured } from './lib/upload-measure.js'
import { sha256Of, type BenchFile } from './lib/upload-client.js'

const STARTUP_MS = 60_000
const ROOT = fileURLToPath(new URL('..', import.meta.url))
const MiB = 1024 * 1024

const argv = parseCli('npx tsx bench/file-store-s3.ts [--concurrency N=20] [--size-mb M=20]', {
  concurrency: { type: 'string', default: '20' },
  'size-mb': { type: 'string', default: '20' },
})
const concurrency = positiveInt('concurrency', argv.concurrency)
const sizeMb = positiveInt('size-mb', argv['size-mb'])
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhijian-bench-s3-'))
const children: Child[] = []

async function startChild(label: string, args: string[]): Promise<{ child: Child; port: string }> {
  const child = spawnTs(label, 'bench/store-upload-server.ts', {
    cwd: ROOT,
    env: process.env,
    args,
  })
  children.push(child)
  const port = await child.waitForLine((l) => /^READY (\d+)$/.exec(l)?.[1], STARTUP_MS)
  child.discardOutput()
  return { child, port }
}

async function main(): Promise<number> {
  // a real PDF, padded with random bytes (bench/lib/upload-client.ts)
  const head = await realPdf()
  const file: BenchFile = { field: '证据材料', name: '扫描件.pdf', head, size: sizeMb * MiB }
  const sha = sha256Of(file)
  console.log(
    `zhijian bench:file-store-s3 — node ${process.version}, ${os.availableParallelism()} cores, ` +
      `${concurrency} concurrent uploads of ${sizeMb} MB; S3 = s3rver in its own process`,
  )
  const rows: Measured[] = []
  const local = await startChild('local store', ['local', path.join(dataDir, 'files')])
  rows.push(
    await measureUploads('local store', local.child, url(local.port), file, sha, concurrency),
  )
  await stopAll()
  const s3rver = await startChild('s3rver', ['s3rver', path.join(dataDir, 's3')])
  const s3 = await startChild('S3 store', ['s3', `http://127.0.0.1:${s3rver.port}`])
  rows.push(await measureUploads('S3 store', s3.child, url(s3.port), file, sha, concurrency))
  report(rows)
  const failed = rows.filter((r) => r.failures.length > 0)
  for (const r of failed) console.error(`FAIL ${r.label}: ${r.failures.slice(0, 3).join('; ')}`)
  return failed.length > 0 ? 1 : 0
}

const url = (port: string) => `http://127.0.0.1:${port}/upload`

async function realPdf(): Promise<Buffer> {
  const doc = new PDFDocument()
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise((resolve) => doc.on('end', resolve))
  doc.text('zhijian S3 upload benchmark')
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

function report([local, s3]: Measured[]): void {
  console.log()
  console.log(row('target', 'MB/s', 'seconds', 'RSS before', 'RSS peak', 'growth'))
  for (const r of [local!, s3!]) {
    const growth = mib(r.peakKb - r.baseKb)
    console.log(
      row(
        r.label,
        r.mbPerSec.toFixed(0),
        r.seconds.toFixed(2),
        mib(r.baseKb),
        mib(r.peakKb),
        growth,
      ),
    )
  }
  const growthRatio = (s3!.peakKb - s3!.baseKb) / Math.max(1, local!.peakKb - local!.baseKb)
  console.log()
  console.log(
    `S3 ÷ local: throughput ${((100 * s3!.mbPerSec) / local!.mbPerSec).toFixed(0)} %, RSS growth ×${growthRatio.toFixed(2)}`,
  )
}

function row(...cells: string[]): string {
  const widths = [14, 8, 9, 13, 13, 12]
  return cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('')
}

runBench({
  name: 'bench:file-store-s3',
  limitMs: STARTUP_MS * 3 + 600_000,
  main,
  tail: () =>
    children.flatMap((c) => [`-- ${c.name}`, ...c.diagnostics()]).length
      ? {
          title: 'children stderr tail',
          lines: children.flatMap((c) => [`-- ${c.name}`, ...c.diagnostics()]),
        }
      : undefined,
  cleanup: async () => {
    await stopAll()
    rmSync(dataDir, { recursive: true, force: true })
  },
})
