/** Staff read times in China Standard Time (UTC+8, no daylight saving), whatever the server's zone. */
export function chinaDateTime(at: Date): string {
  const local = new Date(at.getTime() + 8 * 3_600_000).toISOString()
  return `${local.slice(0, 10)} ${local.slice(11, 19)}`
}

/** The instant a China calendar day starts (00:00 UTC+8). */
export function chinaDayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`)
}
