import { writeFileSync } from 'node:fs'
import http from 'node:http'
import type { Child } from './child.js'
import { memoryKb } from './child.js'
import { uploadFile, type BenchFile } from './upload-client.js'

export type Measured = {
  label: string
  seconds: number
  mbPerSec: number
  baseKb: number
  peakKb: number
  failures: string[]
}

const MiB = 1024 * 1024

/** `concurrency` uploads of `file` at once; the server's RSS sampled every 20 ms and its VmHWM. */
export async function measureUploads(
  label: string,
  child: Child,
  url: string,
  file: BenchFile,
  expectedSha: string,
  concurrency: number,
): Promise<Measured> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency })
  // Warm-up: one small upload loads every module on the path before the baseline.
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
      : !r.body.includes(expectedSha)
        ? [`#${i}: wrong SHA-256 ${r.body.slice(0, 200)}`]
        : [],
  )
  return {
    label,
    seconds,
    mbPerSec: (concurrency * file.size) / MiB / seconds,
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
