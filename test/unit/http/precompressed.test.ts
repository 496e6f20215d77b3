import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { chooseEncoding, precompress } from '../../../src/http/precompressed.js'

describe('chooseEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip, deflate, br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['x-gzip', 'gzip'],
    ['BR', 'br'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['br;q=0', 'identity'],
    ['*', 'br'],
    ['*;q=0', 'identity'],
    ['gzip;q=abc', 'identity'],
    ['zstd', 'identity'],
  ] as const)('%j → %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected)
    expect(chooseEncoding(header)).toBe(expected) // remembered answer
  })
})

describe('precompress', () => {
  it('keeps incompressible bytes plain under every encoding', () => {
    const noise = new Uint8Array(crypto.randomBytes(4096))
    const v = precompress(noise, '"abc"')
    expect(v.br).toBe(v.identity)
    expect(v.gzip).toBe(v.identity)
  })

  it('derives one ETag per encoding, weak stays weak', () => {
    const text = new Uint8Array(Buffer.from('执监通 '.repeat(500)))
    expect(precompress(text, '"abc"').br.etag).toBe('"abc-br"')
    expect(precompress(text, 'W/"abc"').gzip.etag).toBe('W/"abc-gzip"')
  })
})
