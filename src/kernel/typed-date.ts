/**
 * One reader for every date a person types on the staff desk (issue 13): 2026-12-03, 2026-12-3,
 * 2026/12/3, 2026.12.3, 20261203 and 2026年12月3日 (日 may be left off), in full-width or
 * half-width digits, with spaces anywhere. The answer is the ISO day the database stores.
 */
export type TypedDate = { ok: true; value: string } | { ok: false; message: string }

export const DATE_EXAMPLES = '2026-12-03、2026/12/3 或 2026年12月3日'
const HOW = `请按 ${DATE_EXAMPLES} 的样子填写`

const SEPARATED = /^(\d{4})\s*[-/.．。、年]\s*(\d{1,2})\s*[-/.．。、月]\s*(\d{1,2})\s*日?$/
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/

export function parseTypedDate(input: string): TypedDate {
  const text = input.normalize('NFKC').replace(/\s+/g, ' ').trim()
  if (text === '') return { ok: false, message: `没有填写，${HOW}` }
  const m = SEPARATED.exec(text) ?? COMPACT.exec(text)
  if (!m) return { ok: false, message: `“${input.trim()}”不是能识别的日期，${HOW}` }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (month < 1 || month > 12) return { ok: false, message: `没有 ${month} 月，${HOW}` }
  if (year < 1900 || year > 2100)
    return { ok: false, message: `年份 ${year} 不在 1900 至 2100 年之间，请核对` }
  const date = new Date(Date.UTC(year, month - 1, day))
  if (day < 1 || date.getUTCMonth() !== month - 1)
    return { ok: false, message: `${year}年${month}月没有 ${day} 日，请核对` }
  const pad = (n: number) => String(n).padStart(2, '0')
  return { ok: true, value: `${year}-${pad(month)}-${pad(day)}` }
}
