import { readdirSync, readFileSync } from 'node:fs'

/**
 * CPU time from /proc, in milliseconds: user + system time of one process, or of every process
 * named `postgres` (the server's backends for the app's pool). Linux reports it in clock ticks,
 * 100 per second here (getconf CLK_TCK), so a 10 s run resolves to about 0.1 %.
 * A ratio of req/s moves with whatever else the machine does; CPU time per request much less.
 */
const TICK_MS = 10

export function cpuMs(pid: number): number | undefined {
  try {
    return ticksOf(readFileSync(`/proc/${pid}/stat`, 'utf8'))
  } catch {
    return undefined
  }
}

/** All processes called `postgres` (undefined where /proc is unreadable or none runs). */
export function postgresCpuMs(): number | undefined {
  let total = 0
  let found = false
  let entries: string[]
  try {
    entries = readdirSync('/proc')
  } catch {
    return undefined
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      if (!stat.includes('(postgres)')) continue
      total += ticksOf(stat)
      found = true
    } catch {
      // the process ended between readdir and read
    }
  }
  return found ? total : undefined
}

/** utime and stime are fields 14 and 15; the command name (field 2) may contain spaces. */
function ticksOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS
}
