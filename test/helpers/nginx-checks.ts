import crypto from 'node:crypto'
import https from 'node:https'
import tls from 'node:tls'
import { expect } from 'vitest'
import type { Db } from '../../src/db/database.js'
import type { Deps } from '../../src/deps.js'
import { CSRF_COOKIE, CSRF_COOKIE_HTTPS } from '../../src/http/csrf.js'
import { SELF_CHECK, TestBrowser, VALID_STEPS } from './applicant.js'
import { CSRF_FIELD, csrfPair } from './http.js'
import { httpApp, type HttpTarget } from './http-client.js'
import type { RunningNginx } from './nginx.js'
import { createStaff } from './staff.js'
import { lazyMultipart, pdfBytes } from './upload-fixtures.js'

const MiB = 1024 * 1024

/** The checks of issue 18 item 2 that need nginx in front, in one go (one draft, one nginx). */
export async function throughNginx(t: { nginx: RunningNginx; db: Db; deps: Deps }) {
  const target: HttpTarget = {
    base: `https://127.0.0.1:${t.nginx.httpsPort}`,
    ca: t.nginx.cert,
    secureCookies: true,
  }
  await clientAddressFromForwardedFor(t, target)
  await hundredMegabyteUpload(t, target)
  await slowClient(t.nginx, target)
  expect(await t.nginx.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/)
}

/**
 * A client at 127.0.0.2 forges X-Forwarded-For; nginx appends the address it saw, and the audit
 * log records that one (TRUST_PROXY_HOPS=1), not the forgery.
 */
async function clientAddressFromForwardedFor(t: { db: Db; deps: Deps }, target: HttpTarget) {
  const staff = await createStaff(t.deps, { roles: ['reviewer'] })
  const forger = new TestBrowser(
    httpApp({
      ...target,
      localAddress: '127.0.0.2',
      headers: { 'x-forwarded-for': '198.51.100.1' },
    }),
  )
  const res = await forger.post('/staff/login', {
    username: staff.username,
    password: 'not the password',
    totp: '',
  })
  expect(res.status).toBe(422)
  const row = await t.db
    .selectFrom('audit_events')
    .select('ip')
    .where('object_id', '=', staff.id)
    .executeTakeFirstOrThrow()
  expect(row.ip).toBe('127.0.0.2')
}

/** Five files of just under 20 MB in one request (100 MB, the most an application may carry). */
async function hundredMegabyteUpload(t: { db: Db }, target: HttpTarget) {
  const browser = new TestBrowser(httpApp(target))
  await browser.post('/apply/start', SELF_CHECK)
  for (const [step, fields] of VALID_STEPS) await browser.post(`/apply/step/${step}`, fields)
  const head = await pdfBytes()
  const size = 20 * MiB - 4096
  const parts = Array.from({ length: 5 }, (_, i) => ({
    field: 'file-legal_documents',
    name: `执行裁定书${i + 1}.pdf`,
    head,
    size,
  }))
  const upload = lazyMultipart(parts, { chunkSize: 256 * 1024 })
  const cookie = [...browser.cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const path = `/apply/materials/upload?slot=legal_documents&${CSRF_FIELD}=${encodeURIComponent(browser.token)}`
  const status = await streamBody(target, path, upload.body, {
    cookie,
    'content-type': upload.contentType,
    'content-length': String(upload.state.total),
  })
  expect(status).toBe(303)
  expect(upload.state.pulled).toBe(upload.state.total)
  const expected = crypto
    .createHash('sha256')
    .update(head)
    .update(Buffer.alloc(size - head.length, 0x20))
    .digest('hex')
  const stored = await t.db
    .selectFrom('draft_files')
    .select(['byte_size', 'sha256'])
    .where('original_name', 'like', '执行裁定书_.pdf')
    .execute()
  expect(stored).toHaveLength(5)
  for (const f of stored) expect([Number(f.byte_size), f.sha256]).toEqual([size, expected])
}

function streamBody(
  target: HttpTarget,
  path: string,
  body: ReadableStream<Uint8Array>,
  headers: Record<string, string>,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = https.request(
      new URL(path, target.base),
      { method: 'POST', headers, ca: target.ca, servername: 'zhijian.test', agent: false },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode ?? 0))
      },
    )
    req.on('error', reject)
    void (async () => {
      for await (const chunk of body as unknown as AsyncIterable<Uint8Array>) {
        if (!req.write(chunk)) await new Promise((r) => req.once('drain', r))
      }
      req.end()
    })().catch(reject)
  })
}

/**
 * A client that has sent half its form and stops: meanwhile every other request is answered; when
 * it sends the rest, its own answer comes (a wrong code: 422), as if it had never paused.
 */
async function slowClient(nginx: RunningNginx, target: HttpTarget) {
  const { cookie: plain, token } = csrfPair()
  const cookie = plain.replace(`${CSRF_COOKIE}=`, `${CSRF_COOKIE_HTTPS}=`)
  const body = new URLSearchParams({ [CSRF_FIELD]: token, code: 'ABCD-2345-6789', digits: '1234' })
  const bytes = Buffer.from(body.toString())
  const socket = tls.connect({
    host: '127.0.0.1',
    port: nginx.httpsPort,
    ca: nginx.cert,
    servername: 'zhijian.test',
  })
  await new Promise<void>((resolve, reject) => {
    socket.once('secureConnect', resolve)
    socket.once('error', reject)
  })
  const received: Buffer[] = []
  socket.on('data', (c: Buffer) => received.push(c))
  const ended = new Promise((resolve) => socket.once('end', resolve))
  socket.write(
    `POST /track HTTP/1.1\r\nHost: zhijian.test\r\nCookie: ${cookie}\r\n` +
      `Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ${bytes.length}\r\n` +
      'Connection: close\r\n\r\n',
  )
  socket.write(bytes.subarray(0, 10))
  const others = await Promise.all(
    Array.from({ length: 12 }, (_, i) => httpApp(target).request(i % 2 ? '/' : '/guide')),
  )
  expect(others.map((r) => r.status)).toEqual(Array(12).fill(200))
  expect(received).toEqual([])
  socket.write(bytes.subarray(10))
  await ended
  const answer = Buffer.concat(received).toString('utf8')
  expect(answer).toMatch(/^HTTP\/1\.1 422 /)
  expect(answer).toContain('查询码')
}
