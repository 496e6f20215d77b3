import zlib from 'node:zlib'
import type { Context } from 'hono'
import { setBaseHeader } from './base-headers.js'

export type ContentEncoding = 'br' | 'gzip' | 'identity'

/** One representation of a resource: its bytes on the wire and the ETag of exactly those bytes. */
export type Variant = { body: Uint8Array<ArrayBuffer>; etag: string; encoding: ContentEncoding }
export type Variants = Record<ContentEncoding, Variant>

/**
 * A page or asset kept as plain, Brotli and gzip bytes (docs/decisions/081-precompressed-pages.md),
 * compressed once at the highest levels, when it is rendered or read, never per request. An
 * encoding that does not make the bytes smaller falls back to the plain variant. Each variant has
 * its own ETag (RFC 9110 §8.8.3: an ETag names one representation), derived from the plain one.
 */
export function precompress(plain: Uint8Array<ArrayBuffer>, etag: string): Variants {
  const identity: Variant = { body: plain, etag, encoding: 'identity' }
  const br = zlib.brotliCompressSync(plain, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: plain.byteLength,
    },
  })
  const gzip = zlib.gzipSync(plain, { level: zlib.constants.Z_BEST_COMPRESSION })
  const variant = (bytes: Buffer, encoding: 'br' | 'gzip'): Variant =>
    bytes.byteLength < plain.byteLength
      ? { body: new Uint8Array(bytes), etag: etagFor(etag, encoding), encoding }
      : identity
  return { identity, br: variant(br, 'br'), gzip: variant(gzip, 'gzip') }
}

function etagFor(etag: string, encoding: 'br' | 'gzip'): string {
  const weak = etag.startsWith('W/') ? 'W/' : ''
  return `${weak}"${etag.slice(weak.length + 1, -1)}-${encoding}"`
}

/**
 * The encoding to send for an Accept-Encoding header: Brotli, then gzip, then none; `;q=0` refuses
 * one, `*` accepts any not named. Browsers send a handful of distinct headers, so answers are
 * remembered (bounded, so that a client inventing headers cannot grow the map).
 */
export function chooseEncoding(header: string | undefined): ContentEncoding {
  if (!header) return 'identity'
  const known = remembered.get(header)
  if (known) return known
  const chosen = parseAcceptEncoding(header)
  if (remembered.size < REMEMBERED_MAX) remembered.set(header, chosen)
  return chosen
}

const REMEMBERED_MAX = 256
const remembered = new Map<string, ContentEncoding>()

function parseAcceptEncoding(header: string): ContentEncoding {
  const q = new Map<string, number>()
  for (const part of header.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((s) => s.trim())
    if (!name) continue
    const qParam = params.find((p) => p.startsWith('q='))
    const value = qParam ? Number(qParam.slice(2)) : 1
    q.set(name, Number.isFinite(value) ? value : 0)
  }
  const of = (name: string) => q.get(name) ?? q.get('*') ?? 0
  const br = of('br')
  const gzip = Math.max(of('gzip'), q.get('x-gzip') ?? 0)
  if (br > 0 && br >= gzip) return 'br'
  if (gzip > 0) return 'gzip'
  return 'identity'
}

/**
 * Sends the variant the request accepts, with `Vary: Accept-Encoding` (plus `vary`, e.g. Cookie)
 * so that caches keep them apart, and 304 when the client already holds that very variant.
 */
export function sendVariant(c: Context, variants: Variants, type: string, vary?: string): Response {
  const v = variants[chooseEncoding(c.req.header('accept-encoding'))]
  setBaseHeader(c, 'ETag', v.etag)
  setBaseHeader(c, 'Vary', vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding')
  if (c.req.header('if-none-match') === v.etag) return c.body(null, 304)
  c.header('Content-Type', type)
  if (v.encoding !== 'identity') c.header('Content-Encoding', v.encoding)
  return c.body(v.body)
}
