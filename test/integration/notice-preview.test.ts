import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PREVIEW_CHANGED } from '../../src/actions/action-table.js'
import { applicationOf, submitApplication, type TestBrowser } from '../helpers/applicant.js'
import { reviewCase } from '../helpers/review-case.js'
import { signedInStaff, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** Numbered notices are previewed before they are issued (issue 13, docs/decisions/104-notice-preview.md). */
let t: TestApp
let intake: { staff: TestStaff; browser: TestBrowser }
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
  intake = await signedInStaff(t.app, t.deps, ['intake'])
})
afterAll(async () => {
  await t.close()
})

const EXPLANATION = '申请人对查封行为未向执行法院提出书面异议，也未说明正当理由'

async function submitted() {
  const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
  const row = await applicationOf(t.db.db, code, ['id', 'version'])
  return { id: row.id, version: String(row.version) }
}

const post = (id: string, action: string, fields: Record<string, string | string[]>) =>
  intake.browser.post(`/staff/applications/${id}/actions/${action}`, fields)

async function issued(id: string) {
  const [docs, numbers, stage] = await Promise.all([
    t.db.db
      .selectFrom('issued_documents')
      .select('kind')
      .where('application_id', '=', id)
      .execute(),
    t.db.db.selectFrom('document_number_counters').select(['kind', 'last']).execute(),
    reviewCase(t).row(id),
  ])
  return {
    docs: docs.map((d) => d.kind),
    numbers: numbers.map((n) => `${n.kind}:${n.last}`).sort(),
    stage: stage.stage,
  }
}

const digestOf = (html: string) => /name="previewed" value="([0-9a-f]+)"/.exec(html)?.[1]

describe('a notice previewed before it is issued', () => {
  it('offers only 预览 on the form at first', async () => {
    const { id } = await submitted()
    const html = await (await intake.browser.get(`/staff/applications/${id}/actions/accept`)).text()
    expect(html).toContain('预览受理通知书')
    expect(html).not.toContain('受理并发出受理通知书')
  })

  it('shows the text it will issue, taking no number and changing nothing', async () => {
    const { id, version } = await submitted()
    const before = await issued(id)
    const fields = {
      version,
      grounds: 'no_prior_remedy',
      explanation: EXPLANATION,
      step: 'preview',
    }
    const res = await post(id, 'not_accept', fields)
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('预览：不予受理通知书')
    expect(html).toContain('文号：确认发出时编号')
    expect(html).toContain(`二、${EXPLANATION}。`)
    expect(html).toContain('决定不予受理并发出通知书')
    expect(digestOf(html)).toMatch(/^[0-9a-f]{32}$/)
    expect(await issued(id)).toEqual(before)
  })

  it('issues exactly the previewed text when confirmed', async () => {
    const { id, version } = await submitted()
    const fields = { version, grounds: 'no_prior_remedy', explanation: EXPLANATION }
    const preview = await (await post(id, 'not_accept', { ...fields, step: 'preview' })).text()
    const res = await post(id, 'not_accept', {
      ...fields,
      step: 'issue',
      previewed: digestOf(preview)!,
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/staff/applications/${id}?done=not_accept`)
    expect((await issued(id)).docs).toEqual(['non_acceptance_notice'])
    expect(await reviewCase(t).noticeText(id, 'non_acceptance_notice')).toContain(
      `二、${EXPLANATION}。`.replace(/\s+/g, ''),
    )
  })

  it('previews again, without issuing, when the form changed after the preview', async () => {
    const { id, version } = await submitted()
    const fields = { version, grounds: 'no_prior_remedy', explanation: EXPLANATION }
    const preview = await (await post(id, 'not_accept', { ...fields, step: 'preview' })).text()
    const before = await issued(id)
    const changed = `${EXPLANATION}，经本院核实无误`
    const res = await post(id, 'not_accept', {
      ...fields,
      explanation: changed,
      step: 'issue',
      previewed: digestOf(preview)!,
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain(PREVIEW_CHANGED)
    expect(html).toContain(`二、${changed}。`)
    expect(digestOf(html)).not.toBe(digestOf(preview))
    expect(await issued(id)).toEqual(before)
  })

  it('refuses a form with errors before any preview', async () => {
    const { id, version } = await submitted()
    const res = await post(id, 'not_accept', { version, explanation: '太短', step: 'preview' })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('请至少选择一项不予受理的理由')
    expect(html).not.toContain('预览：不予受理通知书')
  })

  it('previews the 补正通知书 with every item and the period', async () => {
    const { id, version } = await submitted()
    const res = await post(id, 'request_supplement', {
      version,
      items: ['legal_documents'],
      detail_legal_documents: '请提供加盖法院印章的复印件',
      extra_1: '送达地址确认书',
      days: '10',
      step: 'preview',
    })
    expect(res.status).toBe(200)
    const html = await res.text()
    expect(html).toContain('预览：补正通知书')
    expect(html).toContain('（请提供加盖法院印章的复印件）')
    expect(html).toContain('2. 送达地址确认书')
    expect(html).toContain('自收到本通知书之日起10日内补齐')
    expect((await issued(id)).stage).toBe('submitted')
  })
})
