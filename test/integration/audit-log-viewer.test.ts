import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditAction } from '../../src/audit/audit-action.js'
import { insertAuditEvent } from '../../src/audit/audit.repository.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { h1Of } from '../helpers/http.js'
import { signedInStaff, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

let t: TestApp
let auditor: TestStaff
let browser: TestBrowser
let admin: TestStaff
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-26T02:00:00Z') })
  ;({ staff: auditor, browser } = await signedInStaff(t.app, t.deps, ['auditor']))
  const signedAdmin = await signedInStaff(t.app, t.deps, ['admin'])
  admin = signedAdmin.staff
  // China time (UTC+8): 11-24 01:00, 11-24 18:00, 11-25 09:00 and (system) 11-25 10:00.
  for (const [at, action, result] of [
    ['2026-11-23T17:00:00Z', 'staff.login', 'success'],
    ['2026-11-24T10:00:00Z', 'staff_account.create', 'success'],
    ['2026-11-25T01:00:00Z', 'staff.login_failed', 'failure'],
  ] as const) {
    await insertAuditEvent(t.deps.db, {
      actor: { type: 'staff', id: admin.id, roles: ['admin'] },
      ip: '10.1.2.3',
      action,
      object: { type: 'staff_account', id: admin.id },
      result,
      details: { note: 'x, "y"' },
      at: new Date(at),
    })
  }
  await insertAuditEvent(t.deps.db, {
    actor: { type: 'system' },
    ip: '=1+2',
    // the viewer shows whatever the log holds, including actions no current code writes
    action: 'outbox.sent' as AuditAction,
    object: { type: 'outbox_message', id: '=cmd' },
    result: 'success',
    at: new Date('2026-11-25T02:00:00Z'),
  })
})
afterAll(() => t.close())

const rowActions = (html: string) =>
  [...html.matchAll(/<td><code>([\w.]+)<\/code><\/td>/g)].map((m) => m[1])

describe('the audit log viewer', () => {
  it('shows the newest first with actor username and roles and the IP, and audits the viewing', async () => {
    const res = await browser.get('/staff/audit')
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(h1Of(html)).toBe('审计日志')
    expect(html).toContain('审计日志</a>')
    expect(rowActions(html).slice(0, 4)).toEqual([
      'outbox.sent',
      'staff.login_failed',
      'staff_account.create',
      'staff.login',
    ])
    expect(html).toContain(`${admin.username}（系统管理员）`)
    expect(html).toContain('10.1.2.3')
    expect(html).toContain('2026-11-24 18:00:00')
    expect(html).toContain('系统')
    const views = await t.db.db
      .selectFrom('audit_events')
      .select(['actor_id', 'details'])
      .where('action', '=', 'audit.view')
      .execute()
    expect(views).toEqual([
      { actor_id: auditor.id, details: { filters: {}, shown: 4, chainIntact: true } },
    ])
  })

  it('filters by China date range, actor, action prefix, object and result', async () => {
    const by = async (q: string) =>
      rowActions(await (await browser.get(`/staff/audit?${q}`)).text())
    expect(await by('from=2026-11-25&to=2026-11-25')).toEqual(['outbox.sent', 'staff.login_failed'])
    expect(await by('to=2026-11-24')).toEqual(['staff_account.create', 'staff.login'])
    expect(await by('from=2026-11-24&to=2026-11-24')).toEqual([
      'staff_account.create',
      'staff.login',
    ])
    expect(await by(`actor=${admin.username.toUpperCase()}`)).toEqual([
      'staff.login_failed',
      'staff_account.create',
      'staff.login',
    ])
    expect(await by('action=staff.login')).toEqual(['staff.login_failed', 'staff.login'])
    expect(await by('action=staff_')).toEqual(['staff_account.create'])
    expect(await by('objectType=outbox_message&objectId=%3Dcmd')).toEqual(['outbox.sent'])
    expect(await by('result=failure')).toEqual(['staff.login_failed'])
  })

  it('refuses bad filters with specific messages and shows no rows', async () => {
    const res = await browser.get('/staff/audit?from=2026-13-01&to=x&result=maybe&action=DROP')
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('开始日期：没有 13 月')
    expect(html).toContain('结束日期：“x”不是能识别的日期')
    expect(html).toContain('操作名称只能包含小写英文字母')
    expect(html).toContain('请选择结果')
    expect(rowActions(html)).toEqual([])
    const reversed = await browser.get('/staff/audit?from=2026-11-26&to=2026-11-25')
    expect(reversed.status).toBe(422)
    expect(await reversed.text()).toContain('结束日期不能早于开始日期')
    const csv = await browser.get('/staff/audit.csv?from=2026-11-26&to=2026-11-25')
    expect(csv.headers.get('location')).toBe('/staff/audit?from=2026-11-26&to=2026-11-25')
  })

  it('pages by id (keyset), 50 rows a page', async () => {
    for (let i = 0; i < 60; i++)
      await insertAuditEvent(t.deps.db, {
        actor: { type: 'system' },
        action: 'paging.test' as AuditAction,
        object: { type: 'thing', id: String(i) },
        result: 'success',
      })
    const first = await (await browser.get('/staff/audit?action=paging')).text()
    expect(rowActions(first)).toHaveLength(50)
    const next = /href="(\/staff\/audit\?action=paging&amp;before=\d+)"/.exec(first)![1]!
    const second = await (await browser.get(next.replace(/&amp;/g, '&'))).text()
    expect(rowActions(second)).toHaveLength(10)
    expect(second).not.toContain('更早的记录')
    expect(second).toContain('>thing:0<')
    expect(first).toContain('>thing:59<')
  })

  it('exports the filtered rows as CSV with a BOM, formula-safe, and audits the export', async () => {
    const res = await browser.get('/staff/audit.csv?action=staff&to=2026-11-25')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="audit-2026-11-26\.csv"$/,
    )
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).trimEnd().split('\r\n')
    expect(lines[0]).toBe('编号,时间（北京时间）,操作人,IP,操作,对象,结果,详情')
    expect(lines).toHaveLength(4)
    expect(lines[1]).toContain(',staff.login_failed,')
    expect(lines[1]).toContain('"{""note"":""x, \\""y\\""""}"')
    const all = await (await browser.get('/staff/audit.csv?objectType=outbox_message')).text()
    expect(all).toContain(",'=1+2,outbox.sent,")
    const exports = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'audit.export')
      .orderBy('id')
      .execute()
    expect(exports[0]!.details).toEqual({
      filters: { action: 'staff', to: '2026-11-25' },
      exported: 3,
    })
  })

  it('is for auditors only', async () => {
    const { browser: adminBrowser } = await signedInStaff(t.app, t.deps, ['admin'])
    expect((await adminBrowser.get('/staff/audit')).status).toBe(403)
    expect((await adminBrowser.get('/staff/audit.csv')).status).toBe(403)
  })
})
