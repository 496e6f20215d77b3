import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { applicationIdOf, submitApplication, type TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { summaryErrors } from '../helpers/http.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/** 上下联动 (issue 16 item 5): a numbered 请示报告 to the 市院 and its guidance, on the case page. */
let t: TestApp
let as: Record<'intake' | 'reviewer' | 'leader' | 'admin' | 'auditor', TestBrowser>
let appId: string

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-26T02:00:00Z') })
  const b = async (role: 'intake' | 'reviewer' | 'leader' | 'admin' | 'auditor') =>
    staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: [role] }))
  as = {
    intake: await b('intake'),
    reviewer: await b('reviewer'),
    leader: await b('leader'),
    admin: await b('admin'),
    auditor: await b('auditor'),
  }
  // a real application: the case page decrypts the applicant's numbers to mask them
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  appId = await applicationIdOf(t.db.db, code)
})
afterAll(() => t.close())

const NEW = () => `/staff/applications/${appId}/escalations/new`
const rows = () =>
  t.db.db.selectFrom('collab_escalations').selectAll().orderBy('created_at').execute()

describe('a 请示报告 on a case', () => {
  it('is numbered, shown on the case page, and its guidance recorded once', async () => {
    const form = await as.reviewer.get(NEW())
    expect(form.status).toBe(200)
    const res = await as.reviewer.post(NEW(), {
      reason: 'new_type',
      question: '以物抵债裁定后法院未办理过户，能否认定为消极执行？',
      sentOn: '2026-11-25',
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(
      `/staff/applications/${appId}?done=escalation#collab-title`,
    )
    const [row] = await rows()
    expect(row).toMatchObject({
      number: '卫东检民执请〔2026〕1号',
      reason: 'new_type',
      sent_on: '2026-11-25',
    })

    const page = await (await as.intake.get(`/staff/applications/${appId}`)).text()
    expect(page).toContain('请示报告 卫东检民执请〔2026〕1号（2026-11-25，新类型案件）')
    expect(page).toContain('尚未收到市院的答复')
    expect(page).not.toContain('向市院请示报告</a>')

    const early = await as.leader.post(`/staff/escalations/${row!.id}/guidance`, {
      guidance: '可以认定',
      guidanceOn: '2026-11-24',
    })
    expect(early.status).toBe(422)
    expect(summaryErrors(await early.text())).toContain(
      '收到答复的日期不能早于报送日期（2026-11-25）',
    )
    const ok = await as.leader.post(`/staff/escalations/${row!.id}/guidance`, {
      guidance: '法院怠于办理过户的，可以认定为消极执行，建议提出检察建议。',
      guidanceOn: '2026-11-26',
    })
    expect(ok.status).toBe(303)
    const again = await as.leader.post(`/staff/escalations/${row!.id}/guidance`, {
      guidance: '再答复',
      guidanceOn: '2026-11-26',
    })
    expect(again.status).toBe(409)
    const after = await (await as.reviewer.get(`/staff/applications/${appId}`)).text()
    expect(after).toContain('市院答复（2026-11-26）：法院怠于办理过户的')
    expect((await auditRowsFor(t.deps, 'collab_escalation', row!.id)).map((a) => a.action)).toEqual(
      ['escalation.create', 'escalation.guidance'],
    )
    const list = await (await as.intake.get('/staff/escalations')).text()
    expect(list).toContain('卫东检民执请〔2026〕1号')

    await as.reviewer.post(NEW(), {
      reason: 'complex_sensitive',
      question: '第二个问题',
      sentOn: '2026-11-26',
    })
    expect((await rows()).map((r) => r.number)).toEqual([
      '卫东检民执请〔2026〕1号',
      '卫东检民执请〔2026〕2号',
    ])
  })
})

describe('bad input and the wrong role', () => {
  it('refuses a report without a question or with a future date, and numbers nothing', async () => {
    const before = (await rows()).length
    const res = await as.reviewer.post(NEW(), { reason: '', question: '', sentOn: '2026-12-31' })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual(
      expect.arrayContaining(['请选择请示的原因', '请填写请示的问题']),
    )
    const future = await as.reviewer.post(NEW(), {
      reason: 'new_type',
      question: '问题',
      sentOn: '2026-12-31',
    })
    expect(future.status).toBe(422)
    expect(summaryErrors(await future.text())).toContain('报送日期不能晚于今天（2026-11-26）')
    expect((await rows()).length).toBe(before)
    const next = await as.reviewer.post(NEW(), {
      reason: 'new_type',
      question: '问题三',
      sentOn: '2026-11-26',
    })
    expect(next.status).toBe(303)
    expect((await rows()).at(-1)!.number).toBe('卫东检民执请〔2026〕3号')
  })

  it('lets intake read but not write; admin and auditor see nothing', async () => {
    expect((await as.intake.get(NEW())).status).toBe(403)
    expect(
      (await as.intake.post(NEW(), { reason: 'new_type', question: 'x', sentOn: '2026-11-26' }))
        .status,
    ).toBe(403)
    for (const role of ['admin', 'auditor'] as const)
      expect((await as[role].get('/staff/escalations')).status).toBe(403)
    expect((await as.reviewer.get('/staff/applications/nope/escalations/new')).status).toBe(404)
  })
})
