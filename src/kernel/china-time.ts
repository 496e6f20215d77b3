/**
 * Dates and times as people in China read them, whatever the server's zone. China has kept UTC+8
 * all year since 1991, so Asia/Shanghai is a fixed offset: no ICU time-zone lookup per call, and
 * the same output on machines whose Node lacks full time-zone data.
 */
export const CHINA_OFFSET_MS = 8 * 60 * 60 * 1000

/** The instant moved by the offset, so that its UTC fields read as China's wall clock. */
function chinaWallClock(at: Date): Date {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS)
  if (Number.isNaN(local.getTime())) throw new RangeError('invalid date')
  return local
}

const pad = (n: number) => String(n).padStart(2, '0')

/** The calendar date in China at instant `now`, as 'YYYY-MM-DD' (RangeError if it is invalid). */
export function todayInChina(now: Date): string {
  return chinaWallClock(now).toISOString().slice(0, 10)
}

/** The instant a China calendar day starts (00:00 UTC+8). */
export function chinaDayStart(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - CHINA_OFFSET_MS)
}

/** "2026年11月26日" */
export function formatChineseDate(date: Date): string {
  const local = chinaWallClock(date)
  return `${local.getUTCFullYear()}年${local.getUTCMonth() + 1}月${local.getUTCDate()}日`
}

/** "2026年11月26日 10:00" */
export function formatChineseDateTime(date: Date): string {
  const local = chinaWallClock(date)
  return `${formatChineseDate(date)} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`
}

/** A 'YYYY-MM-DD' day in China (a due date, a deadline) as "2026年11月26日". */
export function formatCalendarDay(day: string): string {
  return formatChineseDate(chinaDayStart(day))
}

/** "2026-11-26 10:00:00", as staff read times in the audit log and account pages. */
export function chinaDateTime(at: Date): string {
  const local = new Date(at.getTime() + CHINA_OFFSET_MS).toISOString()
  return `${local.slice(0, 10)} ${local.slice(11, 19)}`
}
