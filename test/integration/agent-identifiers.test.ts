import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SELF_CHECK, TestBrowser, VALID_STEPS } from '../helpers/applicant.js'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const AGENT = {
  hasAgent: 'yes',
  agentName: '李律师',
  agentKind: '律师',
  agentIdNumber: '440524188001010014',
  agentMobile: '139 0000 1111',
  licenceNumber: '14101200010000001',
}

describe("the agent's identifiers", () => {
  it('are kept encrypted at submission, never in the answers document', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    for (const [step, fields] of VALID_STEPS) {
      const res = await browser.post(`/apply/step/${step}`, step === 'agent' ? AGENT : fields)
      expect(res.status, step).toBe(303)
    }
    const png = pngBytes()
    const pdf = await pdfBytes()
    for (const [slot, file] of [
      ['identity', new File([new Uint8Array(png)], '身份证.png')],
      ['legal_documents', new File([new Uint8Array(pdf)], '执行裁定书.pdf')],
      ['authorization', new File([new Uint8Array(pdf)], '授权委托书.pdf')],
    ] as const) {
      const form = new FormData()
      form.append(`file-${slot}`, file)
      expect((await browser.upload(`/apply/materials/upload?slot=${slot}`, form)).status).toBe(303)
    }
    await browser.post('/apply/materials', { generateLetter: 'yes' })
    const submitted = await browser.post('/apply/submit', { declaration: 'yes' })
    expect(submitted.headers.get('location')).toBe('/apply/confirmation')

    const row = await t.db.db
      .selectFrom('applications')
      .select(['id', 'answers', 'agent_id_number_encrypted', 'agent_mobile_encrypted'])
      .executeTakeFirstOrThrow()
    const decrypt = (b: Uint8Array | null) => t.deps.fieldCrypto.decrypt(b!)
    expect(decrypt(row.agent_id_number_encrypted)).toBe('440524188001010014')
    expect(decrypt(row.agent_mobile_encrypted)).toBe('13900001111')
    const answers = JSON.stringify(row.answers)
    expect(answers).toContain('李律师')
    expect(answers).not.toMatch(/440524188001010014|13900001111/)

    // Staff see them masked, and whole only after 显示 (audited).
    const { browser: staff } = await signedInStaff(t.app, t.deps, ['intake'])
    const page = await (await staff.get(`/staff/applications/${row.id}`)).text()
    expect(page).toContain('代理人身份证号码')
    expect(page).not.toContain('440524188001010014')
    expect(page).toContain('4405**********0014')
    const revealed = await staff.post(`/staff/applications/${row.id}/reveal`, {
      field: 'agent_mobile',
    })
    expect(await revealed.text()).toContain('13900001111')
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('details')
      .where('action', '=', 'application.reveal_identifier')
      .executeTakeFirstOrThrow()
    expect(audit.details).toEqual({ field: 'agent_mobile' })
  })
})
