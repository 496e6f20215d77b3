import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { signCsrfNonce } from '../../src/http/csrf.js'
import { createTestApp, TEST_SECRETS, type TestApp } from '../helpers/test-app.js'
import { CSRF_FIELD, csrfPair, formPost, h1Of } from '../helpers/http.js'

let t: TestApp

async function phone(): Promise<string> {
  const row = await t.db.db.selectFrom('site_settings').select('phone').executeTakeFirstOrThrow()
  return row.phone
}

beforeAll(async () => {
  t = await createTestApp()
  // A state-changing form route, as later features add them: it must only run with a valid token.
  t.app.get('/test/form', (c) => c.text(c.var.csrfToken()))
  t.app.post('/test/form', async (c) => {
    const body = await c.req.parseBody()
    await t.db.db
      .updateTable('site_settings')
      .set({ phone: String(body.phone) })
      .execute()
    return c.text('saved')
  })
  t.app.post('/test/upload', (c) => c.text('upload accepted'))
  t.app.get('/test/boom', async () => {
    await sql`select * from no_such_table`.execute(t.db.db)
    return new Response('unreachable')
  })
})
afterAll(() => t.close())

describe('CSRF protection', () => {
  it('refuses a POST without a token with a Chinese page and changes nothing', async () => {
    const before = await phone()
    const res = await t.app.request('/test/form', formPost({ phone: '0375-0000000' }))
    expect(res.status).toBe(403)
    const html = await res.text()
    expect(h1Of(html)).toBe('页面已过期')
    expect(html).toContain('没有保存任何内容')
    expect(await phone()).toBe(before)
  })

  it('refuses a token that does not belong to the cookie', async () => {
    const mine = csrfPair()
    const theirs = csrfPair()
    const res = await t.app.request(
      '/test/form',
      formPost({ phone: '0375-1111111', [CSRF_FIELD]: theirs.token }, { cookie: mine.cookie }),
    )
    expect(res.status).toBe(403)
    expect(await phone()).not.toBe('0375-1111111')
  })

  it('refuses a cookie this app never issued, even with its correct signature', async () => {
    const nonce = 'x'.repeat(2000) // not 32 random bytes in base64url
    const token = signCsrfNonce(TEST_SECRETS.APP_SECRET, nonce)
    const res = await t.app.request(
      '/test/form',
      formPost({ phone: '0375-3', [CSRF_FIELD]: token }, { cookie: `zj_csrf=${nonce}` }),
    )
    expect(res.status).toBe(403)
    expect(await phone()).not.toBe('0375-3')
  })

  it('refuses a token without its cookie', async () => {
    const { token } = csrfPair()
    const res = await t.app.request(
      '/test/form',
      formPost({ phone: '0375-2', [CSRF_FIELD]: token }),
    )
    expect(res.status).toBe(403)
  })

  it('gives every new browser a nonce of its own, across refills of the random pool', async () => {
    const nonces = new Set<string>()
    for (let i = 0; i < 300; i++) {
      const res = await t.app.request('/test/form')
      nonces.add(/zj_csrf=([\w-]{43});/.exec(res.headers.get('set-cookie') ?? '')![1]!)
    }
    expect(nonces.size).toBe(300)
  })

  it('accepts the token a page handed out together with its cookie', async () => {
    const page = await t.app.request('/test/form')
    const setCookie = page.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/zj_csrf=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax/)
    const cookie = setCookie.split(';')[0]!
    const token = await page.text()
    const res = await t.app.request(
      '/test/form',
      formPost({ phone: '0375-7654321', [CSRF_FIELD]: token }, { cookie }),
    )
    expect(res.status).toBe(200)
    expect(await phone()).toBe('0375-7654321')
  })

  it('reads the token of a multipart upload from the query string, never buffering the body', async () => {
    const { cookie, token } = csrfPair()
    const form = new FormData()
    form.append('file', new Blob(['%PDF-1.4']), 'a.pdf')
    const refused = await t.app.request('/test/upload', {
      method: 'POST',
      body: form,
      headers: { cookie },
    })
    expect(refused.status).toBe(403)
    const accepted = await t.app.request(`/test/upload?${CSRF_FIELD}=${token}`, {
      method: 'POST',
      body: form,
      headers: { cookie },
    })
    expect(await accepted.text()).toBe('upload accepted')
  })

  it('guards every POST, also to pages that have no form', async () => {
    const res = await t.app.request('/', { method: 'POST' })
    expect(res.status).toBe(403)
  })
})

describe('request limits and error pages', () => {
  it('refuses an oversized form body with 413 and a Chinese page', async () => {
    const { cookie, token } = csrfPair()
    const res = await t.app.request(
      '/test/form',
      formPost({ phone: 'x'.repeat(300 * 1024), [CSRF_FIELD]: token }, { cookie }),
    )
    expect(res.status).toBe(413)
    expect(h1Of(await res.text())).toBe('提交的内容过大')
    expect(await phone()).not.toContain('xxxx')
  })

  it('answers an unknown URL with a Chinese 404 page in the layout', async () => {
    const res = await t.app.request('/no/such/page')
    expect(res.status).toBe(404)
    const html = await res.text()
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
    expect(h1Of(html)).toBe('页面不存在')
    expect(html).toContain('平顶山市卫东区人民检察院')
  })

  it('shows a generic 500 page with the request id, never the SQL or a stack trace', async () => {
    const res = await t.app.request('/test/boom')
    expect(res.status).toBe(500)
    const html = await res.text()
    expect(h1Of(html)).toBe('系统出现错误')
    const requestId = res.headers.get('x-request-id')!
    expect(html).toContain(requestId)
    expect(html).not.toMatch(/no_such_table|select|at .*\.ts|Error:/i)
    const logged = t.logs.find((l) => l.msg === 'request failed' && l.reqId === requestId)
    expect(JSON.stringify(logged)).toContain('no_such_table')
  })
})

describe('security headers', () => {
  it('sends a strict CSP and no-store on dynamic pages', async () => {
    const res = await t.app.request('/no/such/page')
    const csp = res.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("default-src 'self'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("style-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    expect(res.headers.get('cache-control')).toBe('no-store')
  })
})
