import { once } from 'node:events'
import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { serve } from '@hono/node-server'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createLocalFileStore, type FileStore } from '../../src/uploads/file-store.js'
import { receiveUploads } from '../../src/uploads/multipart.js'
import { UploadRejected } from '../../src/uploads/upload-errors.js'
import { CSRF_FIELD, csrfPair } from '../helpers/http.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import {
  createUploadApp,
  fileOf,
  filesUnder,
  lazyMultipart,
  pdfBytes,
  pngBytes,
  sha256,
  type UploadOutcome,
} from '../helpers/upload-fixtures.js'

/** Uploads over a real socket, as a phone sends them: @hono/node-server on node:http. */

const MiB = 1024 * 1024
let dir: string
let store: FileStore
let server: http.Server
let url: string
let outcomes: ((o: UploadOutcome) => void)[] = []
let pdf: Buffer

beforeAll(async () => {
  pdf = await pdfBytes()
})
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-uploads-http-'))
  store = createLocalFileStore(dir)
  const app = createUploadApp(store, { onOutcome: (o) => outcomes.shift()?.(o) })
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server
  await once(server, 'listening')
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/upload`
})
afterEach(async () => {
  outcomes = []
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await fs.rm(dir, { recursive: true, force: true })
})

/** The handler's result for the next request, whether or not a response reaches the client. */
function nextOutcome(): Promise<UploadOutcome> {
  return new Promise((resolve) => outcomes.push(resolve))
}

type Sent = { status?: number; body: string; written: number; finished: boolean }

/**
 * Streams `upload` to the server with backpressure, and stops writing as soon as a response
 * arrives (as browsers do) or after `cutAfter` bytes, when it drops the connection.
 */
async function send(upload: ReturnType<typeof lazyMultipart>, cutAfter = Infinity): Promise<Sent> {
  const req = http.request(url, {
    method: 'POST',
    headers: { 'content-type': upload.contentType },
  })
  const sent: Sent = { body: '', written: 0, finished: false }
  const settled = new Promise<void>((resolve) => {
    req.on('response', async (res) => {
      sent.status = res.statusCode
      for await (const chunk of res) sent.body += String(chunk)
      resolve()
    })
    req.on('error', () => resolve()) // the server may close while we still write
    req.on('close', () => setTimeout(resolve, 50))
  })
  const reader = upload.body.getReader()
  while (sent.status === undefined && !req.destroyed) {
    if (sent.written >= cutAfter) {
      req.destroy()
      break
    }
    const { done, value } = await reader.read()
    if (done) {
      sent.finished = true
      req.end()
      break
    }
    sent.written += value.byteLength
    if (!req.write(value)) await Promise.race([once(req, 'drain'), settled])
  }
  await settled
  req.destroy()
  return sent
}

describe('uploads over HTTP', () => {
  it('answers an oversized upload with 413 before the client has sent it', async () => {
    const upload = lazyMultipart([
      { field: '证据材料', name: '录像.pdf', head: pdf.subarray(0, 2048), size: 80 * MiB },
    ])
    const outcome = nextOutcome()
    const sent = await send(upload)
    expect(sent.status).toBe(413)
    expect(sent.body).toContain('超过 20 MB')
    expect(sent.finished).toBe(false)
    expect(sent.written).toBeLessThan(upload.state.total)
    expect(await outcome).toMatchObject({ ok: false })
    expect(await filesUnder(dir)).toEqual([])
  })

  it('keeps no file when the client disconnects mid-upload', async () => {
    const png = pngBytes()
    const upload = lazyMultipart([
      { field: '身份证明', name: '身份证.png', head: png, size: png.length },
      { field: '证据材料', name: '证据.pdf', head: pdf.subarray(0, 2048), size: 10 * MiB },
    ])
    const outcome = nextOutcome()
    const sent = await send(upload, 3 * MiB)
    expect(sent.status).toBeUndefined()
    const result = await outcome
    expect(result.ok).toBe(false)
    expect(!result.ok && result.err).toBeInstanceOf(UploadRejected)
    expect(await filesUnder(dir)).toEqual([])
  })

  it('stores a file streamed over the socket, identical to what was sent', async () => {
    const form = new FormData()
    form.append('相关法律文书', fileOf(pdf, '执行裁定书.pdf'))
    const res = await fetch(url, { method: 'POST', body: form })
    expect(res.status).toBe(200)
    const { files } = (await res.json()) as { files: { sha256: string; storedId: string }[] }
    expect(files[0]!.sha256).toBe(sha256(pdf))
    const stored = await fs.readFile(
      path.join(dir, files[0]!.storedId.slice(0, 2), files[0]!.storedId),
    )
    expect(stored.equals(pdf)).toBe(true)
  })
})

describe('uploads inside the real app', () => {
  let t: TestApp
  let appStore: FileStore
  beforeAll(async () => {
    t = await createTestApp()
    appStore = createLocalFileStore(path.join(t.config.dataDir, 'files'))
    t.app.post('/test/uploads', async (c) => {
      const { files } = await receiveUploads(c.req.raw, appStore)
      return c.text(files.map((f) => f.originalName).join(','))
    })
  })
  afterAll(() => t.close())

  it('reads the CSRF token from the query and streams the body to the store', async () => {
    const { cookie, token } = csrfPair()
    const form = new FormData()
    form.append('身份证明', fileOf(pngBytes(), '身份证.png'))
    const refused = await t.app.request('/test/uploads', {
      method: 'POST',
      body: form,
      headers: { cookie },
    })
    expect(refused.status).toBe(403)
    expect(await filesUnder(path.join(t.config.dataDir, 'files'))).toEqual([])
    const res = await t.app.request(`/test/uploads?${CSRF_FIELD}=${token}`, {
      method: 'POST',
      body: form,
      headers: { cookie },
    })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('身份证.png')
    expect(await filesUnder(path.join(t.config.dataDir, 'files'))).toHaveLength(1)
  })
})
