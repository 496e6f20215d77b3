import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession } from '../helpers/admin.js'
import { applicationOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { summaryErrors } from '../helpers/http.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * Legal review D32: the 7-day procedural reply is a policy (群众信访件件有回复), and whether it counts
 * working or calendar days could not be verified, so it is a site setting with working days as the
 * default. Submitted on Thursday 2026-11-26: 7 working days end on 2026-12-07, 7 days on 2026-12-03.
 */
let t: TestApp
let admin: TestBrowser
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-26T02:00:00Z') })
  ;({ browser: admin } = await adminSession(t))
})
afterAll(() => t.close())

const settings = (unit: string) => ({
  name: '平顶山市卫东区人民检察院',
  shortName: '卫东区检察院',
  upperName: '平顶山市人民检察院',
  address: '河南省平顶山市卫东区建设路 100 号',
  phone: '0375-1234567',
  officeHours: '周一至周五 8:30—12:00，14:30—17:30',
  supplementPeriodDays: '15',
  proceduralReplyUnit: unit,
  'courts.0.name': '平顶山市卫东区人民法院',
  'courts.0.code': '豫0403',
  intent: 'save',
})

async function submitAndDue(): Promise<string> {
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  return (await applicationOf(t.db.db, code, ['procedural_reply_due'])).procedural_reply_due
}

describe('how the 7 days of the procedural reply are counted', () => {
  it('counts working days by default, says so on the admin page and in the guide', async () => {
    const page = await (await admin.get('/staff/admin/settings')).text()
    expect(page).toContain('程序性答复的 7 日怎样计算')
    expect(page).toContain('未能核实')
    expect(page).toMatch(/value="working_days"[^>]*checked/)
    expect(await submitAndDue()).toBe('2026-12-07')
    const guide = await (await new TestBrowser(t.app).get('/guide')).text()
    expect(guide).toContain('<td>7 个工作日</td>')
  })

  it('refuses a value that is not one of the two, changing nothing', async () => {
    const res = await admin.post('/staff/admin/settings', settings('weeks'))
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual([
      '请选择程序性答复的 7 日按工作日还是按自然日计算',
    ])
    expect(t.deps.siteSettings.current().proceduralReplyUnit).toBe('working_days')
  })

  it('counts calendar days once chosen, for new applications, audited', async () => {
    const res = await admin.post('/staff/admin/settings', settings('days'))
    expect(res.status).toBe(303)
    expect(t.deps.siteSettings.current().proceduralReplyUnit).toBe('days')
    const rows = await auditRowsFor(t.deps, 'site_settings', '1')
    expect(JSON.stringify(rows.at(-1))).toContain('proceduralReplyUnit')
    expect(await submitAndDue()).toBe('2026-12-03')
    const guide = await (await new TestBrowser(t.app).get('/guide')).text()
    expect(guide).toContain('<td>7 日</td>')
  })
})
