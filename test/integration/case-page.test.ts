import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import {
  applicationIdOf,
  completeWizard,
  SELF_CHECK,
  submitApplication,
  TestBrowser,
} from '../helpers/applicant.js'
import { issueTestDocument } from '../helpers/case-fixtures.js'
import { createStaff, signedInStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes, sha256 } from '../helpers/upload-fixtures.js'

let t: TestApp
let idA: string
let idB: string
let intake: TestBrowser
let intakeStaff: TestStaff
const png = pngBytes()

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  const files = { pdf: await pdfBytes(), png }
  const codeA = await submitApplication(t.app, files)
  const codeB = await submitApplication(t.app, files)
  idA = await appId(codeA)
  idB = await appId(codeB)
  intakeStaff = await createStaff(t.deps, { roles: ['intake'], displayName: '王受理' })
  intake = await staffBrowser(t.app, t.deps, intakeStaff)
})
afterAll(() => t.close())

const appId = (code: string) => applicationIdOf(t.db.db, code)

const page = async (browser: TestBrowser, id = idA) => {
  const res = await browser.get(`/staff/applications/${id}`)
  expect(res.status).toBe(200)
  return res.text()
}

const auditRows = (action: string) =>
  t.db.db
    .selectFrom('audit_events')
    .select(['actor_id', 'object_id', 'details', 'result'])
    .where('action', '=', action)
    .orderBy('id')
    .execute()

describe('the application page', () => {
  it('shows every answer to intake, with the ID and mobile numbers masked', async () => {
    const html = await page(intake)
    for (const text of [
      '张秀英',
      '已收件，待受理',
      '网上申请',
      '河南省平顶山市卫东区建设路 1 号',
      'zhang.xiuying@example.cn',
      '平顶山某某商贸有限公司',
      '（2023）豫0403执123号',
      '2026-03-18',
      '执行款物未及时发放',
      '至今一年多没有任何进展',
      '请检察院依法监督法院及时执行并发放执行款。',
      '法院一直没有作出可以提出异议的裁定。',
      '自助评估',
      '1101**********002X',
      '138****5678',
      '身份证.png',
      '执行裁定书.pdf',
      sha256(png),
      '程序性答复',
      '个工作日',
    ])
      expect(html).toContain(text)
    expect(html).not.toContain('11010519491231002X')
    expect(html).not.toContain('13812345678')
  })

  it('lists the flags set at intake as tags', async () => {
    const html = await page(intake, idB)
    expect(html).toMatch(/class="tag tag--flag">可能重复</)
  })

  it('links exactly the actions the stage and roles allow', async () => {
    const html = await page(intake)
    for (const action of ['request_supplement', 'accept', 'not_accept', 'refer'])
      expect(html).toContain(`href="/staff/applications/${idA}/actions/${action}"`)
    expect(html).not.toContain('/actions/withdraw')
    expect(html).not.toContain('/actions/draft_recommendation')
    const { browser } = await signedInStaff(t.app, t.deps, ['leader'])
    expect(await page(browser)).toContain('您的角色没有可办理的事项')
  })

  it('is refused to admin and auditor, and sends a visitor without a session to sign in', async () => {
    for (const roles of [['admin'], ['auditor']] as const) {
      const { browser } = await signedInStaff(t.app, t.deps, [...roles])
      expect((await browser.get(`/staff/applications/${idA}`)).status).toBe(403)
    }
    const res = await new TestBrowser(t.app).get(`/staff/applications/${idA}`)
    expect(res.headers.get('location')).toBe(`/staff/login?next=%2Fstaff%2Fapplications%2F${idA}`)
  })

  it('names the staff member who entered a counter application', async () => {
    const counter = await staffBrowser(t.app, t.deps, intakeStaff)
    expect((await counter.post('/staff/counter', SELF_CHECK)).status).toBe(303)
    const code = await completeWizard(counter, { pdf: await pdfBytes(), png })
    const html = await page(intake, await appId(code))
    expect(html).toContain('窗口或电话代为录入（录入人：王受理）')
  })

  it('answers 404 for an unknown or malformed id', async () => {
    expect(
      (await intake.get('/staff/applications/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404)
    expect((await intake.get('/staff/applications/not-an-id')).status).toBe(404)
  })
})

describe('revealing a number', () => {
  it('shows the full number for that request only and audits which field, never its value', async () => {
    const res = await intake.post(`/staff/applications/${idA}/reveal`, { field: 'id_number' })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('11010519491231002X')
    expect(html).toContain('138****5678')
    const mobile = await (
      await intake.post(`/staff/applications/${idA}/reveal`, { field: 'mobile' })
    ).text()
    expect(mobile).toContain('13812345678')
    expect(mobile).toContain('1101**********002X')
    expect(await page(intake)).not.toContain('11010519491231002X')

    const rows = await auditRows('application.reveal_identifier')
    expect(rows).toEqual([
      {
        actor_id: intakeStaff.id,
        object_id: idA,
        details: { field: 'id_number' },
        result: 'success',
      },
      { actor_id: intakeStaff.id, object_id: idA, details: { field: 'mobile' }, result: 'success' },
    ])
    const timeline = await page(intake)
    expect(timeline).toContain('查看了完整的证件号码')
    expect(timeline).toContain('（王受理，控告申诉（受理））')
  })

  it('refuses an unknown field without an audit row', async () => {
    const before = (await auditRows('application.reveal_identifier')).length
    const res = await intake.post(`/staff/applications/${idA}/reveal`, { field: 'email' })
    expect(res.status).toBe(400)
    expect((await auditRows('application.reveal_identifier')).length).toBe(before)
  })
})

async function materialLink(id: string, name: string) {
  const html = await page(intake, id)
  const re = new RegExp(
    `href="(/staff/applications/${id}/materials/[0-9a-f-]{36})">查看<span class="visually-hidden">${name}<`,
  )
  return re.exec(html)![1]!
}

describe('materials', () => {
  it('open inline with the stored type, nosniff and a sandbox, and each view is audited', async () => {
    const link = await materialLink(idA, '身份证.png')
    const res = await intake.get(link)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/png')
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="___.png"; filename*=UTF-8''${encodeURIComponent('身份证.png')}`,
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('content-security-policy')).toContain('sandbox')
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true)
    const rows = await auditRows('application.material_view')
    expect(rows).toEqual([
      {
        actor_id: intakeStaff.id,
        object_id: idA,
        details: { materialId: link.split('/').pop() },
        result: 'success',
      },
    ])
  })

  it('download as an attachment, audited', async () => {
    const link = await materialLink(idA, '执行裁定书.pdf')
    const res = await intake.get(`${link}/download`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="[^"]*\.pdf"; filename\*=UTF-8''%E6%89%A7/,
    )
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(new Uint8Array(await res.arrayBuffer()).slice(0, 5)).toEqual(
      new TextEncoder().encode('%PDF-'),
    )
    expect((await auditRows('application.material_download')).map((r) => r.details)).toEqual([
      { materialId: link.split('/').pop() },
    ])
    const inline = await intake.get(link)
    expect(inline.headers.get('content-type')).toBe('application/pdf')
    expect(inline.headers.get('content-disposition')).toMatch(/^inline; /)
    expect(inline.headers.get('content-security-policy')).toMatch(/^sandbox; default-src 'none'/)
  })

  it('answer 404 for a material of another application, with nothing audited', async () => {
    const other = (await materialLink(idB, '身份证.png')).split('/').pop()
    const before = (await auditRows('application.material_view')).length
    expect((await intake.get(`/staff/applications/${idA}/materials/${other}`)).status).toBe(404)
    expect(
      (await intake.get(`/staff/applications/${idA}/materials/${other}/download`)).status,
    ).toBe(404)
    expect((await intake.get(`/staff/applications/${idA}/materials/nope`)).status).toBe(404)
    expect((await auditRows('application.material_view')).length).toBe(before)
  })

  it('lists issued documents, downloadable from their own application only', async () => {
    const docId = await issueTestDocument(t, idA)
    const html = await page(intake)
    expect(html).toContain(`href="/staff/applications/${idA}/documents/${docId}">证据材料收据</a>`)
    const res = await intake.get(`/staff/applications/${idA}/documents/${docId}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/pdf')
    expect(res.headers.get('content-disposition')).toContain('attachment; filename=')
    expect((await auditRows('application.document_download')).map((r) => r.details)).toEqual([
      { documentId: docId },
    ])
    expect((await intake.get(`/staff/applications/${idB}/documents/${docId}`)).status).toBe(404)
  })
})

describe('internal notes', () => {
  it('are added, listed with author and time, audited, and never shown to the applicant', async () => {
    const res = await intake.post(`/staff/applications/${idA}/notes`, {
      body: '  已电话联系申请人，\n材料原件下周送来。  ',
    })
    expect(res.status).toBe(303)
    const html = await page(intake)
    expect(html).toContain('已电话联系申请人，\n材料原件下周送来。')
    expect(html).toContain('王受理，2026年11月2日 10:00')
    const rows = await auditRows('application.note_add')
    expect(rows).toHaveLength(1)
    expect(rows[0]!.details).toMatchObject({ length: 19 })
    expect(JSON.stringify(rows[0]!.details)).not.toContain('电话')

    const status = await applicantStatus(idA)
    expect(status).toContain('办理进度')
    expect(status).not.toContain('材料原件下周送来')
  })

  it('refuses an empty or too long note with the page and the text kept', async () => {
    const empty = await intake.post(`/staff/applications/${idA}/notes`, { body: '   ' })
    expect(empty.status).toBe(422)
    expect(await empty.text()).toContain('请填写备注内容')
    const long = '长'.repeat(2001)
    const tooLong = await intake.post(`/staff/applications/${idA}/notes`, { body: long })
    expect(tooLong.status).toBe(422)
    const html = await tooLong.text()
    expect(html).toContain('备注不能超过 2000 字，当前 2001 字')
    expect(html).toContain(`>${long}</textarea>`)
    // the form states the same limit the service applies
    expect(html).toContain('不超过 2000 字')
    expect(html).toMatch(/<textarea[^>]*name="body"[^>]*maxlength="2000"/)
    expect(html).toMatch(/<title>错误：申请 [A-Z0-9-]+ - /)
    const notes = await t.db.db.selectFrom('application_notes').select('id').execute()
    expect(notes).toHaveLength(1)
  })
})

const versionOn = (html: string) => /name="version" value="(\d+)"/.exec(html)![1]!
const assignedTo = async (id: string) =>
  await t.db.db
    .selectFrom('applications')
    .select(['assigned_staff_id', 'version'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow()

describe('assignment', () => {
  let reviewer: { staff: TestStaff; browser: TestBrowser }
  let colleague: TestStaff
  beforeAll(async () => {
    const staff = await createStaff(t.deps, { roles: ['reviewer'], displayName: '李检察官' })
    reviewer = { staff, browser: await staffBrowser(t.app, t.deps, staff) }
    colleague = await createStaff(t.deps, { roles: ['reviewer'], displayName: '赵检察官' })
  })

  it('is not possible before acceptance', async () => {
    const html = await page(reviewer.browser, idB)
    expect(html).toContain('受理后才能分派承办检察官')
    const res = await reviewer.browser.post(`/staff/applications/${idB}/assign`, {
      claim: 'yes',
      version: String((await assignedTo(idB)).version),
    })
    expect(res.status).toBe(409)
    expect((await assignedTo(idB)).assigned_staff_id).toBeNull()
  })

  it('lets a reviewer claim the case, audited, and tells the applicant the name', async () => {
    await changeStage(t.deps, {
      applicationId: idA,
      action: 'accept',
      actor: { type: 'staff', id: intakeStaff.id, roles: ['intake'] },
    })
    const html = await page(reviewer.browser)
    expect(html).toContain('认领（由我承办）')
    const version = versionOn(html)
    const res = await reviewer.browser.post(`/staff/applications/${idA}/assign`, {
      claim: 'yes',
      version,
    })
    expect(res.status).toBe(303)
    expect(await assignedTo(idA)).toEqual({
      assigned_staff_id: reviewer.staff.id,
      version: Number(version) + 1,
    })
    const rows = await auditRows('application.assign')
    expect(rows).toEqual([
      {
        actor_id: reviewer.staff.id,
        object_id: idA,
        details: {
          staffId: reviewer.staff.id,
          previousStaffId: null,
          claim: true,
          version: Number(version) + 1,
        },
        result: 'success',
      },
    ])
    const after = await page(intake)
    expect(after).toContain('当前承办：李检察官')
    expect(after).toContain('确定承办检察官')
    expect(after).toContain('承办检察官：李检察官')
    expect(await applicantStatus(idA)).toContain('李检察官')
  })

  it('does not let another reviewer claim a case already assigned; a leader may (F27)', async () => {
    const other = await signedInStaff(t.app, t.deps, ['reviewer'])
    const html = await page(other.browser)
    expect(html).not.toContain('认领（由我承办）')
    const before = await assignedTo(idA)
    const res = await other.browser.post(`/staff/applications/${idA}/assign`, {
      claim: 'yes',
      version: String(before.version),
    })
    expect(res.status).toBe(403)
    expect(await res.text()).toContain('须由院领导重新分派')
    expect(await assignedTo(idA)).toEqual(before)
    const leader = await signedInStaff(t.app, t.deps, ['leader'])
    expect(await page(leader.browser)).toContain('认领（由我承办）')
    // the leader reassigns back to the handler: the same form, a named reviewer
    const back = await leader.browser.post(`/staff/applications/${idA}/assign`, {
      staffId: reviewer.staff.id,
      version: String(before.version),
    })
    expect(back.status).toBe(303)
    expect((await assignedTo(idA)).assigned_staff_id).toBe(reviewer.staff.id)
  })

  it('refuses a stale page with the current stage and changes nothing', async () => {
    const current = await assignedTo(idA)
    const res = await intake.post(`/staff/applications/${idA}/assign`, {
      staffId: colleague.id,
      version: String(current.version - 1),
    })
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('当前状态为“已受理”')
    expect(await assignedTo(idA)).toEqual(current)
  })

  it('assigns to a chosen reviewer, and refuses anyone who is not one', async () => {
    const version = versionOn(await page(intake))
    const wrong = await intake.post(`/staff/applications/${idA}/assign`, {
      staffId: intakeStaff.id,
      version,
    })
    expect(wrong.status).toBe(422)
    expect(await wrong.text()).toContain('请选择民事检察部门的检察官')
    expect(
      (await intake.post(`/staff/applications/${idA}/assign`, { claim: 'yes', version })).status,
    ).toBe(403)
    const ok = await intake.post(`/staff/applications/${idA}/assign`, {
      staffId: colleague.id,
      version,
    })
    expect(ok.status).toBe(303)
    expect((await assignedTo(idA)).assigned_staff_id).toBe(colleague.id)
    expect(
      (await intake.post(`/staff/applications/${idA}/assign`, { staffId: colleague.id })).status,
    ).toBe(400)
  })

  it('lets exactly one of two simultaneous assignments from the same page win', async () => {
    const version = versionOn(await page(intake))
    const results = await Promise.all(
      [reviewer.staff.id, colleague.id].map((staffId) =>
        intake.post(`/staff/applications/${idA}/assign`, { staffId, version }),
      ),
    )
    expect(results.map((r) => r.status).sort()).toEqual([303, 409])
    expect((await assignedTo(idA)).version).toBe(Number(version) + 1)
  })

  it('offers a reviewer in review the 检察建议 draft besides the workflow actions', async () => {
    await changeStage(t.deps, {
      applicationId: idA,
      action: 'start_review',
      actor: { type: 'staff', id: reviewer.staff.id, roles: ['reviewer'] },
    })
    const html = await page(reviewer.browser)
    for (const action of ['suspend', 'decide_not_supported', 'terminate', 'draft_recommendation'])
      expect(html).toContain(`href="/staff/applications/${idA}/actions/${action}"`)
    expect(html).toContain('起草检察建议')
    expect(html).not.toContain('/actions/decide_recommendation"')
  })
})

async function applicantBrowser(id: string) {
  const applicant = new TestBrowser(t.app)
  const { tracking_code: code } = await t.db.db
    .selectFrom('applications')
    .select('tracking_code')
    .where('id', '=', id)
    .executeTakeFirstOrThrow()
  await applicant.post('/track', { code, digits: '5678' })
  return applicant
}

async function applicantStatus(id: string) {
  return (await (await applicantBrowser(id)).get('/track/status')).text()
}

describe('recusal requests', () => {
  const decide = (browser: TestBrowser, form: Record<string, string>) =>
    browser.post(`/staff/applications/${idA}/actions/decide_recusal`, form)
  const version = async () =>
    String(
      (
        await t.db.db
          .selectFrom('applications')
          .select('version')
          .where('id', '=', idA)
          .executeTakeFirstOrThrow()
      ).version,
    )

  it('are decided by the 检察长 within three days, told to the applicant, and a refusal contested once', async () => {
    const applicant = await applicantBrowser(idA)
    expect(
      (
        await applicant.post('/track/recusal', {
          target: 'handler',
          reason: '承办人曾代理被执行人的其他案件',
        })
      ).status,
    ).toBe(303)
    const html = await page(intake)
    // whichever of the two simultaneous assignments above won
    expect(html).toMatch(/申请人申请 (李|赵)检察官 回避/)
    expect(html).toContain('承办人曾代理被执行人的其他案件')
    expect(html).toContain('待决定')
    // 规则 第十七条: three days to decide, shown while the request is open
    expect(html).toContain('应于 2026年11月5日 前作出决定并通知申请人（规则第十七条）')
    // 规则 第十六条: the 检察长 decides; intake may not, and sees no link to the form
    expect(html).not.toContain('actions/decide_recusal')
    const row = await t.db.db
      .selectFrom('recusal_requests')
      .select(['id', 'staff_id'])
      .executeTakeFirstOrThrow()
    const form = {
      recusalId: row.id,
      outcome: 'declined',
      body: 'chief',
      reasons: '申请人所称代理关系经核实不存在',
    }
    expect((await decide(intake, { ...form, version: await version() })).status).toBe(403)

    const leader = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['leader'] }),
    )
    expect(await page(leader)).toContain('actions/decide_recusal')
    const formPage = await (
      await leader.get(`/staff/applications/${idA}/actions/decide_recusal`)
    ).text()
    expect(formPage).toContain('承办人曾代理被执行人的其他案件')
    const missing = await decide(leader, { ...form, outcome: '', version: await version() })
    expect(missing.status).toBe(422)
    expect(await missing.text()).toContain('请选择是否准许回避')
    expect((await decide(leader, { ...form, version: await version() })).status).toBe(303)
    const decided = await t.db.db
      .selectFrom('recusal_requests')
      .select(['decision', 'decided_by_body', 'decision_reasons', 'handled_at'])
      .executeTakeFirstOrThrow()
    expect(decided).toEqual({
      decision: 'declined',
      decided_by_body: 'chief',
      decision_reasons: '申请人所称代理关系经核实不存在',
      handled_at: t.clock.now(),
    })
    expect((await auditRows('application.recusal_decide')).map((r) => r.details)).toEqual([
      { recusalId: row.id, outcome: 'declined', body: 'chief' },
    ])
    // decided once: a second decision is refused, nothing changes
    expect(
      (await decide(leader, { ...form, outcome: 'recused', version: await version() })).status,
    ).toBe(409)

    const status = await (await applicant.get('/track/status')).text()
    expect(status).toContain('本院决定（检察长决定）：驳回对')
    expect(status).toContain('理由：申请人所称代理关系经核实不存在。')
    expect(status).toContain('可以在 2026年11月5日 前在本页面申请复议一次')
    expect(status).toContain('action="/track/recusal/review"')
    const short = await applicant.post('/track/recusal/review', { reason: '短' })
    expect(short.status).toBe(422)
    expect(await short.text()).toContain('请写明申请复议的理由（5 至 2000 字）。')
    expect(
      (await applicant.post('/track/recusal/review', { reason: '代理关系有判决书为证' })).status,
    ).toBe(303)
    const again = await applicant.post('/track/recusal/review', { reason: '代理关系有判决书为证' })
    expect(again.status).toBe(409)
    expect(await again.text()).toContain('复议只能申请一次')
    expect(await page(intake)).toContain('复议期间，被申请回避的人员不停止参与本案工作')

    // the 复议 grants it: the person steps aside and the case awaits a new handler
    expect(
      (
        await decide(leader, {
          ...form,
          outcome: 'recused',
          reasons: '经复核代理关系属实',
          version: await version(),
        })
      ).status,
    ).toBe(303)
    const app = await t.db.db
      .selectFrom('applications')
      .select('assigned_staff_id')
      .where('id', '=', idA)
      .executeTakeFirstOrThrow()
    expect(app.assigned_staff_id).toBeNull()
    expect(await (await applicant.get('/track/status')).text()).toContain(
      '本院复议决定（检察长决定）：准许',
    )
    expect(await page(intake)).toContain('复议决定：撤销原决定，准许回避')
  })

  it('are not decided by the person asked to step aside, nor across applications', async () => {
    const leaderStaff = await createStaff(t.deps, { roles: ['leader'] })
    const leader = await staffBrowser(t.app, t.deps, leaderStaff)
    const row = await t.db.db
      .insertInto('recusal_requests')
      .values({
        application_id: idA,
        staff_id: leaderStaff.id,
        reason: '与被执行人系同学',
        requested_at: t.clock.now(),
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    const form = {
      recusalId: row.id,
      outcome: 'declined',
      body: 'chief',
      reasons: '不存在应当回避的情形',
      version: await version(),
    }
    const own = await decide(leader, form)
    expect(own.status).toBe(403)
    expect(await own.text()).toContain('被申请回避的人员不能对针对本人的回避申请作出决定')
    const other = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['leader'] }),
    )
    expect(
      (
        await other.post(`/staff/applications/${idB}/actions/decide_recusal`, {
          ...form,
          version: '1',
        })
      ).status,
    ).not.toBe(303)
    const still = await t.db.db
      .selectFrom('recusal_requests')
      .select('decision')
      .where('id', '=', row.id)
      .executeTakeFirstOrThrow()
    expect(still.decision).toBeNull()
  })
})

describe('deadlines', () => {
  it('lists every open clock with how it was computed, and a paused one as paused', async () => {
    const accepted = await page(intake)
    expect(accepted).toContain('审查终结：<strong>2027年2月2日</strong>')
    expect(accepted).toContain('发出受理通知书')
    expect(accepted).toMatch(
      /程序性答复[^<]*：<strong>2026年11月11日<\/strong><span class="tag">已完成/,
    )
    await changeStage(t.deps, {
      applicationId: idA,
      action: 'suspend',
      actor: { type: 'staff', id: null, roles: ['reviewer'] },
    })
    expect(await page(intake)).toContain('自 2026年11月2日 起暂停计算')
  })

  it('shows the procedural reply while it runs', async () => {
    const html = await page(intake, idB)
    expect(html).toMatch(/程序性答复[^<]*：<strong>2026年11月11日<\/strong><details>/)
    expect(html).toContain('7 个工作日')
  })
})
