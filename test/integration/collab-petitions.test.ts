import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { completeWizard, SELF_CHECK, TestBrowser, withContact } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { h1Of, summaryErrors } from '../helpers/http.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** 涉执信访 (issue 16 item 4): the 信访人 encrypted and masked, the 条例 clocks, 转为监督申请. */
let t: TestApp
let as: Record<'intake' | 'reviewer' | 'leader' | 'admin' | 'auditor', TestBrowser>

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
})
afterAll(() => t.close())

const PETITION = {
  petitionerName: '张秀英',
  petitionerPhone: '139 1234 8765',
  petitionerId: '11010519491231002x',
  channel: 'visit',
  receivedOn: '2026-11-20',
  courtName: '平顶山市卫东区人民法院',
  courtCaseNumber: '（2024）豫0403执256号',
  complaint: '执行案件立案两年，法院未采取任何执行措施。',
}
const petitions = () => t.db.db.selectFrom('collab_petitions').selectAll().execute()

async function newPetition(fields: Record<string, string> = {}): Promise<string> {
  const res = await as.reviewer.post('/staff/petitions/new', { ...PETITION, ...fields })
  expect(res.status).toBe(303)
  return /\/staff\/petitions\/([0-9a-f-]{36})/.exec(res.headers.get('location')!)![1]!
}

describe('a petition recorded and handled with the court', () => {
  let id: string

  it('stores the 信访人 encrypted, shows them masked, and reveals them only by an audited act', async () => {
    id = await newPetition()
    const [row] = await petitions()
    expect(Buffer.from(row!.petitioner_phone_encrypted).toString('latin1')).not.toContain('8765')
    expect(t.deps.fieldCrypto.decrypt(row!.petitioner_phone_encrypted)).toBe('13912348765')
    const list = await (await as.intake.get('/staff/petitions')).text()
    expect(list).toContain('张*英')
    expect(list).not.toContain('张秀英')
    const page = await (await as.intake.get(`/staff/petitions/${id}`)).text()
    expect(page).toContain('139****8765')
    expect(page).not.toContain('13912348765')
    expect(page).not.toContain('11010519491231002X')
    expect(page).toContain('书面告知信访人：2026-12-05')
    expect(page).toContain('信访事项办结：2027-01-19')
    expect(page).toContain('《信访工作条例》第二十三条第二款')

    const revealed = await as.leader.post(`/staff/petitions/${id}/reveal`, {})
    expect(revealed.status).toBe(200)
    const html = await revealed.text()
    expect(html).toContain('13912348765')
    expect(html).toContain('11010519491231002X')
    expect(html).toContain('张秀英')
    expect((await auditRowsFor(t.deps, 'collab_petition', id)).map((a) => a.action)).toEqual([
      'petition.create',
      'petition.reveal_identifier',
    ])
    expect(JSON.stringify(await auditRowsFor(t.deps, 'collab_petition', id))).not.toContain('8765')
    expect(JSON.stringify(t.logs)).not.toContain('13912348765')
  })

  it('records joint handling, the written notice and one extension', async () => {
    const post = (path: string, fields: Record<string, string>) =>
      as.reviewer.post(`/staff/petitions/${id}/${path}`, fields)
    expect(
      (
        await post('handling', {
          handledOn: '2026-11-24',
          who: '卫东区法院执行局王法官；本院李检察',
          what: '共同约谈信访人，法院承诺一个月内采取查控措施',
        })
      ).status,
    ).toBe(303)
    expect((await post('notify', { notifiedOn: '2026-11-25' })).status).toBe(303)
    expect((await post('notify', { notifiedOn: '2026-11-25' })).status).toBe(409)
    expect(
      (await post('extend', { extendedOn: '2026-11-26', reason: '需等待法院查控结果' })).status,
    ).toBe(303)
    expect((await post('extend', { extendedOn: '2026-11-26', reason: '再次延长' })).status).toBe(
      409,
    )
    const page = await (await as.reviewer.get(`/staff/petitions/${id}`)).text()
    expect(page).toContain('共同约谈信访人')
    expect(page).toContain('信访事项办结：2027-02-18')
    expect(page).not.toContain('书面告知信访人：')
  })

  it('refuses an outcome of 不予受理 without reasons, then closes with 化解', async () => {
    const refused = await as.reviewer.post(`/staff/petitions/${id}/outcome`, {
      outcome: 'rejected',
      outcomeOn: '2026-11-26',
    })
    expect(refused.status).toBe(422)
    expect(summaryErrors(await refused.text())).toContain('请填写不予受理的理由')
    const ok = await as.reviewer.post(`/staff/petitions/${id}/outcome`, {
      outcome: 'resolved',
      outcomeOn: '2026-11-26',
    })
    expect(ok.status).toBe(303)
    const again = await as.reviewer.post(`/staff/petitions/${id}/handling`, {
      handledOn: '2026-11-26',
      who: '法院',
      what: '回访',
    })
    expect(again.status).toBe(409)
  })
})

describe('转为监督申请', () => {
  it('starts the counter wizard from the petition and links the application it becomes', async () => {
    const id = await newPetition({ petitionerName: '李四' })
    const counter = await as.intake.get(`/staff/counter?petition=${id}`)
    const html = await counter.text()
    expect(h1Of(html)).toBe('窗口代为录入申请')
    expect(html).toContain('由涉执信访转为监督申请')
    expect(html).toContain(`name="petition" value="${id}"`)
    expect(html).toMatch(/value="豫0403"[^>]* checked/)

    const start = await as.intake.post('/staff/counter', { ...SELF_CHECK, petition: id })
    expect(start.status).toBe(303)
    const row = (await petitions()).find((p) => p.id === id)!
    expect(row).toMatchObject({ outcome: 'converted', outcome_on: '2026-11-26' })
    const draft = await t.db.db
      .selectFrom('application_drafts')
      .select(['answers_encrypted', 'channel'])
      .where('id', '=', row.draft_id!)
      .executeTakeFirstOrThrow()
    expect(draft.channel).toBe('counter')
    // the phone the 信访人 gave is pre-filled; the contact page still asks the rest
    expect(JSON.parse(t.deps.fieldCrypto.decrypt(draft.answers_encrypted))).toMatchObject({
      contact: { mobile: '13912348765' },
      selfCheck: { court: '豫0403' },
    })

    const code = await completeWizard(
      as.intake,
      { pdf: await pdfBytes(), png: pngBytes() },
      withContact({ mobile: '139 1234 8765' }),
    )
    const page = await (await as.reviewer.get(`/staff/petitions/${id}`)).text()
    expect(page).toContain(`查询码 ${code}`)
    expect(page).toContain('转为监督申请')

    const applicant = new TestBrowser(t.app)
    const track = await applicant.post('/track', { code, digits: '8765' })
    expect(track.headers.get('location')).toBe('/track/status')
    expect(h1Of(await (await applicant.get('/track/status')).text())).toBe('办理进度')

    const twice = await as.intake.post('/staff/counter', { ...SELF_CHECK, petition: id })
    expect(twice.status).toBe(409)
    expect((await auditRowsFor(t.deps, 'collab_petition', id)).map((a) => a.action)).toEqual([
      'petition.create',
      'petition.convert',
    ])
  })
})

describe('bad input and the wrong role', () => {
  it('refuses a petition with a bad phone, ID number and date, keeping what was typed', async () => {
    const before = (await petitions()).length
    const res = await as.reviewer.post('/staff/petitions/new', {
      ...PETITION,
      petitionerPhone: '12345',
      petitionerId: '110105194912310021',
      receivedOn: '2026-12-01',
      petitionerName: '',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    const errors = summaryErrors(html)
    expect(errors).toContain('请填写信访人姓名')
    expect(errors.length).toBeGreaterThanOrEqual(3)
    expect(html).toContain('执行案件立案两年')
    expect((await petitions()).length).toBe(before)
  })

  it('lets intake read but not write; admin and auditor see nothing', async () => {
    const [row] = await petitions()
    expect((await as.intake.get(`/staff/petitions/${row!.id}`)).status).toBe(200)
    expect((await as.intake.post('/staff/petitions/new', PETITION)).status).toBe(403)
    expect((await as.intake.post(`/staff/petitions/${row!.id}/reveal`, {})).status).toBe(403)
    for (const role of ['admin', 'auditor'] as const) {
      expect((await as[role].get('/staff/petitions')).status).toBe(403)
      expect((await as[role].post(`/staff/petitions/${row!.id}/reveal`, {})).status).toBe(403)
    }
    expect((await as.reviewer.get('/staff/petitions/nope')).status).toBe(404)
  })
})
