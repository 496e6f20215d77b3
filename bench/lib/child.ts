import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { StringDecoder } from 'node:string_decoder'

/**
 * A TypeScript entry point run as `node --import tsx FILE` (one process, so its pid is the server's
 * own). Its stdout is scanned line by line only until `discardOutput()`; after that it is still
 * drained (a full pipe would stall the child) but nothing is kept. It is never echoed: the app prints
 * a one-time admin password there.
 */
export type Child = {
  name: string
  pid: number
  /** resolves with the exit code or signal name once the process is gone */
  exited: Promise<string>
  hasExited(): boolean
  /** first stdout line for which `match` returns a value; rejects on exit or timeout */
  waitForLine<T>(match: (line: string) => T | undefined, timeoutMs: number): Promise<T>
  discardOutput(): void
  /** stderr tail, plus JSON log lines seen on stdout before discardOutput() */
  diagnostics(): string[]
}

const TAIL = 20
const running = new Set<{ proc: ChildProcess; exited: Promise<string> }>()

export function spawnTs(
  name: string,
  file: string,
  opts: { cwd: string; env: NodeJS.ProcessEnv; args?: string[] },
): Child {
  // BENCH_PROFILE_DIR=dir writes a V8 CPU profile of every child (open it in Chrome DevTools).
  const profile = process.env.BENCH_PROFILE_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE_DIR}`]
    : []
  const proc = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', file, ...(opts.args ?? [])],
    {
      cwd: opts.cwd,
      env: opts.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  let gone = false
  const exited = new Promise<string>((resolve) => {
    const end = (how: string) => {
      gone = true
      resolve(how)
    }
    proc.once('error', (err) => end(`spawn error: ${err.message}`))
    proc.once('exit', (code, signal) => end(signal ?? `code ${code}`))
  })
  const entry = { proc, exited }
  running.add(entry)
  void exited.then(() => running.delete(entry))

  const logTail: string[] = []
  const errTail: string[] = []
  const waiters = new Set<(line: string) => void>()
  let scanning = true
  let pending = ''
  const decoder = new StringDecoder('utf8')
  proc.stdout?.on('data', (chunk: Buffer) => {
    if (!scanning) return
    const lines = (pending + decoder.write(chunk)).split('\n')
    pending = lines.pop() ?? ''
    for (const line of lines) {
      if (line.startsWith('{')) keep(logTail, line) // JSON log lines only: never the password block
      for (const waiter of waiters) waiter(line)
    }
  })
  const errDecoder = new StringDecoder('utf8')
  proc.stderr?.on('data', (chunk: Buffer) => {
    for (const line of errDecoder.write(chunk).split('\n')) if (line.trim()) keep(errTail, line)
  })

  return {
    name,
    pid: proc.pid ?? -1,
    exited,
    hasExited: () => gone,
    waitForLine<T>(match: (line: string) => T | undefined, timeoutMs: number): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const done = () => {
          waiters.delete(onLine)
          clearTimeout(timer)
        }
        const onLine = (line: string) => {
          const found = match(line)
          if (found === undefined) return
          done()
          resolve(found)
        }
        const timer = setTimeout(() => {
          done()
          reject(new Error(`${name}: not ready after ${timeoutMs / 1000} s`))
        }, timeoutMs)
        waiters.add(onLine)
        void exited.then((how) => {
          done()
          reject(new Error(`${name} exited (${how})`))
        })
      })
    },
    discardOutput() {
      scanning = false
      pending = ''
      waiters.clear()
    },
    diagnostics: () => [...errTail, ...logTail],
  }
}

function keep(tail: string[], line: string): void {
  tail.push(line.length > 400 ? `${line.slice(0, 400)}…` : line)
  if (tail.length > TAIL) tail.shift()
}

/** SIGTERM every child still running, SIGKILL those still there after `graceMs`. */
export async function stopAll(graceMs = 5000): Promise<void> {
  await Promise.all(
    [...running].map(async ({ proc, exited }) => {
      proc.kill('SIGTERM')
      const timer = setTimeout(() => proc.kill('SIGKILL'), graceMs)
      await exited
      clearTimeout(timer)
    }),
  )
}

// Last resort if this process exits some other way: no orphan servers left behind.
process.on('exit', () => {
  for (const { proc } of running) proc.kill('SIGKILL')
})

/** Resident and peak resident memory of a process in KiB, from /proc (Linux only). */
export function memoryKb(pid: number): { rss: number; peak: number } | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const field = (name: string) =>
      Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1])
    const rss = field('VmRSS')
    return Number.isFinite(rss) ? { rss, peak: field('VmHWM') } : undefined
  } catch {
    return undefined
  }
}
