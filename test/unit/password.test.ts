import { describe, expect, it } from 'vitest'
import { generatePassword, hashPassword, verifyPassword } from '../../src/staff/password.js'

describe('passwords', () => {
  it('hashes with a fresh salt and verifies only the right password', async () => {
    const a = await hashPassword('正确的口令 Correct-Horse-9')
    const b = await hashPassword('正确的口令 Correct-Horse-9')
    expect(a).not.toBe(b)
    expect(await verifyPassword('正确的口令 Correct-Horse-9', a)).toBe(true)
    expect(await verifyPassword('正确的口令 Correct-Horse-8', a)).toBe(false)
  })

  it('rejects hashes of an unknown scheme instead of throwing', async () => {
    expect(await verifyPassword('x', 'md5$abc')).toBe(false)
    expect(await verifyPassword('x', '')).toBe(false)
  })

  it('generates passwords from the unambiguous alphabet only, without repeats across calls', () => {
    const many = Array.from({ length: 200 }, () => generatePassword())
    expect(new Set(many).size).toBe(200)
    for (const p of many) expect(p).toMatch(/^[a-km-np-zA-HJ-NP-Z2-9]{20}$/)
  })
})
