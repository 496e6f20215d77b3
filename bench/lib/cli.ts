/** Small helpers the bench scripts share: option parsing, the run's lifetime and memory figures. */
import { parseArgs, type ParseArgsConfig } from 'node:util'

type Options = NonNullable<ParseArgsConfig['options']>
const HELP = { help: { type: 'boolean', default: false } } as const

/** Parses the command line; `--help` prints `usage` and exits. */
export function parseCli<const O extends Options>(usage: string, options: O) {
  const { values } = parseArgs<{ options: O & typeof HELP }>({ options: { ...options, ...HELP } })
  // the parsed type is only known per call site, where `help` is a boolean
  if ((values as { help?: boolean }).help) {
    console.log(usage)
    process.exit(0)
  }
  return values
}

/** The options of the load benches (autocannon against the app and hello-world). */
export const LOAD_OPTIONS = {
  duration: { type: 'string', default: '10' },
  connections: { type: 'string', default: '50' },
  'log-level': { type: 'string', default: 'info' },
} as const
export const LOAD_USAGE = '[--duration S=10] [--connections N=50] [--log-level info|warn|…]'

export function loadSettings(argv: { duration: string; connections: string; 'log-level': string }) {
  return {
    duration: positiveInt('duration', argv.duration),
    connections: positiveInt('connections', argv.connections),
    logLevel: argv['log-level'],
  }
}

export function positiveInt(name: string, value: string): number {
  const n = Number(value)
  if (Number.isInteger(n) && n > 0) return n
  console.error(`--${name} must be a positive integer, got ${value}`)
  process.exit(2)
}

export type BenchRun = {
  /** prefix of the messages, e.g. 'bench:static' */
  name: string
  /** the whole run, start-up included; past it the bench stops with exit code 1 */
  limitMs: number
  /** the measurement; resolves to the exit code */
  main: () => Promise<number>
  /** the output of the process under test, printed when the run fails with a problem */
  tail?: () => { title: string; lines: string[] } | undefined
  /** stops children and removes what the run created; may turn the exit code into another */
  cleanup: (code: number) => Promise<number | void>
  /** a bound on cleanup, for benches whose clean-up talks to a server that may hang */
  cleanupMs?: number
}

/**
 * Runs a bench bounded in time: the time limit, Ctrl-C and SIGTERM end it the way an error does,
 * and the clean-up runs exactly once before the process exits.
 */
export function runBench(run: BenchRun): void {
  let finishing = false
  const finish = async (code: number, problem?: string): Promise<void> => {
    if (finishing) return
    finishing = true
    clearTimeout(watchdog)
    if (run.cleanupMs !== undefined) {
      setTimeout(() => {
        console.error(`${run.name}: clean-up timed out`)
        process.exit(code === 0 ? 1 : code)
      }, run.cleanupMs).unref()
    }
    if (problem) console.error(`${run.name}: ${problem}`)
    const tail = code !== 0 && problem ? run.tail?.() : undefined
    if (tail && tail.lines.length > 0) console.error(`${tail.title}:\n  ${tail.lines.join('\n  ')}`)
    process.exit((await run.cleanup(code)) ?? code)
  }
  const watchdog = setTimeout(
    () => void finish(1, `time limit (${run.limitMs / 1000} s) exceeded`),
    run.limitMs,
  )
  process.once('SIGINT', () => void finish(130, 'interrupted'))
  process.once('SIGTERM', () => void finish(143, 'terminated'))
  run.main().then(
    (code) => finish(code),
    (err: unknown) => finish(1, err instanceof Error ? err.message : String(err)),
  )
}

/** kB (as /proc reports VmRSS) → "123.4 MiB" */
export function mib(kb: number | undefined): string {
  return kb === undefined || !Number.isFinite(kb) ? 'n/a' : `${(kb / 1024).toFixed(1)} MiB`
}
