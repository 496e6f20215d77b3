import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { h1Of } from '../helpers/http.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('public information pages', () => {
  it.each([
    ['/', '民事执行监督', '第二百四十六条'],
    ['/guide', '申请指南', '《人民检察院民事诉讼监督规则》'],
    ['/privacy', '个人信息处理告知', '个人信息保护法'],
  ])('%s renders in Chinese inside the layout', async (path, heading, citation) => {
    const res = await t.app.request(path)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    const html = await res.text()
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-CN">')).toBe(true)
    expect(h1Of(html)).toContain(heading)
    expect(html).toContain(citation)
    expect(html).toContain('<a href="https://www.12309.gov.cn"')
    expect(html).toContain('href="/privacy"')
    expect(html).toMatch(/<link rel="stylesheet" href="\/assets\/site\.css\?v=[\w-]{10}"/)
    expect(html).not.toMatch(/<script|style="/)
  })

  it('sets no cookie, and answers a revalidation with 304 from its ETag', async () => {
    const first = await t.app.request('/guide')
    expect(first.headers.get('set-cookie')).toBeNull()
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]{27}"$/)
    expect(first.headers.get('vary')).toBe('Cookie, Accept-Encoding')
    const again = await t.app.request('/guide', { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    expect(await again.text()).toBe('')
  })

  it('serves the 长辈模式 variant from the display cookie, with its own ETag', async () => {
    const normal = await t.app.request('/')
    const elder = await t.app.request('/', { headers: { cookie: 'zj_display=elder' } })
    const html = await elder.text()
    expect(html).toContain('<html lang="zh-CN" class="elder-mode">')
    expect(html).toContain('退出长辈模式')
    expect(elder.headers.get('etag')).not.toBe(normal.headers.get('etag'))
  })

  it('shows the courts and contacts stored in the site settings, and follows changes', async () => {
    const before = await (await t.app.request('/')).text()
    expect(before).toContain('平顶山市卫东区人民法院')
    expect(before).toContain('豫0403')
    await t.db.db
      .insertInto('supervised_courts')
      .values({ court_code: '豫0402', court_name: '平顶山市新华区人民法院', sort_order: 2 })
      .execute()
    await t.db.db.updateTable('site_settings').set({ updated_at: new Date() }).execute()
    t.clock.advance(61_000)
    const after = await (await t.app.request('/')).text()
    expect(after).toContain('平顶山市新华区人民法院')
  })
})

describe('长辈模式 switch', () => {
  it('sets a long-lived cookie and returns to the page it came from', async () => {
    const res = await t.app.request('/display-mode?mode=elder&return=%2Fguide')
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/guide')
    expect(res.headers.get('set-cookie')).toMatch(
      /zj_display=elder; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax/,
    )
  })

  it('turns it off again', async () => {
    const res = await t.app.request('/display-mode?mode=standard&return=%2F', {
      headers: { cookie: 'zj_display=elder' },
    })
    expect(res.headers.get('set-cookie')).toMatch(/zj_display=standard; Max-Age=0/)
  })

  it.each([
    '//evil.example/x',
    'https://evil.example/',
    '/\\evil.example',
    '',
    '/%2F/evil.example',
  ])('never redirects off the site (return=%s)', async (target) => {
    const res = await t.app.request(`/display-mode?mode=elder&return=${encodeURIComponent(target)}`)
    expect(res.headers.get('location')).toBe('/')
  })

  it.each(['/\t/evil.example', '/\r\nSet-Cookie:x=y', '/\u0000', '/x\u0085'])(
    'answers 400 with a Chinese page for a control character in the return path (%j)',
    async (target) => {
      const res = await t.app.request(
        `/display-mode?mode=elder&return=${encodeURIComponent(target)}`,
      )
      expect(res.status).toBe(400)
      expect(res.headers.get('location')).toBeNull()
      expect(res.headers.get('set-cookie') ?? '').not.toContain('x=y')
      expect(await res.text()).toContain('返回地址中含有不允许的字符')
    },
  )
})

describe('static assets', () => {
  it('serves the stylesheet with a year of caching when the version matches', async () => {
    const page = await (await t.app.request('/')).text()
    const href = /href="(\/assets\/site\.css\?v=[\w-]+)"/.exec(page)![1]!
    const res = await t.app.request(href)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(res.headers.get('cache-control')).toContain('immutable')
    expect(await res.text()).toContain('.elder-mode')
  })

  it('does not serve files outside the assets folder', async () => {
    expect((await t.app.request('/assets/..%2Fpackage.json')).status).toBe(404)
    expect((await t.app.request('/assets/nope.css')).status).toBe(404)
  })
})
