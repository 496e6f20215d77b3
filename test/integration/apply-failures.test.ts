import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SELF_CHECK, TestBrowser, VALID_STEPS } from '../helpers/applicant.js'
import { h1Of } from '../helpers/http.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import {
  encryptedPdfBytes,
  exeBytes,
  fileOf,
  filesUnder,
  htmlBytes,
  pdfBytes,
  pngBytes,
  svgBytes,
} from '../helpers/upload-fixtures.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-09-30T02:00:00Z') })
})
afterAll(() => t.close())

const stepFields = (id: string) => ({ ...VALID_STEPS.find(([s]) => s === id)![1] })

async function browserAt(stepId: string): Promise<TestBrowser> {
  const browser = new TestBrowser(t.app)
  await browser.post('/apply/start', SELF_CHECK)
  for (const [step, fields] of VALID_STEPS) {
    if (step === stepId) break
    await browser.post(`/apply/step/${step}`, fields)
  }
  return browser
}

describe('invalid answers', () => {
  it.each([
    ['person', { idNumber: '110105194912310021' }, 'idNumber', '校验位'],
    ['person', { idNumber: '41040319900230123X' }, 'idNumber', '出生日期'],
    ['person', { name: '   ' }, 'name', '请填写姓名'],
    ['person', { sex: '男' }, 'sex', '性别与身份证号码不一致'],
    ['contact', { mobile: '1234' }, 'mobile', '手机号码'],
    ['contact', { email: 'zhang@' }, 'email', '电子邮箱'],
    [
      'parties',
      { 'parties.0.name': '', 'parties.0.role': '' },
      'parties.0.name',
      '请至少填写一位其他当事人',
    ],
    ['case', { caseNumber: '（2023）豫0403民初123号' }, 'caseNumber', '不是执行案件'],
    ['case', { caseNumber: '〔2023〕豫0403执123号' }, 'caseNumber', '括号'],
    ['case', { knownDate: '2027-01-01' }, 'knownDate', '不能晚于今天'],
    ['complaint', { facts: '法院不执行。' }, 'facts', '至少需要 20 个字'],
    ['complaint', { matters: [] }, 'matters', '请至少选择一项申请监督事项'],
  ])(
    '%s with %o: 422, a linked Chinese message, values kept, nothing saved',
    async (step, change, field, message) => {
      const browser = await browserAt(step)
      const fields = { ...stepFields(step), ...change }
      const res = await browser.post(
        `/apply/step/${step}`,
        fields as Record<string, string | string[]>,
      )
      expect(res.status).toBe(422)
      const html = await res.text()
      const link = new RegExp(`<a href="#field-${field.replace(/\./g, '-')}">([^<]*)</a>`).exec(
        html,
      )
      expect(link?.[1], html.slice(0, 200)).toContain(message)
      expect(html).toContain('<title>错误：')
      const typed = Object.values(change).flat()[0]
      if (typed && typed.trim()) expect(html).toContain(typed)
      // Not saved: the step after it still sends the applicant back here.
      const next = VALID_STEPS[VALID_STEPS.findIndex(([s]) => s === step) + 1]?.[0]
      if (next)
        expect((await browser.get(`/apply/step/${next}`)).headers.get('location')).toBe(
          `/apply/step/${step}`,
        )
    },
  )
})

describe('refused uploads', () => {
  let browser: TestBrowser
  beforeAll(async () => {
    browser = await browserAt('none')
  })

  const upload = async (slot: string, ...files: File[]) => {
    const form = new FormData()
    for (const f of files) form.append(`file-${slot}`, f)
    return browser.upload(`/apply/materials/upload?slot=${slot}`, form)
  }

  it.each([
    ['an .exe renamed .pdf', () => fileOf(exeBytes(), '裁定书.pdf'), '裁定书.pdf', 422],
    ['an SVG', () => fileOf(svgBytes(), '图.svg'), '图.svg', 422],
    ['an HTML file named .jpg', () => fileOf(htmlBytes(), '照片.jpg'), '照片.jpg', 422],
    ['an empty file', () => fileOf(new Uint8Array(0), '空.pdf'), '空.pdf', 422],
  ])('%s is refused by name, and nothing is stored', async (_what, make, name, status) => {
    const res = await upload('legal_documents', make())
    expect(res.status).toBe(status)
    const html = await res.text()
    expect(html).toContain(`“${name}”`)
    expect(await t.db.db.selectFrom('draft_files').select('id').execute()).toEqual([])
    expect(await filesUnder(`${t.config.dataDir}/files`)).toEqual([])
  })

  it('refuses a password-protected PDF', async () => {
    const res = await upload('legal_documents', fileOf(await encryptedPdfBytes(), '判决书.pdf'))
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('设有密码')
  })

  it('refuses the 31st file of an application', async () => {
    const png = pngBytes()
    const many = Array.from({ length: 31 }, (_, i) => fileOf(png, `第${i + 1}页.png`))
    const res = await upload('legal_documents', ...many)
    expect(res.status).toBe(413)
    expect(await res.text()).toContain('30 个文件')
    expect(await filesUnder(`${t.config.dataDir}/files`)).toEqual([])
  })

  it('asks for a description of each piece of evidence', async () => {
    const res = await upload('evidence', fileOf(pngBytes(), '流水.png'))
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('请为这份证据材料写一句说明')
    expect(await filesUnder(`${t.config.dataDir}/files`)).toEqual([])
  })

  it('will not continue without the required materials', async () => {
    const res = await browser.post('/apply/materials', {})
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('请上传身份证明')
    expect(html).toContain('请上传监督申请书，或勾选')
  })
})

describe('a failure between storing files and committing', () => {
  it('leaves no application and no generated file, and the draft can be submitted again', async () => {
    const browser = await browserAt('none')
    for (const [slot, file] of [
      ['identity', fileOf(pngBytes(), '身份证.png')],
      ['legal_documents', fileOf(await pdfBytes(), '裁定.pdf')],
    ] as const) {
      const form = new FormData()
      form.append(`file-${slot}`, file)
      expect((await browser.upload(`/apply/materials/upload?slot=${slot}`, form)).status).toBe(303)
    }
    await browser.post('/apply/materials', { generateLetter: 'yes' })
    const before = await filesUnder(`${t.config.dataDir}/files`)
    await sql`create function test_fail_outbox() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`.execute(
      t.db.db,
    )
    await sql`create trigger test_fail before insert on outbox_messages for each row execute function test_fail_outbox()`.execute(
      t.db.db,
    )
    const failed = await browser.post('/apply/submit', { declaration: 'yes' })
    expect(failed.status).toBe(500)
    expect(h1Of(await failed.text())).toBe('系统出现错误')
    expect(await t.db.db.selectFrom('applications').select('id').execute()).toEqual([])
    expect(await filesUnder(`${t.config.dataDir}/files`)).toEqual(before)

    await sql`drop trigger test_fail on outbox_messages`.execute(t.db.db)
    const again = await browser.post('/apply/submit', { declaration: 'yes' })
    expect(again.headers.get('location')).toBe('/apply/confirmation')
    expect(await t.db.db.selectFrom('applications').select('id').execute()).toHaveLength(1)
  })
})

describe('drafts', () => {
  it('expire 30 days after the last change', async () => {
    const browser = await browserAt('contact')
    t.clock.advance(29 * 24 * 3600 * 1000)
    expect((await browser.get('/apply/step/contact')).status).toBe(200)
    t.clock.advance(31 * 24 * 3600 * 1000)
    expect((await browser.get('/apply/step/contact')).headers.get('location')).toBe(
      '/apply?expired=1',
    )
    t.clock.set(new Date('2026-09-30T02:00:00Z'))
  })

  it('refuse a start that skips the self-check or is out of scope', async () => {
    const browser = new TestBrowser(t.app)
    expect(
      (await browser.post('/apply/start', { ...SELF_CHECK, about: 'judgment' })).headers.get(
        'location',
      ),
    ).toBe('/apply')
    expect((await browser.post('/apply/start', {})).headers.get('location')).toBe('/apply')
    const unknownCourt = { ...SELF_CHECK, court: 'nowhere' }
    expect((await browser.post('/apply/start', unknownCourt)).headers.get('location')).toBe(
      '/apply',
    )
    expect(browser.cookies.has('zj_draft')).toBe(false)
  })
})

describe('coming back without a draft', () => {
  it('says why the draft is gone and how to continue', async () => {
    const html = await (await t.app.request('/apply?expired=1')).text()
    expect(html).toContain('没有找到您正在填写的申请')
    expect(await (await t.app.request('/apply')).text()).not.toContain('没有找到您正在填写的申请')
  })
})

describe('other parties', () => {
  it('adds a row without JavaScript, keeps what was typed, and saves both parties', async () => {
    const browser = await browserAt('parties')
    const first = {
      'parties.0.name': '平顶山某某商贸有限公司',
      'parties.0.role': '被执行人',
      rows: '1',
    }
    const added = await browser.post('/apply/step/parties', { ...first, action: 'add' })
    expect(added.status).toBe(200)
    const html = await added.text()
    expect(html).toContain('第 2 位当事人')
    expect(html).toContain('value="平顶山某某商贸有限公司"')
    // 保存并继续 comes before 添加一位当事人, so Enter saves.
    expect(html.indexOf('保存并继续')).toBeLessThan(html.indexOf('添加一位当事人'))
    const saved = await browser.post('/apply/step/parties', {
      ...first,
      rows: '2',
      'parties.1.name': '李四',
      'parties.1.role': '利害关系人',
    })
    expect(saved.headers.get('location')).toBe('/apply/step/case')
    const again = await (await browser.get('/apply/step/parties')).text()
    expect(again).toContain('value="李四"')
  })
})

describe('every problem of a page at once', () => {
  it.each([
    [
      'person',
      { name: '', idNumber: '110105194912310021', ethnicity: '' },
      ['name', 'idNumber', 'ethnicity'],
    ],
    [
      'complaint',
      { facts: '太短了', matters: ['执行款物未及时发放'], noRemedyReason: '' },
      ['facts', 'noRemedyReason'],
    ],
    [
      'case',
      { court: 'other', caseNumber: '（23）豫0403执123号' },
      ['otherCourtName', 'caseNumber'],
    ],
  ])('%s lists all its errors in one summary', async (step, change, fields) => {
    const browser = await browserAt(step)
    const res = await browser.post(`/apply/step/${step}`, {
      ...stepFields(step),
      ...change,
    } as Record<string, string | string[]>)
    expect(res.status).toBe(422)
    const html = await res.text()
    for (const field of fields) expect(html).toContain(`<a href="#field-${field}">`)
  })
})
