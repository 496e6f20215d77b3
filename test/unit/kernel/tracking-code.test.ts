import { describe, expect, it } from 'vitest'
import {
  TRACKING_ALPHABET,
  checkCharacter,
  formatTrackingCode,
  generateTrackingCode,
  parseTrackingCode,
} from '../../../src/kernel/tracking-code.js'

const samples = Array.from({ length: 40 }, () => generateTrackingCode())

describe('tracking code', () => {
  it('uses 31 characters without look-alikes', () => {
    expect(TRACKING_ALPHABET).toHaveLength(31)
    expect(TRACKING_ALPHABET).not.toMatch(/[01ILO]/)
    expect(new Set(TRACKING_ALPHABET).size).toBe(31)
  })

  it('generates 12 valid characters, random except the check character', () => {
    for (const code of samples) {
      expect(code).toMatch(/^[2-9A-HJKMNP-Z]{12}$/)
      expect(parseTrackingCode(code)).toEqual({ ok: true, value: code })
    }
    expect(new Set(samples).size).toBe(samples.length)
  })

  it('draws every character from the cryptographic source', () => {
    const draws: number[] = []
    const code = generateTrackingCode((max) => {
      draws.push(max)
      return draws.length % max
    })
    expect(draws).toEqual(Array(11).fill(31))
    expect(code.slice(0, 11)).toBe('3456789ABCD')
  })

  it('catches every single-character typo', () => {
    for (const code of samples) {
      for (let i = 0; i < 12; i++) {
        for (const ch of TRACKING_ALPHABET) {
          if (ch === code[i]) continue
          const typo = code.slice(0, i) + ch + code.slice(i + 1)
          expect(parseTrackingCode(typo).ok, `${code} → ${typo}`).toBe(false)
        }
      }
    }
  })

  it('catches every transposition of two neighbouring characters', () => {
    for (const code of samples) {
      for (let i = 0; i < 11; i++) {
        if (code[i] === code[i + 1]) continue
        const swapped = code.slice(0, i) + code[i + 1] + code[i] + code.slice(i + 2)
        expect(parseTrackingCode(swapped).ok, `${code} → ${swapped}`).toBe(false)
      }
    }
  })

  it('accepts lower case, spaces and dashes, and shows XXXX-XXXX-XXXX', () => {
    const code = samples[0]!
    const formatted = formatTrackingCode(code)
    expect(formatted).toMatch(/^\w{4}-\w{4}-\w{4}$/)
    expect(parseTrackingCode(` ${formatted.toLowerCase()} `)).toEqual({ ok: true, value: code })
    expect(parseTrackingCode(formatted.replace(/-/g, ' '))).toEqual({ ok: true, value: code })
    expect(parseTrackingCode(formatted.replace(/-/g, '－'))).toEqual({ ok: true, value: code })
  })

  it.each([
    ['', '请输入查询码'],
    ['ABCD-EFGH', '查询码应为 12 位'],
    ['ABCD-EFGH-JK0N', '没有数字 0、1 和字母 I、L、O'],
    ['ABCD-EFGH-JK#N', '查询码中不会出现“#”'],
  ])('explains what is wrong with %j', (input, message) => {
    const parsed = parseTrackingCode(input)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain(message)
  })

  it('computes the check character from the first eleven', () => {
    const code = samples[1]!
    expect(checkCharacter(code.slice(0, 11))).toBe(code[11])
  })
})
