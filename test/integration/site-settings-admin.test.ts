import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { requestSupplement } from '../../src/supplements/supplement.service.js'
import { adminSession } from '../helpers/admin.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { applicationIdOf, TestBrowser as Browser, submitApplication } from '../helpers/applicant.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'
import { auditRowsFor } from '../helpers/audit.js'
import { h1Of, summaryErrors } from '../helpers/http.js'
import { signedInStaff, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

let t: TestApp
let admin: TestStaff
let browser: TestBrowser
beforeAll(async () => {
  t = await createTestApp()
  ;({ staff: admin, browser } = await adminSession(t))
})
afterAll(() => t.close())

const VALID = {
  name: '平顶山市卫东区人民检察院',
  shortName: '卫东区检察院',
  upperName: '平顶山市人民检察院',
  address: '河南省平顶山市卫东区建设路 100 号',
  phone: '0375-1234567',
  supplementPeriodDays: '20',
  proceduralReplyUnit: 'working_days',
  'courts.0.name': '平顶山市卫东区人民法院',
  'courts.0.code': '豫0403',
  'courts.1.name': '平顶山市新华区人民法院',
  'courts.1.code': '豫 0402',
  'courts.2.name': '',
  'courts.2.code': '',
  intent: 'save',
}

async function stored() {
  const row = await t.db.db
    .selectFrom('site_settings')
    .select(['address', 'phone', 'supplement_period_days'])
    .executeTakeFirstOrThrow()
  const courts = await t.db.db
    .selectFrom('supervised_courts')
    .select(['court_code', 'court_name'])
    .orderBy('sort_order')
    .execute()
  return { ...row, courts: courts.map((c) => c.court_code) }
}

describe('site settings', () => {
  it('shows the current settings with blank court rows and a default 补正 period of 15 days', async () => {
    const res = await browser.get('/staff/admin/settings')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(h1Of(html)).toBe('系统设置')
    expect(html).toContain('系统设置</a>')
    expect(html).toContain('name="supplementPeriodDays" type="text" value="15"')
    expect(html).toContain('value="豫0403"')
    expect(html).toContain('name="courts.2.code"')
    expect(html).not.toContain('name="courts.3.code"')
    expect(t.deps.siteSettings.current().supplementPeriodDays).toBe(15)
  })

  it('adds a blank court row without saving anything', async () => {
    const before = await stored()
    const res = await browser.post('/staff/admin/settings', { ...VALID, intent: 'add_row' })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('name="courts.3.code"')
    expect(html).toContain('value="0375-1234567"')
    expect(await stored()).toEqual(before)
  })

  it('saves, refreshes the settings at once (public pages too) and audits the change', async () => {
    const res = await browser.post('/staff/admin/settings', VALID)
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe('/staff/admin/settings?saved=1')
    expect(await stored()).toEqual({
      address: VALID.address,
      phone: '0375-1234567',
      supplement_period_days: 20,
      courts: ['豫0403', '豫0402'],
    })
    const site = t.deps.siteSettings.current()
    expect(site.supplementPeriodDays).toBe(20)
    expect(site.courts).toEqual([
      { code: '豫0403', name: '平顶山市卫东区人民法院' },
      { code: '豫0402', name: '平顶山市新华区人民法院' },
    ])
    expect(await (await new Browser(t.app).get('/')).text()).toContain('建设路 100 号')
    expect(await (await browser.get('/staff/admin/settings?saved=1')).text()).toContain(
      '设置已保存',
    )
    const audit = await auditRowsFor(t.deps, 'site_settings', '1')
    expect(audit.map((a) => [a.action, a.actor_id, a.details])).toEqual([
      [
        'site_settings.update',
        admin.id,
        {
          changed: ['address', 'phone', 'supplementPeriodDays', 'courts'],
          courts: ['豫0403', '豫0402'],
        },
      ],
    ])
  })

  it('gives new 补正 requests the saved default period', async () => {
    const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
    const applicationId = await applicationIdOf(t.db.db, code)
    const { days } = await requestSupplement(t.deps, {
      applicationId,
      items: [{ key: 'ruling', label: '执行裁定书' }],
      staff: { id: admin.id, roles: ['intake'] },
    })
    // counted from service (docs/decisions/042-service-of-notices.md)
    expect(days).toBe(20)
  })

  it('removes a court row marked for removal', async () => {
    await browser.post('/staff/admin/settings', { ...VALID, 'courts.1.remove': 'yes' })
    expect((await stored()).courts).toEqual(['豫0403'])
  })

  it('refuses invalid settings with specific messages and changes nothing', async () => {
    const before = await stored()
    const auditBefore = (await auditRowsFor(t.deps, 'site_settings', '1')).length
    const res = await browser.post('/staff/admin/settings', {
      ...VALID,
      name: '检',
      phone: 'call me',
      supplementPeriodDays: '61',
      'courts.1.code': '0402',
      'courts.2.name': '平顶山市卫东区人民法院',
      'courts.2.code': '豫0403',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(summaryErrors(html)).toEqual([
      '检察院全称应为 2 至 100 个字',
      '电话只能包含数字、空格、连字符、括号和“转”，例如 0375-1234567',
      '默认补正期限应为 1 至 60 之间的整数（天）',
      '第 2 行的法院代字格式不正确，应为省份简称加数字，例如“豫0403”',
      '第 3 行的法院代字“豫0403”与前面的行重复',
    ])
    expect(html).toContain('value="call me"')
    const none = await browser.post('/staff/admin/settings', {
      ...VALID,
      'courts.0.remove': 'yes',
      'courts.1.name': '',
      'courts.1.code': '',
    })
    expect(none.status).toBe(422)
    expect(summaryErrors(await none.text())).toEqual(['请至少填写一个本院监督的法院'])
    expect(await stored()).toEqual(before)
    expect(await auditRowsFor(t.deps, 'site_settings', '1')).toHaveLength(auditBefore)
  })

  it('is for administrators only', async () => {
    const { browser: reviewer } = await signedInStaff(t.app, t.deps, ['reviewer'])
    expect((await reviewer.post('/staff/admin/settings', VALID)).status).toBe(403)
  })
})
