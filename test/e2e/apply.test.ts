import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  blockingViolations,
  formatViolations,
  horizontalOverflow,
  launchBrowser,
  runAxe,
  saveScreenshot,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { go as goTo, TRACKING_CODE } from '../helpers/e2e-journey.js'
import { jpegBytes, pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

const PHONE = { viewport: { width: 390, height: 844 }, locale: 'zh-CN' }
const FILES = { identity: '身份证正面.jpg', legal: '执行裁定书.pdf', evidence: '银行流水.png' }
const BAD_ID = '110105194912310021'
/** On the check page, normalised: the ID's X in capitals, 性别 from the ID, full-width brackets. */
const CHECKED = ['张秀英', '11010519491231002X', '女', '13812345678', '（2023）豫0403执123号']
const SCRIPTS = [
  ['with JavaScript', true],
  ['without JavaScript', false],
] as const

let server: E2eServer
let browser: Browser
let fileDir: string

beforeAll(async () => {
  server = await startE2eServer()
  browser = await launchBrowser()
  fileDir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-e2e-files-'))
  await fs.writeFile(path.join(fileDir, FILES.identity), jpegBytes())
  await fs.writeFile(path.join(fileDir, FILES.legal), await pdfBytes())
  await fs.writeFile(path.join(fileDir, FILES.evidence), pngBytes(64, 48))
})

afterAll(async () => {
  await browser?.close()
  await server?.stop()
  if (fileDir) await fs.rm(fileDir, { recursive: true, force: true })
})

/** One person on a phone with a fresh profile, and what went wrong on the pages they saw. */
type Visit = { page: Page; js: boolean; problems: string[]; report: string[]; blocking: number }

async function withVisit(js: boolean, fn: (v: Visit) => Promise<void>): Promise<void> {
  const context = await browser.newContext({ ...PHONE, javaScriptEnabled: js })
  try {
    const page = await context.newPage()
    const v: Visit = { page, js, problems: watchCspAndAssets(page), report: [], blocking: 0 }
    await fn(v)
    expect(v.blocking, `axe-core violations:\n${v.report.join('\n')}`).toBe(0)
    expect(v.problems, 'CSP violations or failed assets').toEqual([])
  } finally {
    await context.close()
  }
}

/** axe-core (which needs the page's JavaScript) and sideways scrolling, on the page shown now. */
async function audit(v: Visit, label: string): Promise<void> {
  if (!v.js) return
  const violations = await runAxe(v.page)
  v.report.push(formatViolations(label, violations))
  v.blocking += blockingViolations(violations).length
  const o = await horizontalOverflow(v.page)
  expect(o.scrollWidth, `${label}: ${o.widerThanViewport.join(', ')}`).toBe(o.innerWidth)
}

async function shot(v: Visit, name: string): Promise<void> {
  if (v.js) await saveScreenshot(v.page, `apply-${name}`)
}

/** Clicks a button (or link) by its exact name, and waits until the page `to` has loaded. */
const go = (v: Visit, name: string, to: string, role: 'button' | 'link' = 'button') =>
  goTo(v.page, v.page.getByRole(role, { name, exact: true }), to)

const choose = (page: Page, legend: string, option: string) =>
  page.getByRole('group', { name: legend }).getByRole('radio', { name: option }).check()

async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label).fill(value)
}

const mainText = async (page: Page) => (await page.locator('main').textContent()) ?? ''

async function selfCheck(v: Visit): Promise<void> {
  await v.page.goto(`${server.url}/`)
  await go(v, '开始在线申请', '/apply', 'link')
  await audit(v, 'self-check')
  await choose(v.page, '您在执行案件中的身份', '申请执行人')
  await choose(v.page, '执行法院', '平顶山市卫东区人民法院')
  await choose(v.page, '您要反映的问题', '法院的执行行为')
  await choose(v.page, '是否已向执行法院提出执行异议', '我反映的是拖延执行、不执行（消极执行）')
  await shot(v, 'self-check')
  await go(v, '检查是否可以申请', '/apply/self-check')
  expect(await v.page.getByRole('heading', { level: 1 }).textContent()).toBe('您可以提交申请')
  expect(await mainText(v.page)).toContain('执行法院是平顶山市卫东区人民法院')
  await audit(v, 'self-check result')
  await go(v, '继续填写申请', '/apply/step/applicant-type')
}

const PERSON = {
  姓名: '张秀英',
  证件号码: '11010519491231002x',
  民族: '汉族',
  职业: '退休',
  住址: '河南省平顶山市卫东区建设路 1 号',
}

/** Every form step in order, answered the way a person would. */
const STEPS: [step: string, answer: (page: Page) => Promise<void>][] = [
  ['applicant-type', (p) => choose(p, '申请人类型', '我个人申请')],
  [
    'person',
    async (p) => {
      await p.getByLabel('证件类型').selectOption('居民身份证')
      await fill(p, PERSON)
    },
  ],
  [
    'contact',
    async (p) => {
      await fill(p, { 手机号码: '+86 138-1234-5678', 电子邮箱: 'zhang.xiuying@example.cn' })
      await choose(p, '在执行案件中的身份', '申请执行人')
      await choose(
        p,
        '是否同意本院通过电子方式（电子邮件、本系统）向您送达法律文书',
        '同意电子送达',
      )
    },
  ],
  ['agent', (p) => choose(p, '是否委托代理人', '否，本人申请')],
  [
    'parties',
    async (p) => {
      await fill(p, { 当事人姓名或名称: '平顶山某某商贸有限公司' })
      await p.getByLabel('当事人身份').selectOption('被执行人')
    },
  ],
  [
    'case',
    async (p) => {
      await p.getByLabel('执行法院').selectOption({ label: '平顶山市卫东区人民法院' })
      await fill(p, { 执行案号: '(2023)豫0403执123号', 您是哪天知道法院这样做的: '2026-03-18' })
    },
  ],
  [
    'complaint',
    async (p) => {
      for (const name of ['消极执行、拖延执行', '执行款物未及时发放'])
        await p.getByRole('checkbox', { name, exact: true }).check()
      await fill(p, {
        事实与理由: '2023 年 5 月法院立案执行后，已查封被执行人的账户，但至今没有任何进展。',
        您希望检察院做什么: '请检察院依法监督法院及时执行并发放执行款。',
      })
      await choose(p, '是否已向法院提出执行异议、复议或提起诉讼', '未提出')
      await fill(p, { 未提出的理由: '法院一直没有作出可以提出异议的裁定。' })
    },
  ],
]

async function answerSteps(v: Visit): Promise<void> {
  for (const [i, [step, answer]] of STEPS.entries()) {
    expect(await v.page.locator('.progress').textContent()).toBe(`第 ${i + 2} 步，共 10 步`)
    await audit(v, step)
    await answer(v.page)
    const next = STEPS[i + 1]
    await go(v, '保存并继续', next ? `/apply/step/${next[0]}` : '/apply/materials')
  }
}

async function upload(v: Visit, slot: string, file: string, description?: string) {
  await v.page.getByLabel(`选择${slot}文件`).setInputFiles(path.join(fileDir, file))
  if (description) await fill(v.page, { 证据说明: description })
  await go(v, `上传${slot}`, '/apply/materials')
  const section = await v.page.getByRole('region', { name: slot }).textContent()
  expect(section).toContain(file)
  if (description) expect(section).toContain(description)
}

async function uploadMaterials(v: Visit): Promise<void> {
  await audit(v, 'materials (empty)')
  await upload(v, '身份证明', FILES.identity)
  await upload(v, '相关法律文书', FILES.legal)
  await upload(v, '证据材料', FILES.evidence, '2024 年 3 月的银行流水')
  await v.page.getByRole('checkbox', { name: '根据我填写的内容生成申请书' }).check()
  await shot(v, 'materials')
  await audit(v, 'materials (three files)')
  await go(v, '保存并继续', '/apply/check')
}

async function checkAndSubmit(v: Visit): Promise<string> {
  const text = await mainText(v.page)
  for (const shown of [...CHECKED, ...Object.values(FILES)]) expect(text).toContain(shown)
  await audit(v, 'check answers')
  await v.page.getByRole('checkbox', { name: '本人承诺所填信息及所附材料真实' }).check()
  await go(v, '提交申请', '/apply/confirmation')
  const code = (await v.page.getByTestId('tracking-code').textContent())?.trim() ?? ''
  expect(code).toMatch(TRACKING_CODE)
  await shot(v, 'confirmation')
  await audit(v, 'confirmation')
  return code
}

async function downloadReceipt(v: Visit, code: string): Promise<void> {
  const download = v.page.waitForEvent('download')
  await v.page.getByRole('link', { name: '下载收件回执（PDF）' }).click()
  const file = await (await download).path()
  const pdf = await fs.readFile(file)
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
  expect(pdf.byteLength).toBeGreaterThan(10 * 1024)
  expect((await download).suggestedFilename()).toBe(`receipt-${code.replace(/-/g, '')}.pdf`)
}

async function wrongIdNumber(v: Visit): Promise<void> {
  await selfCheck(v)
  await choose(v.page, '申请人类型', '我个人申请')
  await go(v, '保存并继续', '/apply/step/person')
  await fill(v.page, { ...PERSON, 证件号码: BAD_ID })
  await go(v, '保存并继续', '/apply/step/person')
  expect(await v.page.title()).toMatch(/^错误：申请人信息/)
  const summary = v.page.getByRole('alert')
  expect(await summary.getByRole('heading').textContent()).toBe('请修改以下问题后再提交')
  const field = v.page.getByLabel('证件号码')
  expect(await field.getAttribute('aria-invalid')).toBe('true')
  await shot(v, 'step-error')
  await audit(v, 'person step with an error')
  await summary.getByRole('link', { name: '证件号码校验位不正确，请核对最后一位' }).click()
  await v.page.waitForURL(/#field-idNumber$/)
  // Chromium focuses a focusable fragment target, scripts or not.
  expect(await v.page.locator(':focus').getAttribute('id')).toBe('field-idNumber')
  const box = await field.boundingBox()
  expect(box && box.y >= 0 && box.y + box.height <= PHONE.viewport.height).toBe(true)
  expect(await field.inputValue()).toBe(BAD_ID)
  expect(await v.page.getByLabel('姓名').inputValue()).toBe(PERSON.姓名)
  expect(await v.page.getByLabel('住址').inputValue()).toBe(PERSON.住址)
}

describe('applying online on a phone', () => {
  it.each(SCRIPTS)('self-check, steps, three uploads, submission, receipt (%s)', async (_, js) => {
    await withVisit(js, async (v) => {
      await selfCheck(v)
      await answerSteps(v)
      await uploadMaterials(v)
      await downloadReceipt(v, await checkAndSubmit(v))
    })
  })

  it.each(SCRIPTS)(
    'a wrong 证件号码: summary at the top, link to the field (%s)',
    async (_, js) => {
      await withVisit(js, wrongIdNumber)
    },
  )
})
