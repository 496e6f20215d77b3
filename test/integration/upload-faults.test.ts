import { once } from 'node:events'
import fs from 'node:fs/promises'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp, type App } from '../../src/app.js'
import { bootDeps } from '../../src/boot.js'
import { fixedClock } from '../../src/clock.js'
import type { Deps } from '../../src/deps.js'
import { createLogger } from '../../src/logging/logger.js'
import { createLocalFileStore, type FileStore } from '../../src/uploads/file-store.js'
import { CSRF_FIELD } from '../helpers/http.js'
import { SELF_CHECK, TestBrowser, VALID_STEPS } from '../helpers/applicant.js'
import { testConfig } from '../helpers/test-app.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'
import { filesUnder, pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * Reliability review §4 and §5: a full or read-only disk, and an upload that stops sending. Both
 * end in a Chinese page with nothing half-stored, over a real socket where the socket matters.
 */

/** The real local store, made to fail writes with an errno while `failWith` is set. */
function faultyStore(inner: FileStore): FileStore & { failWith?: string } {
  const store: FileStore & { failWith?: string } = {
    ...inner,
    async put(source, options) {
      if (!store.failWith) return inner.put(source, options)
      // Like fs after the first chunk: the partial file is removed and the errno thrown.
      for await (const _ of source as AsyncIterable<Uint8Array>) break
      throw Object.assign(new Error(`${store.failWith}: write failed (test)`), {
        code: store.failWith,
      })
    },
  }
  return store
}

let db: TestDb
let deps: Deps
let app: App
let store: ReturnType<typeof faultyStore>
let dataDir: string
let server: http.Server
let base: string
let pdf: Buffer
const png = pngBytes()

beforeAll(async () => {
  pdf = await pdfBytes()
  db = await createTestDb()
  const config = { ...(await testConfig()), uploadIdleTimeoutMs: 300 }
  dataDir = config.dataDir
  store = faultyStore(createLocalFileStore(`${dataDir}/files`))
  ;({ deps } = await bootDeps(config, {
    dbHandle: db,
    clock: fixedClock(new Date('2026-11-26T02:00:00Z')),
    logger: createLogger('silent'),
    fileStore: store,
  }))
  app = createApp(deps)
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as http.Server
  await once(server, 'listening')
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
  await db.close()
  await fs.rm(dataDir, { recursive: true, force: true })
})

async function draftWithSteps(steps = VALID_STEPS): Promise<TestBrowser> {
  const browser = new TestBrowser(app)
  await browser.post('/apply/start', SELF_CHECK)
  for (const [step, fields] of steps) await browser.post(`/apply/step/${step}`, fields)
  return browser
}

function uploadForm(slot: string, name: string, bytes: Uint8Array): FormData {
  const form = new FormData()
  form.append(`file-${slot}`, new File([new Uint8Array(bytes)], name))
  return form
}

const draftFileCount = async () =>
  (await db.db.selectFrom('draft_files').select('id').execute()).length

describe('a stalled upload', () => {
  it('is answered 408 in Chinese after the idle limit, its partial file removed, socket closed', async () => {
    const browser = await draftWithSteps()
    const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
    const boundary = 'zjStallBoundary'
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="file-identity"; filename="id.pdf"\r\n` +
      'Content-Type: application/pdf\r\n\r\n'
    const req = http.request(
      `${base}/apply/materials/upload?slot=identity&${CSRF_FIELD}=${encodeURIComponent(browser.token)}`,
      {
        method: 'POST',
        headers: {
          cookie,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + 2 * pdf.length),
        },
      },
    )
    // Half the file, then nothing: the body never ends.
    req.write(head)
    req.write(pdf)
    const [res] = (await once(req, 'response')) as [http.IncomingMessage]
    let body = ''
    for await (const chunk of res) body += String(chunk)
    expect(res.statusCode).toBe(408)
    expect(res.headers.connection).toBe('close')
    expect(body).toContain('长时间没有收到上传的数据')
    expect(body).toContain('没有保存任何文件')
    req.destroy()
    expect(await filesUnder(`${dataDir}/files`)).toEqual([])
    expect(await draftFileCount()).toBe(0)
  })
})

describe('a full or read-only disk', () => {
  it.each(['ENOSPC', 'EROFS'])(
    'during an upload: 503 with Retry-After and a Chinese page, nothing stored (%s)',
    async (errno) => {
      const browser = await draftWithSteps()
      const filesBefore = await draftFileCount()
      store.failWith = errno
      try {
        const res = await browser.upload(
          '/apply/materials/upload?slot=identity',
          uploadForm('identity', '身份证.png', png),
        )
        expect(res.status).toBe(503)
        expect(res.headers.get('retry-after')).toBe('30')
        const html = await res.text()
        expect(html).toContain('文件暂时无法保存')
        expect(html).toContain('没有丢失')
      } finally {
        store.failWith = undefined
      }
      expect(await draftFileCount()).toBe(filesBefore)
      // Once space is back the same upload works.
      const again = await browser.upload(
        '/apply/materials/upload?slot=identity',
        uploadForm('identity', '身份证.png', png),
      )
      expect(again.status).toBe(303)
    },
  )

  it('at submission (the generated 申请书): 503, no application, and the retry submits', async () => {
    const browser = await draftWithSteps()
    await browser.upload(
      '/apply/materials/upload?slot=identity',
      uploadForm('identity', '身份证.png', png),
    )
    await browser.upload(
      '/apply/materials/upload?slot=legal_documents',
      uploadForm('legal_documents', '裁定书.pdf', pdf),
    )
    await browser.post('/apply/materials', { generateLetter: 'yes' })
    const before = await db.db.selectFrom('applications').select('id').execute()
    store.failWith = 'ENOSPC'
    try {
      const res = await browser.post('/apply/submit', { declaration: 'yes' })
      expect(res.status).toBe(503)
      expect(res.headers.get('retry-after')).toBe('30')
      expect(await res.text()).toContain('文件暂时无法保存')
    } finally {
      store.failWith = undefined
    }
    const after = await db.db.selectFrom('applications').select('id').execute()
    expect(after.length).toBe(before.length)
    const retry = await browser.post('/apply/submit', { declaration: 'yes' })
    expect(retry.headers.get('location')).toBe('/apply/confirmation')
  })
})
