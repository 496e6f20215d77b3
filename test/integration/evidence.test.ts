import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import { applicationIdOf, submitApplication, TestBrowser } from '../helpers/applicant.js'
import { pdfText } from '../helpers/pdf-text.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { fileOf, pdfBytes, pngBytes, sha256 } from '../helpers/upload-fixtures.js'

let t: TestApp
let codeA: string
let codeB: string
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  const files = { pdf: await pdfBytes(), png: pngBytes() }
  codeA = await submitApplication(t.app, files)
  codeB = await submitApplication(t.app, files)
})
afterAll(() => t.close())

const appId = (code: string) => applicationIdOf(t.db.db, code)

async function signedIn(code: string) {
  const browser = new TestBrowser(t.app)
  await browser.post('/track', { code, digits: '5678' })
  return browser
}

async function addEvidence(browser: TestBrowser, file: File, description: string) {
  const form = new FormData()
  form.append('file', file)
  form.append('description', description)
  return browser.upload('/track/evidence/upload', form)
}

describe('evidence after acceptance', () => {
  it('is refused before acceptance', async () => {
    const res = await addEvidence(await signedIn(codeA), fileOf(pngBytes(), '照片.png'), '现场照片')
    expect(res.status).toBe(409)
    expect(await res.text()).toContain('申请受理后')
  })

  it('is filed with a 证据材料收据 the applicant can download; another application cannot reach it', async () => {
    await changeStage(t.deps, {
      applicationId: await appId(codeA),
      action: 'accept',
      actor: { type: 'staff', id: 'staff-1', roles: ['intake'] },
    })
    const browser = await signedIn(codeA)
    const photo = pngBytes(16, 16)
    expect(
      (await addEvidence(browser, fileOf(photo, '拍卖公告.png'), '法院拍卖公告的照片')).status,
    ).toBe(303)
    const page = await (await browser.get('/track/status')).text()
    expect(page).toContain('当前状态：已受理')
    expect(page).toContain('拍卖公告.png')
    const link = /href="(\/track\/documents\/[0-9a-f-]{36})">证据材料收据/.exec(page)![1]!
    const pdf = await browser.get(link)
    expect(pdf.headers.get('content-type')).toBe('application/pdf')
    const text = (await pdfText(new Uint8Array(await pdf.arrayBuffer()))).replace(/\s/g, '')
    for (const s of [
      '证据材料收据',
      '拍卖公告.png',
      '法院拍卖公告的照片',
      sha256(photo).slice(0, 16),
      '第四十四条',
    ])
      expect(text).toContain(s)

    const mail = await t.db.db
      .selectFrom('outbox_messages')
      .select(['subject'])
      .where('kind', '=', 'evidence_receipt')
      .executeTakeFirstOrThrow()
    expect(mail.subject).toContain(codeA)

    const other = await signedIn(codeB)
    expect((await other.get(link)).status).toBe(404)
    expect((await other.get('/track/documents/not-an-id')).status).toBe(404)
  })

  it('asks for a description', async () => {
    const res = await addEvidence(await signedIn(codeA), fileOf(pngBytes(), '照片.png'), '')
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('请为证据材料写一句说明')
  })
})

describe('the handling prosecutor and recusal', () => {
  it('shows only the assigned prosecutor and takes a recusal request to staff', async () => {
    const browser = await signedIn(codeA)
    // no prosecutor named yet: the handler cannot be chosen; another person can be named
    const noHandler = await browser.post('/track/recusal', {
      target: 'handler',
      reason: '承办人与被执行人是亲属关系',
    })
    expect(noHandler.status).toBe(409)
    expect(await noHandler.text()).toContain('本案还没有确定承办检察官')
    const noName = await browser.post('/track/recusal', {
      target: 'other',
      reason: '书记员与被执行人是亲属关系',
    })
    expect(noName.status).toBe(422)
    expect(await noName.text()).toContain('请填写该人员的姓名')
    const staff = await t.db.db
      .insertInto('staff_accounts')
      .values({
        username: 'li.jianchaguan',
        display_name: '李检察官',
        password_hash: 'x',
        roles: ['reviewer'],
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await t.db.db
      .updateTable('applications')
      .set({ assigned_staff_id: staff.id })
      .where('id', '=', await appId(codeA))
      .execute()
    const page = await (await browser.get('/track/status')).text()
    // 规则 第四十五条: the name with the 法律职务; the 回避 rules of 第十二、十四、十七条
    expect(page).toContain('承办检察官：<strong>李检察官</strong>（法律职务：检察官）')
    expect(page).toContain('第四十五条')
    expect(page).toContain('第十二条、第十四条、第十六条、第十七条')
    expect(page).toContain('书记员、检察官助理、翻译人员、鉴定人、勘验人')
    expect(page).toContain('本院在三日内作出决定')
    expect(page).not.toContain('系统管理员')
    const short = await browser.post('/track/recusal', { target: 'handler', reason: '短' })
    expect(short.status).toBe(422)
    expect(await short.text()).toContain('请写明申请回避的理由（5 至 2000 字）。')
    expect(
      (
        await browser.post('/track/recusal', {
          target: 'handler',
          reason: '承办人与被执行人是亲属关系',
        })
      ).headers.get('location'),
    ).toBe('/track/status')
    // 规则 第十二条: also the 书记员 and others, named with their role
    expect(
      (
        await browser.post('/track/recusal', {
          target: 'other',
          personName: '周书记',
          personRole: '书记员',
          reason: '书记员曾为被执行人出具证明',
        })
      ).status,
    ).toBe(303)
    const rows = await t.db.db
      .selectFrom('recusal_requests')
      .select(['staff_id', 'person_name', 'person_role', 'reason'])
      .orderBy('requested_at')
      .orderBy('reason', 'desc')
      .execute()
    expect(rows).toEqual([
      {
        staff_id: staff.id,
        person_name: null,
        person_role: null,
        reason: '承办人与被执行人是亲属关系',
      },
      {
        staff_id: null,
        person_name: '周书记',
        person_role: '书记员',
        reason: '书记员曾为被执行人出具证明',
      },
    ])
    expect(await (await browser.get('/track/status')).text()).toContain('已提交回避申请')
  })
})
