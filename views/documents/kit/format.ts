/**
 * China has kept UTC+8 all year since 1991, so Asia/Shanghai is a fixed offset: no ICU lookup, and
 * the same output on machines whose Node lacks full time-zone data.
 */
const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000

function shanghaiParts(date: Date) {
  const local = new Date(date.getTime() + SHANGHAI_OFFSET_MS)
  if (Number.isNaN(local.getTime())) throw new RangeError('invalid date')
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
  }
}

/** "2026年11月26日" (Asia/Shanghai) */
export function formatChineseDate(date: Date): string {
  const { year, month, day } = shanghaiParts(date)
  return `${year}年${month}月${day}日`
}

/** "2026年11月26日 10:00" (Asia/Shanghai) */
export function formatChineseDateTime(date: Date): string {
  const { hour, minute } = shanghaiParts(date)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${formatChineseDate(date)} ${pad(hour)}:${pad(minute)}`
}

/** "0.5 KB", "312.4 KB", "18.2 MB" — binary units, one decimal, as a person reads a file size. */
export function formatFileSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) throw new RangeError('invalid file size')
  if (bytes === 0) return '0 KB'
  // below 1023.95 KB, so nothing prints as "1024.0 KB"
  if (bytes < 1023.95 * 1024) return `${Math.max(0.1, bytes / 1024).toFixed(1)} KB`
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`
}
