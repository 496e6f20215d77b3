import { parseCaseNumber } from '../../applications/validation/case-number.js'
import { parseCreditCode } from '../../applications/validation/credit-code.js'
import { parseIdNumber } from '../../applications/validation/id-number.js'
import { isRealDate, toHalfWidth } from '../../applications/validation/normalise.js'

/**
 * Pure parsers for one cell of an exchange file (docs/product.md, the import rules): each returns the
 * stored value, null for an empty cell, or a Chinese reason that rejects the row with the raw value.
 */
export type Parsed<T> = { ok: true; value: T | null } | { ok: false; reason: string }

const ok = <T>(value: T | null): Parsed<T> => ({ ok: true, value })
const no = (reason: string): Parsed<never> => ({ ok: false, reason })

export type Cell = string | number | boolean | Date | null | undefined

/** The cell as text, as a person would read it in Excel (numbers without exponent or float noise). */
export function cellText(cell: Cell): string {
  if (cell === null || cell === undefined) return ''
  if (cell instanceof Date) return isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10)
  if (typeof cell === 'number')
    return Number.isInteger(cell) ? String(cell) : String(+cell.toFixed(6))
  return String(cell).trim()
}

const isEmpty = (cell: Cell) => cellText(cell) === ''

/** Excel's day 1 is 1900-01-01, and it counts a 1900-02-29 that never was (serial 60). */
function fromExcelSerial(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465 || serial === 60) return undefined
  const days = serial > 60 ? serial - 1 : serial
  return new Date(Date.UTC(1899, 11, 31) + days * 86_400_000).toISOString().slice(0, 10)
}

const DATE_PATTERNS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日$/,
  /^(\d{4})(\d{2})(\d{2})$/,
]

/** ISO, 2024/1/5, 2024.1.5, 2024年1月5日, 20240105, a court timestamp, or an Excel serial number. */
export function parseDate(cell: Cell): Parsed<string> {
  if (isEmpty(cell)) return ok(null)
  // exceljs gives date cells as UTC midnight of the day shown
  if (cell instanceof Date) return ok(cell.toISOString().slice(0, 10))
  // the common case, checked without building a Date
  if (typeof cell === 'string' && ISO_DAY.test(cell)) {
    return isRealDay(cell) && cell >= '1949-10-01' ? ok(cell) : parseDateText(cell)
  }
  return parseDateText(cell)
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isRealDay(iso: string): boolean {
  const y = Number(iso.slice(0, 4))
  const m = Number(iso.slice(5, 7))
  const d = Number(iso.slice(8, 10))
  if (m < 1 || m > 12 || d < 1 || d > MONTH_DAYS[m - 1]!) return false
  return m !== 2 || d < 29 || (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))
}

function parseDateText(cell: Cell): Parsed<string> {
  const text = toHalfWidth(cellText(cell)).replace(/\s+/g, ' ')
  if (typeof cell === 'number' || /^\d{5}$/.test(text)) {
    const iso = fromExcelSerial(Number(text))
    return iso ? ok(iso) : no(`日期“${text}”不是有效的日期`)
  }
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(text)
    if (!m) continue
    const iso = `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`
    if (!isRealDate(iso)) return no(`日期“${text}”不存在`)
    if (iso < '1949-10-01') return no(`日期“${text}”早于 1949 年，请核对`)
    return ok(iso)
  }
  return no(`日期“${text}”无法识别，请写成 2024-01-05、2024/1/5 或 2024年1月5日`)
}

const SCALE = 10_000n

/**
 * Money as exact decimal text with 4 places (the court database's numeric(20,4)): 元 by default,
 * 万元 when the cell or its column says so; thousands separators, ￥ and 元 are dropped.
 */
export function parseMoney(cell: Cell, unit: '元' | '万元' = '元'): Parsed<string> {
  if (isEmpty(cell)) return ok(null)
  let text =
    typeof cell === 'number' ? cell.toFixed(4) : toHalfWidth(cellText(cell)).replace(/[\s,，]/g, '')
  const raw = cellText(cell)
  let factor = unit === '万元' ? SCALE : 1n
  text = text.replace(/^[￥¥]/, '')
  if (/万元?$/.test(text)) {
    factor = SCALE
    text = text.replace(/万元?$/, '')
  }
  text = text.replace(/元$/, '')
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text)
  if (!m) return no(`金额“${raw}”不是数字`)
  const decimals = (m[3] ?? '').replace(/0+$/, '')
  if (decimals.length > 4) return no(`金额“${raw}”的小数位超过 4 位`)
  const scaled = (BigInt(m[2]!) * SCALE + BigInt(decimals.padEnd(4, '0'))) * factor
  // numeric(20,4): at most 16 digits before the point
  if (scaled >= 10n ** 20n) return no(`金额“${raw}”过大`)
  return ok(formatScaled(m[1] === '-' ? -scaled : scaled))
}

function formatScaled(scaled: bigint): string {
  const sign = scaled < 0n ? '-' : ''
  const abs = scaled < 0n ? -scaled : scaled
  return `${sign}${abs / SCALE}.${(abs % SCALE).toString().padStart(4, '0')}`
}

/** Name lists split on 、，,；; with a trailing 等 or a bracketed role such as （原告） removed. */
export function parseNames(cell: Cell): Parsed<string[]> {
  if (isEmpty(cell)) return ok(null)
  const names = cellText(cell)
    .split(/[、，,；;\n]/)
    .map((n) =>
      n
        .trim()
        .replace(/等$/, '')
        .replace(/[（(][^）)]*[）)]$/, '')
        .trim(),
    )
    .filter((n) => n !== '')
  return ok(names.length > 0 ? names : null)
}

export type Identifier = { kind: 'id_number' | 'credit_code' | 'masked' | 'other'; value: string }

/** 身份证号, 统一社会信用代码 or a masked number (4101**********1234): kept, never guessed at. */
export function parseIdentifiers(cell: Cell, today: Date): Parsed<Identifier[]> {
  if (isEmpty(cell)) return ok(null)
  const parts = toHalfWidth(cellText(cell))
    .split(/[、，,；;\s]+/)
    .map((p) => p.trim().toUpperCase())
    .filter((p) => p !== '')
  const ids: Identifier[] = []
  for (const value of parts) {
    if (!/^[0-9A-Z*]{6,30}$/.test(value)) return no(`证件号码“${mask(value)}”含有无法识别的字符`)
    const kind = value.includes('*')
      ? 'masked'
      : parseIdNumber(value, today).ok
        ? 'id_number'
        : parseCreditCode(value).ok
          ? 'credit_code'
          : 'other'
    ids.push({ kind, value })
  }
  return ok(ids)
}

/** For a rejection reason: a reason names the cell but must not carry a whole identifier. */
function mask(value: string): string {
  return value.length <= 8 ? '****' : `${value.slice(0, 4)}****${value.slice(-4)}`
}

export function parseBool(cell: Cell): Parsed<boolean> {
  if (isEmpty(cell)) return ok(null)
  const text = cellText(cell).toLowerCase()
  if (['是', 'y', 'yes', '1', 'true', '有'].includes(text)) return ok(true)
  if (['否', 'n', 'no', '0', 'false', '无'].includes(text)) return ok(false)
  return no(`“${cellText(cell)}”应为“是”或“否”`)
}

export function parseInteger(cell: Cell): Parsed<number> {
  if (isEmpty(cell)) return ok(null)
  const text = cellText(cell).replace(/天$/, '')
  if (!/^\d{1,6}$/.test(text)) return no(`“${cellText(cell)}”不是天数`)
  return ok(Number(text))
}

/**
 * 案号 through the applicants' validator (法〔2015〕137号), after the brackets courts also use —
 * 〔〕, [], 【】 — are made the round ones it expects. Only execution cases belong in the exchange.
 */
export function parseExchangeCaseNumber(cell: Cell, today: Date): Parsed<string> {
  const text = cellText(cell)
  if (text === '') return no('案号为空')
  const bracketed = text.replace(/[〔[【﹝]/g, '（').replace(/[〕\]】﹞]/g, '）')
  const parsed = parseCaseNumber(bracketed, undefined, today)
  if (!parsed.ok) return no(`案号“${text}”有误：${parsed.message}`)
  if (!parsed.isEnforcement) return no(`案号“${text}”不是执行案件的案号（${parsed.typeLabel}）`)
  return ok(parsed.value)
}

export function parseText(cell: Cell, maxChars = 500): Parsed<string> {
  const text = cellText(cell)
  if (text === '') return ok(null)
  if (text.length > maxChars) return no(`内容超过 ${maxChars} 个字`)
  return ok(text)
}
