import crypto from 'node:crypto'
import { once } from 'node:events'
import http from 'node:http'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

/**
 * One file of `size` bytes: `head` (e.g. a real PDF), then a fixed block of random bytes repeated —
 * incompressible like a scan, generated as it is sent so the client holds no big buffer either.
 */
export type BenchFile = { field: string; name: string; head: Buffer; size: number }

const FILLER = crypto.randomBytes(64 * 1024)

function* fileChunks(file: BenchFile): Generator<Buffer> {
  yield file.head
  for (let left = file.size - file.head.length; left > 0; left -= FILLER.length) {
    yield left >= FILLER.length ? FILLER : FILLER.subarray(0, left)
  }
}

/** SHA-256 of the file's bytes, as the server should report it. */
export function sha256Of(file: BenchFile): string {
  const hash = crypto.createHash('sha256')
  for (const chunk of fileChunks(file)) hash.update(chunk)
  return hash.digest('hex')
}

function multipart(file: BenchFile, boundary: string) {
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; ` +
      `filename="${file.name}"\r\nContent-Type: application/pdf\r\n\r\n`,
  )
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  function* chunks() {
    yield head
    yield* fileChunks(file)
    yield tail
  }
  return { chunks, length: head.length + file.size + tail.length }
}

export type UploadResult = { status: number; body: string; bytes: number }

/** POSTs `file` as multipart/form-data with a Content-Length, streamed with backpressure. */
export async function uploadFile(url: string, file: BenchFile, agent: http.Agent) {
  const boundary = `----zhijianbench${crypto.randomBytes(8).toString('hex')}`
  const body = multipart(file, boundary)
  const req = http.request(url, {
    method: 'POST',
    agent,
    headers: {
      'content-type': `multipart/form-data; boundary=${boundary}`,
      'content-length': String(body.length),
    },
  })
  const responded = once(req, 'response') as Promise<[http.IncomingMessage]>
  responded.catch(() => undefined) // a failed send is reported by pipeline below
  await pipeline(Readable.from(body.chunks(), { objectMode: false }), req)
  const [res] = await responded
  let text = ''
  for await (const chunk of res) text += String(chunk)
  return { status: res.statusCode ?? 0, body: text, bytes: body.length } satisfies UploadResult
}
