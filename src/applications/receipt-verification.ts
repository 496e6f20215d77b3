import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * The verification string printed on a 收件回执 (docs/product.md §6): an HMAC-SHA256 over the tracking code,
 * the submission time and the SHA-256 of every file, so /verify can tell whether a receipt is
 * genuine and unaltered without revealing personal data. 20 characters (100 bits) in Crockford
 * base32 — digits and upper-case letters without I, L, O, U — shown as XXXX-XXXX-XXXX-XXXX-XXXX,
 * because people copy it from paper: input ignores case, spaces and dashes and reads O as 0 and
 * I/L as 1.
 */

export type ReceiptFacts = {
  /** 'XXXX-XXXX-XXXX'; compared without case, spaces or dashes */
  trackingCode: string
  /** ISO 8601 instant; any spelling of the same instant gives the same string */
  submittedAt: string
  /** SHA-256 (hex) of every material; order does not matter */
  fileHashes: string[]
}

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const LENGTH = 20
const GROUP = 4
const DOMAIN = 'zhijian/receipt-verification/v1'

export function receiptVerificationString(
  secret: string | Uint8Array,
  facts: ReceiptFacts,
): string {
  return groups(encodeBase32(receiptMac(secret, facts)))
}

/** Constant-time check of a verification string as typed or scanned by a person. */
export function verifyReceiptString(
  secret: string | Uint8Array,
  facts: ReceiptFacts,
  candidate: string,
): boolean {
  const expected = Buffer.from(encodeBase32(receiptMac(secret, facts)), 'ascii')
  const given = Buffer.from(normaliseVerificationInput(candidate), 'ascii')
  if (given.length !== expected.length) {
    timingSafeEqual(expected, expected)
    return false
  }
  return timingSafeEqual(given, expected)
}

/** Upper-cases, drops whitespace and dashes, maps the look-alikes O→0 and I/L→1. */
export function normaliseVerificationInput(input: string): string {
  return input
    .toUpperCase()
    .replace(/[\s\-‐‑–—－]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1')
    .replace(/[^0-9A-Z]/g, '?')
}

/** The exact bytes the MAC covers; one field per line, so no field can spill into the next. */
export function canonicalReceiptFacts(facts: ReceiptFacts): string {
  const code = facts.trackingCode.toUpperCase().replace(/[\s-]/g, '')
  if (!/^[0-9A-Z]{12}$/.test(code)) throw new Error('tracking code must have 12 characters')
  const time = new Date(facts.submittedAt)
  if (Number.isNaN(time.getTime())) throw new Error('submittedAt is not a valid ISO time')
  const hashes = facts.fileHashes.map((h) => h.toLowerCase())
  if (hashes.some((h) => !/^[0-9a-f]{64}$/.test(h))) throw new Error('file hash is not SHA-256 hex')
  return [DOMAIN, code, time.toISOString(), [...hashes].sort().join(',')].join('\n')
}

function receiptMac(secret: string | Uint8Array, facts: ReceiptFacts): Buffer {
  if (secret.length < 16) throw new Error('receipt verification secret is too short')
  return createHmac('sha256', secret).update(canonicalReceiptFacts(facts), 'utf8').digest()
}

function encodeBase32(bytes: Buffer): string {
  let out = ''
  for (let i = 0; i < LENGTH; i++) {
    const bit = i * 5
    const pair = ((bytes[bit >> 3] ?? 0) << 8) | (bytes[(bit >> 3) + 1] ?? 0)
    out += ALPHABET[(pair >> (11 - (bit & 7))) & 31]
  }
  return out
}

function groups(value: string): string {
  return (value.match(new RegExp(`.{1,${GROUP}}`, 'g')) ?? []).join('-')
}
