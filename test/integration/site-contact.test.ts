import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession } from '../helpers/admin.js'
import { TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { summaryErrors } from '../helpers/http.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const SETTINGS = {
  name: '平顶山市卫东区人民检察院',
  shortName: '卫东区检察院',
  upperName: '平顶山市人民检察院',
  address: '河南省平顶山市卫东区建设路 100 号',
  phone: '0375-1234567',
  officeHours: '周一至周五 上午 8:30—12:00，下午 14:30—17:30（法定节假日除外）',
  supplementPeriodDays: '15',
  proceduralReplyUnit: 'working_days',
  'courts.0.name': '平顶山市卫东区人民法院',
  'courts.0.code': '豫0403',
  intent: 'save',
}
const BANNER = '本院的联系信息还不完整'

describe('the contact details in the public footer', () => {
  it('asks the administrator with a banner until office hours and a local phone are set, then the footer shows them', async () => {
    const { browser: admin } = await adminSession(t)
    const intake = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['intake'] }),
    )
    const home = async () => (await new TestBrowser(t.app).get('/')).text()
    expect(await (await admin.get('/staff/admin/settings')).text()).toContain(BANNER)
    expect(await (await intake.get('/staff')).text()).not.toContain(BANNER)
    expect(await home()).not.toContain('办公时间')

    const tooLong = await admin.post('/staff/admin/settings', {
      ...SETTINGS,
      officeHours: '周'.repeat(201),
    })
    expect(tooLong.status).toBe(422)
    expect(summaryErrors(await tooLong.text())).toEqual(['办公时间不能超过 200 个字'])

    const saved = await admin.post('/staff/admin/settings', SETTINGS)
    expect(saved.status).toBe(303)
    const after = await (await admin.get('/staff/admin/settings')).text()
    expect(after).not.toContain(BANNER)
    const footer = await home()
    expect(footer).toContain('<dt>办公时间</dt>')
    expect(footer).toContain(SETTINGS.officeHours)
    expect(footer).toContain('建设路 100 号')
    const audit = await auditRowsFor(t.deps, 'site_settings', '1')
    expect(JSON.stringify(audit.at(-1)?.details)).toContain('officeHours')
  })
})
