import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession } from '../helpers/admin.js'
import { submitApplication, type TestBrowser } from '../helpers/applicant.js'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * Legal review D31: on 2026-12-28 the 2027 holiday arrangement is not published (chinese-days 1.5.7
 * ends with 2026), so every date computed into 2027 counts Monday to Friday only. Administrators are
 * told on every staff page; applicants are told with each such date that it may still move.
 */
const CAVEAT = '2027 年法定节假日安排尚未公布，暂按周一至周五计算，公布后期限可能相差几天'
const BANNER = '2027 年法定节假日安排尚未录入'

let t: TestApp
let admin: TestBrowser
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-28T02:00:00Z') })
  ;({ browser: admin } = await adminSession(t))
})
afterAll(() => t.close())

describe('a year whose holiday arrangement is not known', () => {
  it('shows the administrator a banner on every staff page, linking to the overrides', async () => {
    for (const path of ['/staff/admin/accounts', '/staff/admin/settings', '/staff/account']) {
      const html = await (await admin.get(path)).text()
      expect(html).toContain(BANNER)
      expect(html).toContain('<a href="/staff/admin/calendar">录入该年的节假日安排</a>')
    }
  })

  it('shows no banner to staff who cannot enter the holidays', async () => {
    const { browser: reviewer } = await signedInStaff(t.app, t.deps, ['reviewer'])
    const html = await (await reviewer.get('/staff')).text()
    expect(html).toContain('办件队列')
    expect(html).not.toContain(BANNER)
  })

  it('tells the applicant that a reply date in 2027 may still move, in the email too', async () => {
    const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
    expect(code).toMatch(/^\w{4}-\w{4}-\w{4}$/)
    const mail = await t.db.db
      .selectFrom('outbox_messages')
      .select(['text_body'])
      .where('kind', '=', 'application_submitted')
      .executeTakeFirstOrThrow()
    expect(mail.text_body).toContain('2027-01-06')
    expect(mail.text_body).toContain(`（${CAVEAT}）`)
  })

  it('drops the banner once an administrator enters the year', async () => {
    const res = await admin.post('/staff/admin/calendar', {
      day: '2027-01-01',
      kind: 'holiday',
      name: '元旦',
      note: '',
    })
    expect(res.status).toBe(303)
    const html = await (await admin.get('/staff/admin/accounts')).text()
    expect(html).not.toContain(BANNER)
  })
})
