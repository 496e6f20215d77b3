import crypto from 'node:crypto'

/**
 * The public tracking code (查询码, docs/product.md §6): 12 characters from a 31-character alphabet without
 * look-alikes (no 0 O 1 I L), shown as XXXX-XXXX-XXXX. Eleven are random (31^11 ≈ 2^54.5, from a
 * cryptographic source); the twelfth is a check character.
 *
 * Check: with weights 1…12, Σ wᵢ·vᵢ ≡ 0 (mod 31). 31 is prime and every weight is non-zero and
 * below 31, so changing one character changes the sum by wᵢ·Δ ≢ 0, and swapping two neighbours
 * changes it by (wᵢ − wᵢ₊₁)·Δ = −Δ ≢ 0: every single typo and every adjacent transposition is caught.
 *
 * Shared, not tracking's: applications mints the code, tracking parses it, and staff pages and
 * emails print it.
 */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
const BASE = TRACKING_ALPHABET.length // 31, prime
const LENGTH = 12
/** 12⁻¹ mod 31 (12 × 13 = 156 = 5 × 31 + 1) */
const INVERSE_OF_LAST_WEIGHT = 13

export function generateTrackingCode(
  randomInt: (max: number) => number = crypto.randomInt,
): string {
  let body = ''
  for (let i = 0; i < LENGTH - 1; i++) body += TRACKING_ALPHABET[randomInt(BASE)]
  return body + checkCharacter(body)
}

export function checkCharacter(body: string): string {
  let sum = 0
  for (let i = 0; i < body.length; i++) sum += (i + 1) * valueOf(body[i]!)
  return TRACKING_ALPHABET[(((-sum * INVERSE_OF_LAST_WEIGHT) % BASE) + BASE) % BASE]!
}

export function formatTrackingCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4, 8)}-${code.slice(8, 12)}`
}

export type ParsedTrackingCode = { ok: true; value: string } | { ok: false; message: string }

/** Tolerant input: any case, spaces and dashes (ASCII or full-width) ignored. */
export function parseTrackingCode(input: string): ParsedTrackingCode {
  const value = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-–—_]/g, '')
  if (value === '') return { ok: false, message: '请输入查询码' }
  if (value.length !== LENGTH) {
    return { ok: false, message: '查询码应为 12 位（格式如 ABCD-EFGH-JKMN），请核对' }
  }
  const wrong = [...value].find((ch) => !TRACKING_ALPHABET.includes(ch))
  if (wrong) {
    const hint = /[01ILO]/.test(wrong) ? '（查询码中没有数字 0、1 和字母 I、L、O）' : ''
    return { ok: false, message: `查询码中不会出现“${wrong}”${hint}，请核对` }
  }
  if (checkCharacter(value.slice(0, LENGTH - 1)) !== value[LENGTH - 1]) {
    return { ok: false, message: '查询码有误，可能有字符输错或顺序颠倒，请核对回执上的查询码' }
  }
  return { ok: true, value }
}

function valueOf(ch: string): number {
  const v = TRACKING_ALPHABET.indexOf(ch)
  if (v < 0) throw new Error(`not a tracking-code character: ${ch}`)
  return v
}
