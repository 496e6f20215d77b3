/** Small helpers the bench scripts share: option parsing and memory figures. */

export function positiveInt(name: string, value: string): number {
  const n = Number(value)
  if (Number.isInteger(n) && n > 0) return n
  console.error(`--${name} must be a positive integer, got ${value}`)
  process.exit(2)
}

/** kB (as /proc reports VmRSS) → "123.4 MiB" */
export function mib(kb: number | undefined): string {
  return kb === undefined || !Number.isFinite(kb) ? 'n/a' : `${(kb / 1024).toFixed(1)} MiB`
}
