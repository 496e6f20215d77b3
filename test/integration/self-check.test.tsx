import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { selfCheckRoutes } from '../../src/applications/self-check.routes.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { CSRF_FIELD, formPost, h1Of } from '../helpers/http.js'

let t: TestApp
let cookie = ''
let token = ''
beforeAll(async () => {
  t = await createTestApp()
  t.app.route('/apply', selfCheckRoutes())
  const res = await t.app.request('/apply')
  cookie = res.headers.get('set-cookie')!.split(';')[0]!
  token = /name="_csrf" value="([^"]+)"/.exec(await res.text())![1]!
})
afterAll(() => t.close())

const answers = {
  role: 'applicant_for_enforcement',
  court: '豫0403',
  about: 'enforcement',
  remedy: 'decided',
}

function post(fields: Record<string, string>) {
  return t.app.request(
    '/apply/self-check',
    formPost({ [CSRF_FIELD]: token, ...fields }, { cookie }),
  )
}

/** The page's own content, without the layout's navigation and footer. */
async function mainOf(res: Response): Promise<string> {
  const html = await res.text()
  return /<main[^>]*>([\s\S]*)<\/main>/.exec(html)![1]!
}

describe('GET /apply', () => {
  it('shows the 须知 and the four questions in one form with the CSRF field', async () => {
    const res = await t.app.request('/apply', { headers: { cookie } })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(h1Of(html)).toBe('在线申请须知')
    expect(html).toContain('第 1 步，共 10 步：申请前自查')
    for (const legend of [
      '您在执行案件中的身份',
      '执行法院',
      '您要反映的问题',
      '是否已向执行法院提出执行异议、申请复议或者提起诉讼',
    ])
      expect(html).toContain(`<legend class="fieldset__legend">${legend}</legend>`)
    expect(html).toMatch(/<form method="post" action="\/apply\/self-check" novalidate="">/)
    expect(html).toContain(`name="${CSRF_FIELD}" value="${token}"`)
    expect(html).toContain('value="豫0403"')
    expect(html).toContain(
      '<label for="field-court">平顶山市卫东区人民法院（案号中的代字为“豫0403”）',
    )
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1])
    expect(ids.length).toBe(new Set(ids).size)
    expect(html).toContain('href="/privacy"')
    expect(html).toContain('href="/guide"')
    expect(html).toContain('href="tel:12309"')
    expect(html).toContain('30 天')
    expect(html).toContain('检查是否可以申请</button>')
    expect(html).not.toMatch(/<script|style="/)
  })
})

describe('POST /apply/self-check', () => {
  it('re-renders with 422 and one linked message per unanswered question', async () => {
    const res = await post({})
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<div class="error-summary" role="alert"')
    for (const field of ['role', 'court', 'about', 'remedy'])
      expect(html).toMatch(new RegExp(`<a href="#field-${field}">请选择[^<]+</a>`))
    expect(h1Of(html)).toBe('在线申请须知')
    expect(html).toContain('<title>错误：在线申请须知')
  })

  it('keeps the answers given and refuses a court that is not configured', async () => {
    const res = await post({ ...answers, court: '豫0402', remedy: '' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('请从列表中选择执行法院；列表中没有的，请选择“其他法院”')
    expect(html).toMatch(/value="applicant_for_enforcement" checked/)
    expect(html).toMatch(/value="enforcement" checked/)
    expect(html).not.toContain('href="#field-role"')
  })

  it.each([
    [{}, '您可以提交申请'],
    [{ remedy: 'not_applicable' }, '您可以提交申请'],
    [{ court: 'unknown' }, '您可以提交申请'],
    [{ remedy: 'none' }, '建议先向执行法院提出执行异议 — 仍可提交'],
    [{ remedy: 'pending' }, '建议先向执行法院提出执行异议 — 仍可提交'],
    [{ court: 'other_court' }, '这件事可能不归本院办理'],
  ])('%o → “%s”, with a form carrying the answers to /apply/start', async (changes, title) => {
    const given = { ...answers, ...changes }
    const res = await post(given)
    expect(res.status).toBe(200)
    const html = await mainOf(res)
    expect(h1Of(html)).toBe(title)
    const form =
      /<form method="post" action="\/apply\/start" novalidate="">([\s\S]*?)<\/form>/.exec(html)
    expect(form).not.toBeNull()
    expect(form![1]).toContain(`name="${CSRF_FIELD}" value="${token}"`)
    for (const [name, value] of Object.entries(given))
      expect(form![1]).toContain(`<input type="hidden" name="${name}" value="${value}"/>`)
    expect(form![1]).toContain('继续填写申请</button>')
    expect(html).toContain('<a href="/apply">返回修改</a>')
  })

  it.each([
    [{ role: 'other' }, '/guide#who'],
    [{ about: 'judgment' }, '/guide#faq'],
    [{ about: 'judge_conduct' }, '/guide#matters'],
    [{ about: 'other' }, '/guide#matters'],
  ])('%o → out of scope: no way on, only where to go instead', async (changes, guide) => {
    const res = await post({ ...answers, ...changes })
    expect(res.status).toBe(200)
    const html = await mainOf(res)
    expect(h1Of(html)).toBe('此类事项不属于执行监督')
    expect(html).not.toContain('/apply/start')
    expect(html).not.toContain('继续填写申请')
    expect(html).toContain(`<a href="${guide}">`)
    expect(html).toContain('<a href="https://www.12309.gov.cn">12309中国检察网</a>')
    expect(html).toContain('<a href="/apply">返回修改</a>')
  })

  it('shows the reason, the next steps and the legal basis', async () => {
    const html = await mainOf(await post({ ...answers, remedy: 'none' }))
    expect(html).toContain('但有正当理由的除外')
    expect(html).toContain('《中华人民共和国民事诉讼法》第二百三十六条')
    expect(html).toContain('<a href="/guide#court-first">')
  })

  it('refuses a post without the CSRF token with 403', async () => {
    const res = await t.app.request('/apply/self-check', formPost(answers, { cookie }))
    expect(res.status).toBe(403)
    expect(await res.text()).not.toContain('您可以提交申请')
  })
})
