import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { RadioGroup } from '../../views/components/choices.js'
import { ErrorSummary } from '../../views/components/error-summary.js'
import { TextField } from '../../views/components/field.js'
import { Button, Form } from '../../views/components/form.js'
import type { AppEnv } from '../../src/http/app-env.js'
import { parseForm, type InvalidForm } from '../../src/http/form.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { CSRF_FIELD, formPost } from '../helpers/http.js'
import type { Context } from 'hono'

/** A small form built from the shared components and parseForm, as every feature form is. */
const ContactSchema = z.object({
  name: z.string().trim().min(1, '请输入姓名').max(50, '姓名不能超过 50 个字'),
  role: z.enum(['申请执行人', '被执行人'], { error: '请选择您在执行案件中的身份' }),
})

function page(c: Context<AppEnv>, form: Partial<InvalidForm> = {}) {
  const v = form.values ?? {}
  const e = form.errors ?? {}
  return c.render(
    <>
      <ErrorSummary errors={e} />
      <h1>联系信息</h1>
      <Form action="/test/contact" csrfToken={c.var.csrfToken()}>
        <TextField name="name" label="姓名" value={v.name as string} error={e.name} />
        <RadioGroup
          name="role"
          legend="在执行案件中的身份"
          value={v.role as string}
          error={e.role}
          options={[
            { value: '申请执行人', label: '申请执行人' },
            { value: '被执行人', label: '被执行人' },
          ]}
        />
        <Button>继续</Button>
      </Form>
    </>,
    { title: '联系信息' },
  )
}

let t: TestApp
let cookie = ''
let token = ''
beforeAll(async () => {
  t = await createTestApp()
  t.app.get('/test/contact', (c) => page(c))
  t.app.post('/test/contact', async (c) => {
    const parsed = parseForm(ContactSchema, await c.req.parseBody({ all: true }))
    if (!parsed.ok) {
      c.status(422)
      return page(c, parsed.form)
    }
    return c.redirect(`/test/contact?saved=${encodeURIComponent(parsed.data.name)}`, 303)
  })
  const res = await t.app.request('/test/contact')
  cookie = res.headers.get('set-cookie')!.split(';')[0]!
  token = /name="_csrf" value="([^"]+)"/.exec(await res.text())![1]!
})
afterAll(() => t.close())

describe('forms', () => {
  it('render with the token, labels tied to their inputs, in the layout', async () => {
    const html = await (await t.app.request('/test/contact', { headers: { cookie } })).text()
    expect(html).toContain('<label class="label" for="field-name">姓名</label>')
    expect(html).toContain('<legend class="fieldset__legend">在执行案件中的身份</legend>')
    expect(html).toContain('novalidate')
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true)
  })

  it('re-render with 422, an error summary linking to each field and the values kept', async () => {
    const res = await t.app.request(
      '/test/contact',
      formPost({ [CSRF_FIELD]: token, name: '  张三  ', role: '路人' }, { cookie }),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<div class="error-summary" role="alert"')
    expect(html).toContain('<a href="#field-role">请选择您在执行案件中的身份</a>')
    expect(html).not.toContain('href="#field-name"')
    expect(html).toContain('value="  张三  "')
    expect(html).toMatch(/<fieldset class="fieldset" aria-describedby="field-role-error">/)
  })

  it('escape what was typed when showing it again', async () => {
    const res = await t.app.request(
      '/test/contact',
      formPost({ [CSRF_FIELD]: token, name: '"><script>alert(1)</script>' }, { cookie }),
    )
    const html = await res.text()
    expect(html).not.toContain('<script>alert(1)</script>')
    expect(html).toContain('&quot;&gt;&lt;script&gt;')
  })

  it('continue with 303 once valid', async () => {
    const res = await t.app.request(
      '/test/contact',
      formPost({ [CSRF_FIELD]: token, name: '张三', role: '被执行人' }, { cookie }),
    )
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/test/contact?saved=%E5%BC%A0%E4%B8%89')
  })
})
