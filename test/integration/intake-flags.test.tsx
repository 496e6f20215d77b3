import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { incompleteMaterialReasons } from '../../src/applications/material-completeness.js'
import { relatedApplications } from '../../src/queue/related.service.js'
import { RelatedApplications } from '../../views/pages/staff/related-applications.js'
import {
  applicationOf,
  SELF_CHECK,
  submitApplication,
  TestBrowser,
  VALID_STEPS,
} from '../helpers/applicant.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

const files = async () => ({ pdf: await pdfBytes(), png: pngBytes() })

/** The wizard as in submitApplication, with other facts, another case number and optional evidence. */
async function submit(options: { facts: string; caseNumber: string; evidence: boolean }) {
  const browser = new TestBrowser(t.app)
  await browser.post('/apply/start', SELF_CHECK)
  for (const [step, fields] of VALID_STEPS) {
    const changed =
      step === 'complaint'
        ? { ...fields, facts: options.facts }
        : step === 'case'
          ? { ...fields, caseNumber: options.caseNumber }
          : fields
    await browser.post(`/apply/step/${step}`, changed)
  }
  const uploads: [string, File, string?][] = [
    ['identity', new File([new Uint8Array(pngBytes())], '身份证.png')],
    ['legal_documents', new File([new Uint8Array(await pdfBytes())], '执行裁定书.pdf')],
  ]
  if (options.evidence)
    uploads.push([
      'evidence',
      new File([new Uint8Array(await pdfBytes())], '银行流水.pdf'),
      '银行流水',
    ])
  for (const [slot, file, description] of uploads) {
    const form = new FormData()
    form.append(`file-${slot}`, file)
    if (description) form.append('description', description)
    expect((await browser.upload(`/apply/materials/upload?slot=${slot}`, form)).status).toBe(303)
  }
  await browser.post('/apply/materials', { generateLetter: 'yes' })
  const res = await browser.post('/apply/submit', { declaration: 'yes' })
  expect(res.headers.get('location')).toBe('/apply/confirmation')
  const page = await (await browser.get('/apply/confirmation')).text()
  return flagsOf(/data-testid="tracking-code">([\w-]+)</.exec(page)![1]!)
}

async function flagsOf(code: string) {
  return applicationOf(t.db.db, code, ['id', 'flags', 'tracking_code'])
}

const EVIDENCE_FACTS =
  '法院查封了被执行人的账户后一直没有发放执行款，相关证据见附件银行流水，已经过去一年多仍无进展。'

describe('材料不全 at intake', () => {
  it('flags facts that rely on evidence when no 证据材料 was filed', async () => {
    const row = await submit({
      facts: EVIDENCE_FACTS,
      caseNumber: '(2024)豫0403执7号',
      evidence: false,
    })
    expect(row.flags).toContain('材料不全')
  })

  it('does not flag the same facts with evidence filed, nor a generated 监督申请书', async () => {
    const row = await submit({
      facts: EVIDENCE_FACTS,
      caseNumber: '(2024)豫0403执8号',
      evidence: true,
    })
    expect(row.flags).not.toContain('材料不全')
    const plain = await flagsOf(await submitApplication(t.app, await files()))
    expect(plain.flags).not.toContain('材料不全')
  })

  it.each([
    ['nothing missing', {}, [], []],
    ['no 身份证明', {}, ['application_letter', 'legal_documents'], ['缺少身份证明']],
    [
      'an uploaded letter is as good as a generated one',
      {},
      ['identity', 'legal_documents', 'letter'],
      [],
    ],
    [
      'one 身份证明 for an organisation',
      { applicantType: 'organisation' as const },
      ['identity', 'legal_documents', 'generated'],
      ['单位申请只有一份身份证明（应有营业执照和法定代表人身份证明）'],
    ],
  ])('rule: %s', (_label, answers, slots, expected) => {
    const given = slots.length === 0 ? ['generated', 'identity', 'legal_documents'] : slots
    const materials = given.map((s) =>
      s === 'generated'
        ? { slot: 'application_letter' as const, generated: true }
        : s === 'letter'
          ? { slot: 'application_letter' as const, generated: false }
          : { slot: s as 'identity', generated: false },
    )
    expect(incompleteMaterialReasons({ agent: { hasAgent: 'no' }, ...answers }, materials)).toEqual(
      expected,
    )
  })
})

describe('可能重复, linked', () => {
  it('lists the other open applications with the same case number or applicant, with links', async () => {
    const first = await submit({
      facts: EVIDENCE_FACTS,
      caseNumber: '(2025)豫0403执99号',
      evidence: true,
    })
    const second = await submit({
      facts: EVIDENCE_FACTS,
      caseNumber: '(2025)豫0403执99号',
      evidence: true,
    })
    expect(second.flags).toContain('可能重复')
    const related = await relatedApplications(t.db.db, second.id)
    const ids = related.map((r) => r.id)
    expect(ids).toContain(first.id)
    expect(ids).not.toContain(second.id)
    const entry = related.find((r) => r.id === first.id)!
    expect(entry.reasons).toEqual(['同一执行案号', '同一申请人'])
    expect(entry.stageLabel).toBe('已收件，待受理')

    // A closed application is no longer a duplicate to worry about.
    await t.db.db
      .updateTable('applications')
      .set({ stage: 'withdrawn' })
      .where('id', '=', first.id)
      .execute()
    expect((await relatedApplications(t.db.db, second.id)).map((r) => r.id)).not.toContain(first.id)

    const html = String(<RelatedApplications related={related} />)
    expect(html).toContain(`href="/staff/applications/${first.id}"`)
    expect(html).toContain(entry.trackingCode)
    expect(html).toContain('同一执行案号、同一申请人')
  })

  it('renders nothing when there are none', async () => {
    expect(String(<RelatedApplications related={[]} />)).toBe('')
    expect(await relatedApplications(t.db.db, '00000000-0000-4000-8000-000000000000')).toEqual([])
  })
})
