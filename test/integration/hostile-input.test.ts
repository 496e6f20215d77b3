import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STREAMING_UPLOAD_PATHS } from '../../src/app.js'
import { REPEATED_FIELD_MESSAGE } from '../../src/http/form.js'
import { streamingUploadMatcher } from '../../src/http/security.js'
import { REMOVED_CHARACTERS } from '../../src/http/form-text.js'
import { SELF_CHECK, TestBrowser, VALID_STEPS } from '../helpers/applicant.js'
import { csrfPair, CSRF_FIELD, summaryErrors } from '../helpers/http.js'
import { createStaff, TEST_STAFF_PASSWORD } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * What the fault-injection run's hostile corpus found: characters nobody types, bodies that are not
 * forms and fields sent twice must be answered with a Chinese page, never a 500 — and never leave
 * an applicant who can no longer submit.
 */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const ALL = REMOVED_CHARACTERS.join('')
const hostile = (text: string) => `${ALL}${text.slice(0, 1)}${ALL}${text.slice(1)}${ALL}`
const FREE_TEXT: Record<string, string[]> = {
  person: ['name', 'ethnicity', 'occupation', 'address'],
  parties: ['parties.0.name'],
  complaint: ['facts', 'request', 'noRemedyReason'],
}

describe('characters nobody types', () => {
  it('are removed from every free-text answer, and the application still submits', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    for (const [step, fields] of VALID_STEPS) {
      const sent: Record<string, string | string[]> = { ...fields }
      for (const name of FREE_TEXT[step] ?? []) sent[name] = hostile(String(fields[name]))
      const res = await browser.post(`/apply/step/${step}`, sent)
      expect(res.status, step).toBe(303)
    }
    for (const [slot, file] of [
      ['identity', new File([new Uint8Array(pngBytes())], '身份证.png')],
      ['legal_documents', new File([new Uint8Array(await pdfBytes())], '执行裁定书.pdf')],
    ] as const) {
      const form = new FormData()
      form.append(`file-${slot}`, file)
      expect((await browser.upload(`/apply/materials/upload?slot=${slot}`, form)).status).toBe(303)
    }
    await browser.post('/apply/materials', { generateLetter: 'yes' })
    const check = await (await browser.get('/apply/check')).text()
    expect(check).toContain('张秀英')
    for (const ch of REMOVED_CHARACTERS) expect(check.includes(ch), escape(ch)).toBe(false)
    const submitted = await browser.post('/apply/submit', { declaration: 'yes' })
    expect(submitted.headers.get('location')).toBe('/apply/confirmation')

    const row = await t.db.db
      .selectFrom('applications')
      .select(['applicant_name', 'answers'])
      .executeTakeFirstOrThrow()
    expect(row.applicant_name).toBe('张秀英')
    const stored = JSON.stringify(row.answers)
    for (const ch of REMOVED_CHARACTERS) expect(stored.includes(ch), escape(ch)).toBe(false)
    expect(stored).toContain(String(VALID_STEPS.find(([s]) => s === 'complaint')![1].facts))
  }, 60_000)

  it('in a staff username no longer make the sign-in fail with 500', async () => {
    const staff = await createStaff(t.deps, { roles: ['intake'] })
    const browser = new TestBrowser(t.app)
    const res = await browser.post('/staff/login', {
      username: `${staff.username}\u0000`,
      password: TEST_STAFF_PASSWORD,
    })
    expect(res.status).toBe(303)
  })
})

const ID = '00000000-0000-4000-8000-000000000000'

describe('a malformed multipart body', () => {
  it('is answered 400 with a Chinese page on every ordinary form route', async () => {
    const streamed = streamingUploadMatcher(STREAMING_UPLOAD_PATHS)
    const routes = [
      ...new Set(
        t.app.routes
          .filter((r) => r.method === 'POST' && !streamed(r.path.replace(/:\w+/g, ID)))
          .map((r) => r.path.replace(/:\w+/g, ID)),
      ),
    ]
    expect(routes.length).toBeGreaterThan(15)
    const { cookie, token } = csrfPair()
    for (const path of routes) {
      const res = await t.app.request(`${path}?${CSRF_FIELD}=${encodeURIComponent(token)}`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'multipart/form-data; boundary=zzz' },
        body: 'x',
      })
      expect(res.status, path).toBe(400)
      expect(await res.text(), path).toContain('提交的表单格式不正确，没有保存任何内容')
    }
  })
})

describe('a field sent twice', () => {
  it('is refused where one value is expected, not stored joined', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    await browser.post('/apply/step/applicant-type', { applicantType: 'person' })
    const person = { ...VALID_STEPS.find(([s]) => s === 'person')![1] }
    const res = await browser.post('/apply/step/person', { ...person, name: ['张秀英', '李四'] })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(summaryErrors(html)).toEqual([REPEATED_FIELD_MESSAGE])
    expect(html).not.toContain('张秀英,李四')
    // ticked boxes still repeat as they should
    const complaint = VALID_STEPS.find(([s]) => s === 'complaint')![1]
    expect(Array.isArray(complaint.matters)).toBe(true)
  })

  it('is refused when a form has thousands of them, before any schema reads it', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    const res = await browser.post('/apply/step/complaint', { matters: Array(5000).fill('x') })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('提交的表单内容过多')
  })
})
