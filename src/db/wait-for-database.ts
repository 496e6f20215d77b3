import { sql } from 'kysely'
import type { Logger } from '../logging/logger.js'
import type { Db } from './database.js'

export type WaitOptions = {
  /** give up after this long (DB_STARTUP_WAIT_MS); 0: one try, as before */
  maxWaitMs: number
  /** which failures are worth waiting for (the server is down or starting), the rest are thrown */
  isTransient: (err: unknown) => boolean
  /** what the connection string names, without credentials, for the log */
  target: string
  sleep?: (ms: number) => Promise<void>
  now?: () => number
}

export class DatabaseNotReachable extends Error {
  constructor(target: string, waitedMs: number, cause: unknown) {
    super(
      `数据库 ${target} 在 ${Math.round(waitedMs / 1000)} 秒内仍无法连接，启动中止 / ` +
        `database ${target} still unreachable after ${Math.round(waitedMs / 1000)} s, giving up: ` +
        (cause instanceof Error ? cause.message : String(cause)),
    )
    this.name = 'DatabaseNotReachable'
  }
}

/**
 * Start-up with PostgreSQL down (reliability review §3c: exit after 7 s, recovery left to a
 * supervisor): tries `select 1` with backoff (0.5 s doubling to 10 s) until the database answers or
 * `maxWaitMs` has passed, logging each wait in Chinese and English for whoever reads the journal.
 */
export async function waitForDatabase(db: Db, logger: Logger, options: WaitOptions): Promise<void> {
  const sleep = options.sleep ?? ((ms: number) => new Promise((r) => setTimeout(r, ms)))
  const now = options.now ?? Date.now
  const started = now()
  for (let attempt = 1; ; attempt++) {
    try {
      await sql`select 1`.execute(db)
      if (attempt > 1) logger.info('数据库已可连接 / database reachable', { attempt })
      return
    } catch (err) {
      const waited = now() - started
      if (!options.isTransient(err) || waited >= options.maxWaitMs) {
        if (!options.isTransient(err)) throw err
        throw new DatabaseNotReachable(options.target, waited, err)
      }
      const retryInMs = Math.min(500 * 2 ** (attempt - 1), 10_000, options.maxWaitMs - waited)
      logger.warn('正在等待数据库启动 / waiting for the database', {
        target: options.target,
        attempt,
        retryInMs,
        waitedMs: waited,
        error: (err as { code?: string }).code ?? (err as Error).message,
      })
      await sleep(Math.max(retryInMs, 1))
    }
  }
}

/** host:port/database of a postgres:// URL, never the user or password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`
  } catch {
    return 'PostgreSQL'
  }
}
