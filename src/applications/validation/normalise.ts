/** A rejected input, with a sentence the applicant can act on. */
export type Invalid = { ok: false; message: string }

export function invalid(message: string): Invalid {
  return { ok: false, message }
}

/** A fixed instant, or a function asked at validation time (schemas may outlive a request). */
export type DateSource = Date | (() => Date)

export function resolveDate(source: DateSource): Date {
  return typeof source === 'function' ? source() : source
}

/**
 * Chinese input methods produce full-width forms (U+FF01–FF5E: ０-９, Ａ-Ｚ, （）, ＋, ＠) and the
 * ideographic space U+3000; the standards behind our identifiers use ASCII, so map them back.
 */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

/** Half-width, with every kind of white space removed (identifiers never contain any). */
export function compactIdentifier(text: string): string {
  return toHalfWidth(text).replace(/\s+/g, '')
}

/** Whether 'YYYY-MM-DD' names a day that exists in the Gregorian calendar. */
export function isRealDate(iso: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  // Date.UTC rolls over (2月30日 becomes 3月1日); a real date survives the round trip.
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  )
}
