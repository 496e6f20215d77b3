import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { hashToken, isTokenShape, newToken } from '../../../src/crypto/tokens.js'

describe('tokens', () => {
  it('are 43 base64url characters, different every time, and of their own shape', () => {
    const a = newToken()
    const b = newToken()
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(a).not.toBe(b)
    expect(Buffer.from(a, 'base64url')).toHaveLength(32)
    expect(isTokenShape(a)).toBe(true)
  })

  it('hash to the SHA-256 hex the session and draft tables already hold', () => {
    // sessions and drafts written before this helper existed must still be found
    const token = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN-_0'
    expect(hashToken(token)).toBe(crypto.createHash('sha256').update(token).digest('hex'))
    expect(hashToken(token)).toBe(
      crypto.createHash('sha256').update(Buffer.from(token, 'utf8')).digest('hex'),
    )
    expect(hashToken('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
  })

  it.each([
    ['a'.repeat(43), true],
    ['-_'.repeat(21) + 'Z', true],
    ['a'.repeat(42), false],
    ['a'.repeat(44), false],
    ['a'.repeat(42) + '=', false],
    ['a'.repeat(42) + '+', false],
    ['a'.repeat(42) + '/', false],
    ['a'.repeat(42) + '\n', false],
    ['', false],
    [undefined, false],
  ])('isTokenShape(%j) is %s', (value, expected) => {
    expect(isTokenShape(value)).toBe(expected)
  })
})
