import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SELF_CHECK, TestBrowser, VALID_STEPS } from '../helpers/applicant.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { exeBytes, fileOf, pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-03T02:00:00Z') })
})
afterAll(async () => {
  await t.close()
})

/** The selected option of a <select>, or undefined. */
function selectedValue(html: string, name: string): string | undefined {
  const select = new RegExp(`<select[^>]*name="${name}"[\\s\\S]*?</select>`).exec(html)?.[0] ?? ''
  return /<option[^>]*value="([^"]*)"[^>]*selected/.exec(select)?.[1]
}

/** The checked radio's value of a group in a page, or undefined. */
function checkedValue(html: string, name: string): string | undefined {
  const inputs = [...html.matchAll(/<input[^>]*>/g)].map((m) => m[0])
  const input = inputs.find((i) => i.includes(`name="${name}"`) && /\schecked/.test(i))
  return input ? /value="([^"]*)"/.exec(input)?.[1] : undefined
}

/** Answers the steps before `step` (a step is shown only once the earlier ones are done). */
async function stepPage(browser: TestBrowser, step: string): Promise<string> {
  for (const [id, fields] of VALID_STEPS) {
    if (id === step) break
    expect((await browser.post(`/apply/step/${id}`, fields)).status).toBe(303)
  }
  const res = await browser.get(`/apply/step/${step}`)
  expect(res.status).toBe(200)
  return res.text()
}

describe('the self-check answers reach the wizard (WCAG 2.2 SC 3.3.7)', () => {
  it('prefills 身份, 执行法院 and 异议/复议 from the self-check', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', { ...SELF_CHECK, remedy: 'objection_only' })
    expect(checkedValue(await stepPage(browser, 'contact'), 'role')).toBe('申请执行人')
    expect(checkedValue(await stepPage(browser, 'agent'), 'hasAgent')).toBeUndefined()
    expect(selectedValue(await stepPage(browser, 'case'), 'court')).toBe('豫0403')
    expect(checkedValue(await stepPage(browser, 'complaint'), 'courtRemedy')).toBe('已作出裁定')
  })

  it('starts the agent step at "是" when the self-check said 代理人, and 其他法院 stays 其他法院', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', { ...SELF_CHECK, role: 'agent', court: 'other_court' })
    expect(checkedValue(await stepPage(browser, 'contact'), 'role')).toBeUndefined()
    expect(checkedValue(await stepPage(browser, 'agent'), 'hasAgent')).toBe('yes')
    expect(selectedValue(await stepPage(browser, 'case'), 'court')).toBe('other')
  })

  it('shows the saved answer, not the self-check, once the step is saved', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    for (const [step, fields] of VALID_STEPS.slice(0, 3)) {
      expect((await browser.post(`/apply/step/${step}`, fields)).status).toBe(303)
    }
    const [, contact] = VALID_STEPS[2]!
    expect(
      (await browser.post('/apply/step/contact', { ...contact, role: '被执行人' })).status,
    ).toBe(303)
    expect(checkedValue(await stepPage(browser, 'contact'), 'role')).toBe('被执行人')
  })
})

describe('the 长辈模式 switch after a form post', () => {
  it('links back to the GET page of the self-check result, never to a POST-only path', async () => {
    const browser = new TestBrowser(t.app)
    const res = await browser.post('/apply/self-check', SELF_CHECK)
    const html = await res.text()
    expect(html).toContain('/display-mode?mode=elder&amp;return=%2Fapply"')
    const back = await browser.get('/display-mode?mode=elder&return=%2Fapply')
    expect(back.status).toBe(303)
    expect(back.headers.get('location')).toBe('/apply')
    expect((await browser.get('/apply')).status).toBe(200)
  })

  it('offers the switch on /apply before any typing, and not once it is on', async () => {
    const browser = new TestBrowser(t.app)
    expect(await (await browser.get('/apply')).text()).toContain('点这里用长辈模式')
    await browser.get('/display-mode?mode=elder&return=%2Fapply')
    const elder = await (await browser.get('/apply')).text()
    expect(elder).toContain('class="elder-mode"')
  })

  it('puts the first question before the long 须知', async () => {
    const html = await (await new TestBrowser(t.app).get('/apply')).text()
    expect(html.indexOf('name="role"')).toBeLessThan(html.indexOf('开始前请准备</h2>'))
  })
})

describe('the materials page: a chosen file is uploaded or refused, never dropped', () => {
  async function atMaterials(): Promise<TestBrowser> {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    for (const [step, fields] of VALID_STEPS) await browser.post(`/apply/step/${step}`, fields)
    return browser
  }
  const draftFiles = async () =>
    t.db.db.selectFrom('draft_files').select(['slot', 'original_name']).execute()

  it('offers the generated letter first and ticked', async () => {
    const html = await (await (await atMaterials()).get('/apply/materials')).text()
    expect(html.indexOf('根据我填写的内容生成申请书')).toBeLessThan(html.indexOf('身份证明'))
    expect(html).toMatch(/name="generateLetter"[^>]*checked/)
    expect(html).toContain('一次申请最多上传 30 个文件')
  })

  it('保存并继续 uploads the chosen files to their slots and goes on to the check page', async () => {
    const browser = await atMaterials()
    const before = (await draftFiles()).length
    const form = new FormData()
    form.append('generateLetter', 'yes')
    form.append('file-identity', fileOf(pngBytes(), '身份证.png', 'image/png'))
    form.append('file-legal_documents', fileOf(await pdfBytes(), '裁定书.pdf', 'application/pdf'))
    const res = await browser.upload('/apply/materials/save', form)
    expect(res.status, await res.clone().text()).toBe(303)
    expect(res.headers.get('location')).toBe('/apply/check')
    const names = (await draftFiles()).slice(before).map((f) => `${f.slot}:${f.original_name}`)
    expect(names.sort()).toEqual(['identity:身份证.png', 'legal_documents:裁定书.pdf'])
  })

  it('uploads with a slot button and says how many files arrived', async () => {
    const browser = await atMaterials()
    const form = new FormData()
    form.append('generateLetter', 'yes')
    form.append('file-identity', fileOf(pngBytes(), '正面.png', 'image/png'))
    form.append('file-identity', fileOf(pngBytes(9, 9), '反面.png', 'image/png'))
    form.append('upload', 'identity')
    const res = await browser.upload('/apply/materials/save', form)
    expect(res.headers.get('location')).toBe('/apply/materials?uploaded=2')
    const html = await (await browser.get(res.headers.get('location')!)).text()
    expect(html).toContain('已上传 2 个文件。')
    expect(html).toContain('已上传 2 个文件</span>')
  })

  it('refuses a wrong file under its slot, keeps nothing of that post, and stays on the page', async () => {
    const browser = await atMaterials()
    const before = (await draftFiles()).length
    const form = new FormData()
    form.append('generateLetter', 'yes')
    form.append('file-identity', fileOf(pngBytes(), '身份证.png', 'image/png'))
    form.append('file-legal_documents', fileOf(exeBytes(), '裁定书.pdf', 'application/pdf'))
    const res = await browser.upload('/apply/materials/save', form)
    expect(res.status).toBe(422)
    const html = await res.text()
    expect(html).toContain('<title>错误：上传材料')
    expect(html).toMatch(/id="field-file-legal_documents-error"[^>]*>[\s\S]*?裁定书\.pdf/)
    expect((await draftFiles()).length).toBe(before)
  })

  it('asks for a file when an 上传 button is pressed with none chosen', async () => {
    const browser = await atMaterials()
    const form = new FormData()
    form.append('upload', 'identity')
    const res = await browser.upload('/apply/materials/save', form)
    expect(res.status).toBe(422)
    expect(await res.text()).toContain('请先选择要上传的身份证明文件')
  })
})

describe('the check page', () => {
  it('shows dates as 2026年3月18日 and the plainer wording', async () => {
    const browser = new TestBrowser(t.app)
    await browser.post('/apply/start', SELF_CHECK)
    for (const [step, fields] of VALID_STEPS) await browser.post(`/apply/step/${step}`, fields)
    const form = new FormData()
    form.append('generateLetter', 'yes')
    form.append('file-identity', fileOf(pngBytes(), '身份证.png', 'image/png'))
    form.append('file-legal_documents', fileOf(await pdfBytes(), '裁定书.pdf', 'application/pdf'))
    expect((await browser.upload('/apply/materials/save', form)).status).toBe(303)
    const html = await (await browser.get('/apply/check')).text()
    expect(html).toContain('2026年3月18日')
    expect(html).not.toContain('2026-03-18')
    expect(html).toContain('我个人申请')
    expect(html).toContain('您希望检察院做什么')
  })
})
