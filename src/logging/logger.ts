import type { LogLevel } from '../config.js'
import { redact } from './redact.js'

export type LogFields = Record<string, unknown>

export interface Logger {
  debug(msg: string, fields?: LogFields): void
  info(msg: string, fields?: LogFields): void
  warn(msg: string, fields?: LogFields): void
  error(msg: string, fields?: LogFields): void
  child(fields: LogFields): Logger
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 }

type Sink = (line: string) => void

/** JSON lines on stdout: one object per event, with `time`, `level`, `msg` and the given fields. */
export function createLogger(
  level: LogLevel,
  sink: Sink = (line) => process.stdout.write(line),
  bound: LogFields = {},
): Logger {
  const write = (lvl: Exclude<LogLevel, 'silent'>, msg: string, fields?: LogFields) => {
    if (RANK[lvl] < RANK[level]) return
    const entry = { time: new Date().toISOString(), level: lvl, msg, ...bound, ...serialise(fields) }
    sink(redact(JSON.stringify(entry)) + '\n')
  }
  return {
    debug: (msg, fields) => write('debug', msg, fields),
    info: (msg, fields) => write('info', msg, fields),
    warn: (msg, fields) => write('warn', msg, fields),
    error: (msg, fields) => write('error', msg, fields),
    child: (fields) => createLogger(level, sink, { ...bound, ...fields }),
  }
}

function serialise(fields: LogFields | undefined): LogFields | undefined {
  if (!fields) return fields
  const out: LogFields = {}
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? describeError(value) : value
  }
  return out
}

function describeError(err: Error): LogFields {
  const code = (err as { code?: unknown }).code
  return { name: err.name, message: err.message, code, stack: err.stack?.split('\n').slice(0, 8) }
}
