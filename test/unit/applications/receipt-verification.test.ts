import { describe, expect, it } from 'vitest'
import {
  canonicalReceiptFacts,
  normaliseVerificationInput,
  receiptVerificationString,
  verifyReceiptString,
  type ReceiptFacts,
} from '../../../src/applications/receipt-verification.js'
import { SECRET, sha256 } from '../documents/sample-data.js'

const facts: ReceiptFacts = {
  trackingCode: 'K7QM-3RWX-9TNH',
  submittedAt: '2026-11-26T02:00:00.000Z',
  fileHashes: [sha256('a'), sha256('b'), sha256('c')],
}
const printed = receiptVerificationString(SECRET, facts)

describe('receiptVerificationString', () => {
  it('is 20 Crockford base32 characters in groups of four', () => {
    expect(printed).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/)
  })

  it('keeps the value of receipts already printed (canonical form is frozen)', () => {
    expect(canonicalReceiptFacts(facts)).toBe(
      [
        'zhijian/receipt-verification/v1',
        'K7QM3RWX9TNH',
        '2026-11-26T02:00:00.000Z',
        [sha256('a'), sha256('b'), sha256('c')].sort().join(','),
      ].join('\n'),
    )
    expect(printed).toBe(receiptVerificationString(SECRET, { ...facts }))
    expect(printed).toMatchInlineSnapshot(`"4GDE-PH79-69NJ-9B27-M9H9"`)
  })

  it('does not depend on file order, hash case, code spelling or ISO spelling', () => {
    const same = receiptVerificationString(SECRET, {
      trackingCode: 'k7qm 3rwx 9tnh',
      submittedAt: '2026-11-26T10:00:00+08:00',
      fileHashes: [...facts.fileHashes].reverse().map((h) => h.toUpperCase()),
    })
    expect(same).toBe(printed)
  })

  it.each([
    ['a short secret', () => receiptVerificationString('short', facts)],
    ['a bad hash', () => receiptVerificationString(SECRET, { ...facts, fileHashes: ['abc'] })],
    [
      'a bad code',
      () => receiptVerificationString(SECRET, { ...facts, trackingCode: 'K7QM-3RWX' }),
    ],
    ['a bad time', () => receiptVerificationString(SECRET, { ...facts, submittedAt: 'yesterday' })],
  ])('refuses %s', (_, call) => {
    expect(call).toThrow()
  })
})

describe('verifyReceiptString', () => {
  it('accepts the printed string', () => {
    expect(verifyReceiptString(SECRET, facts, printed)).toBe(true)
  })

  it.each([
    ['lower case', printed.toLowerCase()],
    ['no dashes', printed.replace(/-/g, '')],
    ['spaces instead of dashes', ` ${printed.replace(/-/g, ' ')} `],
    ['full-width dashes', printed.replace(/-/g, '－')],
    ['O for 0, I/L for 1', printed.replace(/0/g, 'O').replace(/1/g, 'l')],
  ])('tolerates %s', (_, typed) => {
    expect(verifyReceiptString(SECRET, facts, typed)).toBe(true)
  })

  const otherHash = sha256('changed')
  it.each<[string, ReceiptFacts]>([
    ['a changed hash', { ...facts, fileHashes: [otherHash, ...facts.fileHashes.slice(1)] }],
    ['a missing file', { ...facts, fileHashes: facts.fileHashes.slice(1) }],
    ['an extra file', { ...facts, fileHashes: [...facts.fileHashes, otherHash] }],
    ['a changed time', { ...facts, submittedAt: '2026-11-26T02:00:01.000Z' }],
    ['a changed code', { ...facts, trackingCode: 'K7QM-3RWX-9TNJ' }],
  ])('rejects %s', (_, changed) => {
    expect(verifyReceiptString(SECRET, changed, printed)).toBe(false)
  })

  it.each([
    ['another secret', `${SECRET}!`, printed],
    ['a truncated string', SECRET, printed.slice(0, -1)],
    ['a longer string', SECRET, `${printed}0`],
    ['garbage', SECRET, '本回执'],
    ['an empty string', SECRET, ''],
  ])('rejects %s', (_, secret, candidate) => {
    expect(verifyReceiptString(secret, facts, candidate)).toBe(false)
  })
})

describe('normaliseVerificationInput', () => {
  it.each([
    ['ab-cd ef', 'ABCDEF'],
    ['o0 iI lL', '001111'],
    ['AB*C', 'AB?C'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseVerificationInput(input)).toBe(expected)
  })
})
