import { Readable } from 'node:stream'
import type { Context } from 'hono'
import { contentDisposition } from './content-disposition.js'

/** A stored file, opened, and what its response says about it. */
export type StoredFileResponse = {
  stream: Readable
  /** the type found from the content on upload, or the type of a generated document */
  type: string
  name: string
  size?: number
  /** the ASCII name for clients without RFC 5987, when a better one exists than the sanitised name */
  asciiName?: string
}

/**
 * An uploaded file opened in the browser runs with no privileges: `sandbox` gives it an opaque
 * origin (a crafted file cannot act as this site) and nothing may load but the file itself.
 * Checked by hand in Debian's Chromium: its PDF viewer and image view both render under it.
 */
const INLINE_CSP = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'"

/**
 * Every file download, staff's and the applicant's: streamed from the store (never held in memory
 * whole), its stored type trusted and never sniffed, and never cached — these files are personal.
 */
export async function sendStoredFile(
  c: Context,
  file: StoredFileResponse,
  kind: 'inline' | 'attachment',
) {
  await firstBytes(file.stream)
  c.header('Content-Type', file.type)
  c.header('Content-Disposition', contentDisposition(kind, file.name, file.asciiName))
  c.header('X-Content-Type-Options', 'nosniff')
  c.header('Cache-Control', 'no-store')
  if (kind === 'inline') c.header('Content-Security-Policy', INLINE_CSP)
  if (file.size !== undefined) c.header('Content-Length', String(file.size))
  return c.body(Readable.toWeb(file.stream) as ReadableStream<Uint8Array>)
}

/**
 * Waits for the first bytes (or the end) before any header is sent: an object store answers "no
 * such file" only once asked (decision 080), and that must become the error page, not a response
 * cut off after its 200. Costs one buffered read (64 KiB), never the whole file.
 */
function firstBytes(stream: Readable): Promise<void> {
  if (stream.errored) return Promise.reject(stream.errored)
  if (stream.readableEnded || stream.readableLength > 0) return Promise.resolve()
  return new Promise((resolve, reject) => {
    const settle = (err?: Error) => {
      stream.off('readable', ok)
      stream.off('end', ok)
      stream.off('error', settle)
      if (err) reject(err)
      else resolve()
    }
    const ok = () => settle()
    stream.once('readable', ok)
    stream.once('end', ok)
    stream.once('error', settle)
  })
}
