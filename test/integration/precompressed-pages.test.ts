import zlib from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * Public pages and assets in the encoding the browser accepts (decision 081): the bytes decode to
 * exactly the plain page, each encoding has its own ETag, and caches are told to keep them apart.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const PHONE = 'gzip, deflate, br, zstd'

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await t.app.request(path, { headers })
  return { res, bytes: Buffer.from(await res.arrayBuffer()) }
}

function decode(bytes: Buffer, encoding: string | null): string {
  if (encoding === 'br') return zlib.brotliDecompressSync(bytes).toString('utf8')
  if (encoding === 'gzip') return zlib.gunzipSync(bytes).toString('utf8')
  return bytes.toString('utf8')
}

describe('pre-compressed public pages', () => {
  it.each(['/', '/guide', '/privacy'])(
    '%s: Brotli for a phone, gzip, or plain — the same page, smaller',
    async (path) => {
      const plain = await get(path)
      expect(plain.res.headers.get('content-encoding')).toBeNull()
      const html = plain.bytes.toString('utf8')
      for (const [accept, encoding] of [
        [PHONE, 'br'],
        ['gzip, deflate', 'gzip'],
      ] as const) {
        const { res, bytes } = await get(path, { 'accept-encoding': accept })
        expect(res.status).toBe(200)
        expect(res.headers.get('content-encoding')).toBe(encoding)
        expect(res.headers.get('vary')).toBe('Cookie, Accept-Encoding')
        expect(res.headers.get('content-type')).toBe('text/html; charset=UTF-8')
        expect(decode(bytes, encoding)).toBe(html)
        expect(bytes.length).toBeLessThan(plain.bytes.length * 0.6)
      }
    },
  )

  it('gives each encoding its own ETag and answers 304 only for the one the client holds', async () => {
    const etags = new Set<string>()
    for (const accept of [PHONE, 'gzip', '']) {
      const { res } = await get('/guide', accept ? { 'accept-encoding': accept } : {})
      etags.add(res.headers.get('etag')!)
    }
    expect(etags.size).toBe(3)
    const br = (await get('/guide', { 'accept-encoding': PHONE })).res.headers.get('etag')!
    expect(br).toMatch(/^"[\w-]{27}-br"$/)
    const again = await get('/guide', { 'accept-encoding': PHONE, 'if-none-match': br })
    expect(again.res.status).toBe(304)
    expect(again.bytes.length).toBe(0)
    // the Brotli ETag from a client that now asks for gzip only: it gets the gzip bytes
    const other = await get('/guide', { 'accept-encoding': 'gzip', 'if-none-match': br })
    expect(other.res.status).toBe(200)
    expect(other.res.headers.get('content-encoding')).toBe('gzip')
  })

  it('compresses the 长辈模式 variant too, with ETags of its own', async () => {
    const headers = { 'accept-encoding': PHONE }
    const normal = await get('/', headers)
    const elder = await get('/', { ...headers, cookie: 'zj_display=elder' })
    expect(elder.res.headers.get('content-encoding')).toBe('br')
    expect(decode(elder.bytes, 'br')).toContain('<html lang="zh-CN" class="elder-mode">')
    expect(elder.res.headers.get('etag')).not.toBe(normal.res.headers.get('etag'))
  })

  it.each([
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=1.0, br;q=0.5', 'gzip'],
    ['*', 'br'],
    ['*;q=0.1, br;q=0', 'gzip'],
    ['identity', null],
    ['gzip;q=0, br;q=0', null],
    ['deflate', null],
  ])('Accept-Encoding %j → %s', async (accept, encoding) => {
    const { res, bytes } = await get('/', { 'accept-encoding': accept })
    expect(res.headers.get('content-encoding')).toBe(encoding)
    expect(decode(bytes, encoding)).toContain('<!DOCTYPE html>')
  })
})

describe('pre-compressed assets', () => {
  it('serves the stylesheet compressed, with Vary and an ETag of its own', async () => {
    const page = (await get('/')).bytes.toString('utf8')
    const css = /href="(\/assets\/site\.css\?v=[\w-]{10})"/.exec(page)![1]!
    const plain = await get(css)
    const br = await get(css, { 'accept-encoding': PHONE })
    expect(br.res.headers.get('content-encoding')).toBe('br')
    expect(br.res.headers.get('vary')).toBe('Accept-Encoding')
    expect(br.res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(zlib.brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true)
    expect(br.res.headers.get('etag')).not.toBe(plain.res.headers.get('etag'))
    const again = await get(css, {
      'accept-encoding': PHONE,
      'if-none-match': br.res.headers.get('etag')!,
    })
    expect(again.res.status).toBe(304)
  })
})
