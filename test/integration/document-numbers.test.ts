import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { changeStage } from '../../src/workflow/stage-change.service.js'
import { adminSession } from '../helpers/admin.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/** Admin edits the 文号 templates (docs/product.md §8 site settings); later notices follow them. */
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
})
afterAll(() => t.close())

const PATH = '/staff/admin/document-numbers'

const audits = () =>
  t.db.db
    .selectFrom('audit_events')
    .select(['actor_id', 'details'])
    .where('action', '=', 'settings.document_numbers')
    .execute()

describe('document number templates', () => {
  it('shows each kind with a preview, refuses a template without {序号}, saves a valid one', async () => {
    const { staff, browser } = await adminSession(t)
    const page = await (await browser.get(PATH)).text()
    expect(page).toContain('2026 年下一个文号：卫东检民执监受〔2026〕1号')
    expect(page).toContain('2026 年下一个文号：卫东检民执监不支持〔2026〕1号')
    // 规则 第三十三条: the other parties' 受理通知书 has its own code and counter
    expect(page).toContain('2026 年下一个文号：卫东检民执监受他〔2026〕1号')
    // D30: the numbering is to be confirmed against the 检察业务应用系统 before go-live
    expect(page).toContain('请先与本院负责案件管理的部门确认后再启用')

    const bad = await browser.post(PATH, {
      abbreviation: '卫',
      template_acceptance_notice: '{简称}检执{类}〔{年}〕号',
    })
    expect(bad.status).toBe(422)
    const html = await bad.text()
    expect(html).toContain('受理通知书：文号模板必须包含 {序号}')
    expect(html).toContain('value="{简称}检执{类}〔{年}〕号"')
    expect(await audits()).toEqual([])
    const kept = await t.db.db
      .selectFrom('document_number_templates')
      .select('template')
      .where('kind', '=', 'acceptance_notice')
      .executeTakeFirstOrThrow()
    expect(kept.template).toBe('{简称}检民执监{类}〔{年}〕{序号}号')

    const saved = await browser.post(PATH, {
      abbreviation: '卫',
      template_acceptance_notice: '{简称}检执{类}字〔{年}〕第{序号}号',
      code_acceptance_notice: '受',
    })
    expect(saved.status).toBe(303)
    expect(saved.headers.get('location')).toBe(`${PATH}?saved=1`)
    const after = await (await browser.get(`${PATH}?saved=1`)).text()
    expect(after).toContain('文书编号设置已保存')
    expect(after).toContain('2026 年下一个文号：卫检执受字〔2026〕第1号')
    expect(await audits()).toEqual([
      {
        actor_id: staff.id,
        details: {
          abbreviation: '卫',
          changed: { acceptance_notice: '{简称}检执受字〔{年}〕第{序号}号' },
        },
      },
    ])

    const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
    const applicationId = await applicationIdOf(t.db.db, code)
    const result = await changeStage(t.deps, {
      applicationId,
      action: 'accept',
      actor: { type: 'staff', id: staff.id, roles: ['intake'] },
      notice: { kind: 'acceptance_notice', fields: {} },
    })
    expect(result.notice?.number).toBe('卫检执受字〔2026〕第1号')
    const next = await (await browser.get(PATH)).text()
    expect(next).toContain('2026 年下一个文号：卫检执受字〔2026〕第2号')
  })

  it('names every refused field in the order of the form, with the title marked', async () => {
    const { browser } = await adminSession(t)
    const res = await browser.post(PATH, {
      abbreviation: '  ',
      code_acceptance_notice: '一二三四五六七八九十一',
      template_acceptance_notice: '{简称}〔{年}〕{序号}{号}',
      template_supplement_notice: '{序号}',
    })
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<title>错误：文书编号 - ')
    const summary = [...html.matchAll(/<li><a href="#field-([\w-]+)">([^<]*)<\/a>/g)].map((m) => [
      m[1],
      m[2],
    ])
    expect(summary).toEqual([
      ['abbreviation', '文号简称请填写 1 至 10 个字'],
      ['template_supplement_notice', '补正通知书：文号模板长度应为 6 至 60 个字符'],
      ['code_acceptance_notice', '受理通知书的类别代字请填写 1 至 10 个字'],
      ['template_acceptance_notice', '受理通知书：文号模板中的 {号} 不是可用的占位符'],
    ])
  })

  it('is for administrators only', async () => {
    const { browser } = await signedInStaff(t.app, t.deps, ['intake'])
    expect((await browser.get(PATH)).status).toBe(403)
    expect((await browser.post(PATH, { abbreviation: 'x' })).status).toBe(403)
  })
})
