import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBrowser } from '../helpers/applicant.js'
import { summaryErrors } from '../helpers/http.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { exeBytes, fileOf, filesUnder, pdfBytes, sha256 } from '../helpers/upload-fixtures.js'

/**
 * 交办 and 移送 intake (legal review D13): entered by intake with the source document, its own limit
 * (规则 第四十二条), listed in the queue with its source, closed with the outcome the case allows
 * (第一百零七条 for a handed-down 复议 case).
 */
let t: TestApp
let as: Record<'intake' | 'reviewer' | 'leader', TestBrowser>

// Thursday 2026-12-03, 10:00 in Beijing
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-03T02:00:00Z') })
  const b = async (roles: ('intake' | 'reviewer' | 'leader')[]) =>
    staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles }))
  as = { intake: await b(['intake']), reviewer: await b(['reviewer']), leader: await b(['leader']) }
})
afterAll(() => t.close())

const rows = () => t.db.db.selectFrom('handed_down_cases').selectAll().execute()
const storedFiles = () => filesUnder(path.join(t.config.dataDir, 'files'))

function entryForm(fields: Record<string, string>, file?: File): FormData {
  const form = new FormData()
  const defaults = {
    kind: 'handed_down',
    reviewRuling: 'yes',
    sourceOrgan: '平顶山市人民检察院',
    sourceNumber: '平检民交〔2026〕3号',
    sourceDated: '2026-11-30',
    receivedOn: '2026-12-02',
    dueOn: '2027-01-15',
    partyName: '张秀英',
    courtName: '平顶山市中级人民法院',
    courtCaseNo: '（2026）豫04执复12号',
    summary: '申请人不服执行复议裁定，市院受理后交由本院审查办理。',
  }
  for (const [k, v] of Object.entries({ ...defaults, ...fields })) if (v !== '') form.append(k, v)
  if (file) form.append('document', file)
  return form
}

describe('a case handed down by the 市院', () => {
  let id: string
  it('is entered by intake with its 交办通知书, audited, and listed in the queue with its source and limit', async () => {
    const pdf = await pdfBytes()
    const res = await as.intake.upload(
      '/staff/handed-down',
      entryForm({}, fileOf(pdf, '交办通知书.pdf')),
    )
    expect(res.status).toBe(303)
    id = /\/staff\/handed-down\/([0-9a-f-]{36})\?done=entered/.exec(
      res.headers.get('location')!,
    )![1]!
    const [row] = await rows()
    expect(row).toMatchObject({
      kind: 'handed_down',
      review_ruling: true,
      due_on: '2027-01-15',
      document_sha256: sha256(pdf),
      document_type: 'application/pdf',
    })
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('object_id', '=', id)
      .execute()
    expect(audit).toEqual([
      { action: 'handed_down.enter', details: { kind: 'handed_down', sha256: sha256(pdf) } },
    ])

    const queue = await (await as.reviewer.get('/staff')).text()
    expect(queue).toContain('平顶山市人民检察院交办（平检民交〔2026〕3号）')
    expect(queue).toContain('2027年1月15日')
    expect(queue).toContain('第一百零七条')
    expect(queue).not.toContain('登记交办、移送案件</a>')
    expect(await (await as.intake.get('/staff')).text()).toContain('登记交办、移送案件</a>')

    const page = await (await as.reviewer.get(`/staff/handed-down/${id}`)).text()
    expect(page).toContain('办理期限：<strong>2027年1月15日</strong>')
    const download = await as.reviewer.get(`/staff/handed-down/${id}/document`)
    expect(download.status).toBe(200)
    expect(sha256(new Uint8Array(await download.arrayBuffer()))).toBe(sha256(pdf))
  })

  it('offers only the 第一百零七条 outcomes, refuses a stale page, and closes once', async () => {
    const page = await (await as.reviewer.get(`/staff/handed-down/${id}`)).text()
    expect(page).toContain('提请上级院监督')
    expect(page).toContain('不支持监督申请的决定')
    expect(page).not.toContain('value="reported"')
    const close = (fields: Record<string, string>) =>
      as.reviewer.post(`/staff/handed-down/${id}/outcome`, {
        version: '1',
        outcome: 'not_supported',
        outcomeOn: '2026-12-03',
        note: '执行复议裁定认定事实清楚，适用法律正确。',
        ...fields,
      })
    const wrong = await close({ outcome: 'reported' })
    expect(wrong.status).toBe(422)
    expect(summaryErrors(await wrong.text())).toContain('这件案件不能选择这个办理结果')
    const future = await close({ outcomeOn: '2026-12-04' })
    expect(future.status).toBe(422)
    expect((await as.intake.post(`/staff/handed-down/${id}/outcome`, {})).status).toBe(403)
    expect((await close({})).status).toBe(303)
    expect((await rows())[0]).toMatchObject({
      outcome: 'not_supported',
      outcome_on: '2026-12-03',
      version: 2,
    })
    expect((await close({})).status).toBe(409)
    expect(await (await as.reviewer.get('/staff')).text()).not.toContain('平检民交〔2026〕3号')
  })
})

describe('entering a case', () => {
  it.each([
    [{ dueOn: '' }, '请填写交办通知书限定的办理期限'],
    [{ kind: 'transferred' }, '只有上级院交办的民事诉讼监督案件才适用规则第一百零七条'],
    [{ receivedOn: '2026-11-29' }, '收到日期不能早于来文日期'],
    [{ receivedOn: '2026-12-04', dueOn: '2027-01-15' }, '收到日期不能晚于今天'],
    [{ sourceOrgan: '' }, '请填写来文机关'],
  ])('refuses %o, shows the form again and keeps nothing', async (fields, message) => {
    const before = { rows: (await rows()).length, files: await storedFiles() }
    const res = await as.intake.upload(
      '/staff/handed-down',
      entryForm(fields, fileOf(await pdfBytes(), '交办通知书.pdf')),
    )
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(summaryErrors(html).join('')).toContain(message)
    expect(html).toContain('平顶山市中级人民法院')
    expect((await rows()).length).toBe(before.rows)
    expect(await storedFiles()).toEqual(before.files)
  })

  it('requires the source document, of a kind it accepts', async () => {
    const missing = await as.intake.upload('/staff/handed-down', entryForm({}))
    expect(missing.status).toBe(422)
    expect(summaryErrors(await missing.text())).toContain('请上传交办通知书或移送函（PDF 或照片）')
    const exe = await as.intake.upload(
      '/staff/handed-down',
      entryForm({}, fileOf(exeBytes(), '交办通知书.pdf')),
    )
    expect(exe.status).toBe(422)
    expect((await rows()).length).toBe(1)
  })

  it('takes a 移送 without a limit, and is refused to a reviewer', async () => {
    expect(
      (
        await as.reviewer.upload(
          '/staff/handed-down',
          entryForm({}, fileOf(await pdfBytes(), 'a.pdf')),
        )
      ).status,
    ).toBe(403)
    const res = await as.intake.upload(
      '/staff/handed-down',
      entryForm(
        {
          kind: 'transferred',
          reviewRuling: '',
          dueOn: '',
          sourceOrgan: '卫东区信访局',
          sourceNumber: '卫信转〔2026〕8号',
        },
        fileOf(await pdfBytes(), '移送函.pdf'),
      ),
    )
    expect(res.status).toBe(303)
    const queue = await (await as.leader.get('/staff')).text()
    expect(queue).toContain('卫东区信访局移送（卫信转〔2026〕8号）')
    expect(queue).toContain('来文未限定')
  })
})
