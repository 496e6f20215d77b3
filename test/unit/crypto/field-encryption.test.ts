import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { createFieldCrypto } from '../../../src/crypto/field-encryption.js'

const key = crypto.randomBytes(32)
const fc = createFieldCrypto(key)

describe('field encryption', () => {
  it('round-trips, with a different ciphertext every time and no plaintext inside', () => {
    const a = fc.encrypt('11010519491231002X')
    const b = fc.encrypt('11010519491231002X')
    expect(a.equals(b)).toBe(false)
    expect(a.toString('latin1')).not.toContain('11010519491231002X')
    expect(fc.decrypt(a)).toBe('11010519491231002X')
    expect(fc.decrypt(new Uint8Array(b))).toBe('11010519491231002X')
  })

  it('refuses a tampered value or another key', () => {
    const blob = fc.encrypt('13812345678')
    const tampered = Buffer.from(blob)
    tampered[tampered.length - 1]! ^= 1
    expect(() => fc.decrypt(tampered)).toThrow()
    expect(() => createFieldCrypto(crypto.randomBytes(32)).decrypt(blob)).toThrow()
  })

  it('gives a stable keyed hash that depends on the key', () => {
    expect(fc.keyedHash('13812345678')).toBe(fc.keyedHash('13812345678'))
    expect(fc.keyedHash('13812345678')).not.toBe(fc.keyedHash('13812345679'))
    expect(createFieldCrypto(crypto.randomBytes(32)).keyedHash('13812345678')).not.toBe(
      fc.keyedHash('13812345678'),
    )
    expect(fc.keyedHash('x')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('insists on a 32-byte key', () => {
    expect(() => createFieldCrypto(Buffer.alloc(16))).toThrow(/32 bytes/)
  })
})
