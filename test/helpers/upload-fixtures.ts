import crypto from 'node:crypto'
import { readFileSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import zlib from 'node:zlib'
import { Hono } from 'hono'
import PDFDocument from 'pdfkit'
import type { FileStore } from '../../src/uploads/file-store.js'
import {
  receiveUploads,
  type ReceivedUploads,
  type ReceiveOptions,
  type UploadLimits,
} from '../../src/uploads/multipart.js'
import { UploadRejected } from '../../src/uploads/upload-errors.js'

/**
 * Real sample files for upload tests, made at test time (or, for the JPEG, shipped in
 * test/fixtures/): every one is a file a viewer opens, not just a magic number.
 */

const FIXTURES = new URL('../fixtures/', import.meta.url)

/** A one-page PDF made by pdfkit; with `userPassword` it is encrypted (RC4/AES, /Encrypt in the trailer). */
export async function pdfBytes(
  options: { userPassword?: string; text?: string; pages?: number } = {},
): Promise<Buffer> {
  const doc = new PDFDocument({
    pdfVersion: '1.7',
    info: { Title: 'Upload test', CreationDate: new Date('2026-01-01T00:00:00Z') },
    ...(options.userPassword ? { userPassword: options.userPassword } : {}),
  })
  const chunks: Buffer[] = []
  doc.on('data', (c: Buffer) => chunks.push(c))
  const ended = new Promise((resolve) => doc.on('end', resolve))
  for (let page = 0; page < (options.pages ?? 1); page++) {
    if (page > 0) doc.addPage()
    doc.fontSize(14).text(options.text ?? 'Enforcement ruling (test document), page ' + (page + 1))
  }
  doc.end()
  await ended
  return Buffer.concat(chunks)
}

export const encryptedPdfBytes = () => pdfBytes({ userPassword: 'secret-1234' })

/** A real RGB PNG (signature, IHDR, one zlib-compressed IDAT, IEND), `width`×`height` pixels. */
export function pngBytes(width = 8, height = 8): Buffer {
  const rows: Buffer[] = []
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3) // filter byte 0, then RGB triples
    for (let x = 0; x < width; x++) row.set([(x * 32) & 255, (y * 32) & 255, 160], 1 + x * 3)
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(width, 0)
  ihdr.writeUInt32BE(height, 4)
  ihdr.set([8, 2, 0, 0, 0], 8) // 8-bit, truecolour, deflate, adaptive filtering, no interlace
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

/** A real RGBA PNG of a red ring on a transparent background, like a scanned 院印. */
export function sealPngBytes(size = 240): Buffer {
  const rows: Buffer[] = []
  const c = size / 2
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4)
    for (let x = 0; x < size; x++) {
      const r = Math.hypot(x - c, y - c)
      const ink = r < c - 2 && r > c - 14
      row.set(ink ? [200, 16, 16, 230] : [0, 0, 0, 0], 1 + x * 4)
    }
    rows.push(row)
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit, truecolour with alpha
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', ihdr),
    pngChunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ])
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const typed = Buffer.concat([Buffer.from(type, 'latin1'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(zlib.crc32(typed))
  return Buffer.concat([length, typed, crc])
}

/** A 32×24 baseline JFIF JPEG drawn on a canvas and encoded by Chromium (1,110 bytes). */
export function jpegBytes(): Buffer {
  return readFileSync(new URL('scan-32x24.jpg', FIXTURES))
}

/** The start of a Windows PE executable: DOS header ("MZ"), stub, then the "PE\0\0" signature. */
export function exeBytes(): Buffer {
  const exe = Buffer.alloc(1024)
  exe.write('MZ', 0, 'latin1')
  exe.writeUInt32LE(0x80, 0x3c) // e_lfanew: where the PE header starts
  exe.write('This program cannot be run in DOS mode.\r\r\n$', 0x4e, 'latin1')
  exe.write('PE\0\0', 0x80, 'latin1')
  exe.writeUInt16LE(0x14c, 0x84) // machine: i386
  return exe
}

export const svgBytes = () =>
  Buffer.from(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">' +
      '<script>alert(1)</script><rect width="10" height="10"/></svg>\n',
  )

export const htmlBytes = () =>
  Buffer.from(
    '<!DOCTYPE html>\n<html lang="zh-CN"><head><meta charset="utf-8"><title>x</title></head>' +
      '<body><script>document.title = "x"</script></body></html>\n',
  )

export const sha256 = (bytes: Uint8Array) => crypto.createHash('sha256').update(bytes).digest('hex')

/** A File as a browser puts it in FormData. */
export function fileOf(bytes: Uint8Array, name: string, type = 'application/octet-stream'): File {
  return new File([new Uint8Array(bytes)], name, { type })
}

/** Every regular file under `dir` (stored files and partial writes alike), relative paths. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
    .sort()
}

/**
 * A multipart body produced lazily, chunk by chunk, as the reader pulls: a big upload without the
 * big buffer, and a count of the bytes the server actually took (`pulled`). `cancelled` turns true
 * when the reader gives up on the rest. `failAfter` makes the stream error there (a lost connection).
 */
export function lazyMultipart(
  parts: { field: string; name: string; head: Uint8Array; size: number }[],
  options: { failAfter?: number; chunkSize?: number } = {},
) {
  const boundary = `----zhijian${crypto.randomBytes(8).toString('hex')}`
  const chunkSize = options.chunkSize ?? 64 * 1024
  const state = { pulled: 0, cancelled: false, total: 0 }
  const pieces: (Uint8Array | { pad: number })[] = []
  for (const p of parts) {
    pieces.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${p.field}"; filename="${p.name}"\r\n` +
          'Content-Type: application/octet-stream\r\n\r\n',
      ),
      p.head,
      { pad: p.size - p.head.byteLength },
      Buffer.from('\r\n'),
    )
  }
  pieces.push(Buffer.from(`--${boundary}--\r\n`))
  for (const piece of pieces) state.total += 'pad' in piece ? piece.pad : piece.byteLength
  const source = generate(pieces, chunkSize)
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (options.failAfter !== undefined && state.pulled >= options.failAfter) {
        return controller.error(new Error('connection lost'))
      }
      const next = await source.next()
      if (next.done) return controller.close()
      state.pulled += next.value.byteLength
      controller.enqueue(next.value)
    },
    cancel() {
      state.cancelled = true
    },
  })
  return { body, contentType: `multipart/form-data; boundary=${boundary}`, state }
}

function* generate(pieces: (Uint8Array | { pad: number })[], chunkSize: number) {
  const padding = Buffer.alloc(chunkSize, 0x20) // spaces: a PDF may carry any amount of whitespace
  for (const piece of pieces) {
    if (!('pad' in piece)) {
      yield piece
      continue
    }
    for (let left = piece.pad; left > 0; left -= chunkSize) {
      yield padding.subarray(0, Math.min(chunkSize, left))
    }
  }
}

export type UploadOutcome = { ok: true; result: ReceivedUploads } | { ok: false; err: unknown }

/**
 * A bare hono app with one upload route, as a feature route would use receiveUploads: JSON out so
 * tests can read the result. No body limit: the app's 256 KB form limit must not apply to uploads.
 */
export function createUploadApp(
  store: FileStore,
  options: {
    limits?: UploadLimits
    receive?: ReceiveOptions
    onOutcome?: (outcome: UploadOutcome) => void
  } = {},
): Hono {
  const app = new Hono()
  app.post('/upload', async (c) => {
    try {
      const result = await receiveUploads(c.req.raw, store, options.limits, options.receive)
      options.onOutcome?.({ ok: true, result })
      return c.json(result)
    } catch (err) {
      options.onOutcome?.({ ok: false, err })
      if (err instanceof UploadRejected) return c.json({ problems: err.problems }, err.status)
      throw err
    }
  })
  return app
}
