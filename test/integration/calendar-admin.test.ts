import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { adminSession } from '../helpers/admin.js'
import type { TestBrowser } from '../helpers/applicant.js'
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

describe('calendar overrides', () => {
  it('shows the years the official data covers and the coverage of the chosen year', async () => {
    const res = await browser.get('/staff/admin/calendar')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(h1Of(html)).toBe('节假日调整')
    expect(html).toContain('节假日调整</a>')
    const official = t.deps.calendar
      .knownYears()
      .filter((y) => t.deps.calendar.coverage(y).source === 'package')
    expect(official).toContain(2026)
    expect(html).toContain(`已收录的年份：${official.join('、')} 年`)
    expect(html).toContain('<strong aria-current="page">2026 年</strong>')
    expect(html).toContain('2026 年的节假日安排已按国务院办公厅通知收录')
    const later = await (await browser.get('/staff/admin/calendar?year=2031')).text()
    expect(later).toContain(
      '2031 年法定节假日安排尚未公布，暂按周一至周五计算，公布后期限可能相差几天',
    )
  })

  it('adds a holiday and a make-up workday, used by the calendar at once, and audited', async () => {
    const holiday = await browser.post('/staff/admin/calendar', {
      day: '2031-02-12',
      kind: 'holiday',
      name: ' 春节 ',
      note: '国办发明电〔2030〕1号',
    })
    expect(holiday.status).toBe(303)
    expect(holiday.headers.get('location')).toBe('/staff/admin/calendar?year=2031&done=set')
    await browser.post('/staff/admin/calendar', {
      day: '2031-02-22',
      kind: 'workday',
      name: '春节调休上班',
      note: '',
    })
    const info = t.deps.calendar.dayInfo()
    expect(info.isWorkday('2031-02-12')).toBe(false)
    expect(info.isWorkday('2031-02-22')).toBe(true)
    const html = await (await browser.get('/staff/admin/calendar?year=2031&done=set')).text()
    expect(html).toContain('调整已保存')
    expect(html).toContain('2031-02-12（周三）')
    expect(html).toContain('<td>春节</td>')
    expect(html).toContain('国办发明电〔2030〕1号')
    expect(html).toContain('2031 年的节假日安排尚未收录，只按下面的调整和周一至周五计算')
    const rows = await auditRowsFor(t.deps, 'calendar_override', '2031-02-12')
    expect(rows.map((r) => [r.action, r.actor_id, r.details])).toEqual([
      ['calendar_override.set', admin.id, { kind: 'holiday', name: '春节', replaced: false }],
    ])
    const stored = await t.db.db
      .selectFrom('calendar_overrides')
      .select(['name', 'created_by'])
      .where('day', '=', '2031-02-12')
      .executeTakeFirstOrThrow()
    expect(stored).toEqual({ name: '春节', created_by: admin.id })
  })

  it('replaces the override of a day that already has one', async () => {
    await browser.post('/staff/admin/calendar', {
      day: '2031-02-12',
      kind: 'workday',
      name: '调休上班',
      note: '',
    })
    expect(t.deps.calendar.dayInfo().isWorkday('2031-02-12')).toBe(true)
    const rows = await auditRowsFor(t.deps, 'calendar_override', '2031-02-12')
    expect(rows.at(-1)!.details).toEqual({ kind: 'workday', name: '调休上班', replaced: true })
  })

  it('removes an override', async () => {
    const res = await browser.post('/staff/admin/calendar/remove', { day: '2031-02-22' })
    expect(res.headers.get('location')).toBe('/staff/admin/calendar?year=2031&done=removed')
    expect(t.deps.calendar.dayInfo().isWorkday('2031-02-22')).toBe(false)
    expect(
      (await auditRowsFor(t.deps, 'calendar_override', '2031-02-22')).map((r) => r.action),
    ).toEqual(['calendar_override.set', 'calendar_override.remove'])
    const again = await browser.post('/staff/admin/calendar/remove', { day: '2031-02-22' })
    expect(again.status).toBe(422)
    expect(summaryErrors(await again.text())).toEqual(['没有找到这一天的调整，可能已被删除'])
  })

  it('refuses a bad date, a missing kind and name with specific messages, saving nothing', async () => {
    const before = t.deps.calendar.overrides().length
    const res = await browser.post('/staff/admin/calendar', {
      day: '2031-02-30',
      kind: '',
      name: '  ',
      note: 'x'.repeat(501),
    })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual([
      '日期：2031年2月没有 30 日，请核对',
      '请选择这一天是工作日还是休息日',
      '请填写名称，例如“春节”或“国庆节调休上班”',
      '备注不能超过 500 个字',
    ])
    const long = await browser.post('/staff/admin/calendar', {
      day: '2031-03-02',
      kind: 'holiday',
      name: '名'.repeat(51),
      note: '',
    })
    expect(summaryErrors(await long.text())).toEqual(['名称不能超过 50 个字'])
    const blank = await browser.post('/staff/admin/calendar', {
      day: ' ',
      kind: 'holiday',
      name: '春节',
    })
    expect(blank.status).toBe(422)
    const blankHtml = await blank.text()
    expect(summaryErrors(blankHtml)).toEqual(['请填写日期'])
    expect(blankHtml).toContain('<title>错误：节假日调整 - ')
    const early = await browser.post('/staff/admin/calendar', {
      day: ' 1899-12-31 ',
      kind: 'holiday',
      name: '春节',
    })
    const earlyHtml = await early.text()
    expect(summaryErrors(earlyHtml)).toEqual(['日期：年份 1899 不在 1900 至 2100 年之间，请核对'])
    expect(earlyHtml).toContain('value="1899-12-31"')
    expect(t.deps.calendar.overrides()).toHaveLength(before)
  })

  it('is for administrators only', async () => {
    const { browser: leader } = await signedInStaff(t.app, t.deps, ['leader'])
    expect((await leader.get('/staff/admin/calendar')).status).toBe(403)
    expect((await leader.post('/staff/admin/calendar/remove', { day: '2031-02-12' })).status).toBe(
      403,
    )
    expect(t.deps.calendar.dayInfo().isWorkday('2031-02-12')).toBe(true)
  })
})
