import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Deps } from '../../src/deps.js'
import {
  launchBrowser,
  startE2eServer,
  watchCspAndAssets,
  type E2eServer,
} from '../helpers/browser.js'
import { readXlsx, xlsxOf } from '../helpers/exchange-import-fixtures.js'
import { createStaff } from '../helpers/staff.js'
import { DESK, expectAccessible, follow, logInStaff } from '../helpers/staff-e2e.js'

let server: E2eServer
let deps: Deps
let browser: Browser
let dir: string
beforeAll(async () => {
  server = await startE2eServer()
  deps = server.deps!
  browser = await launchBrowser()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'exchange-e2e-'))
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
  await fs.rm(dir, { recursive: true, force: true })
})

describe('court list import in Chromium at 1280 px', () => {
  it('uploads, corrects a column, saves the profile, confirms and reads the report; axe passes', async () => {
    const header = ['执行案号', '立案日期', '申请执行人', '被执行人', '办结方式', '结案日期']
    const file = path.join(dir, '卫东法院执行案件清单.xlsx')
    await fs.writeFile(
      file,
      await xlsxOf([
        {
          name: '执行案件',
          rows: [
            header,
            ['（2024）豫0403执101号', '2024-01-05', '张三', '某公司', '终本', '2024-06-30'],
            ['（2024）豫0403执102号', '2024-01-06', '李四', '王五', '未结', ''],
            ['（2024）豫0403执0号', '2024-01-07', '赵六', '钱七', '未结', ''],
          ],
        },
      ]),
    )
    const reviewer = await createStaff(deps, { roles: ['reviewer'] })
    const context = await browser.newContext({ ...DESK, acceptDownloads: true })
    const page = await context.newPage()
    const problems = watchCspAndAssets(page)
    await logInStaff(page, server.url, reviewer)
    await page.getByRole('link', { name: '法检信息交换' }).first().click()
    await page.waitForLoadState('load')
    await expectAccessible(page, '/staff/exchange')

    await page.getByLabel('清单文件').setInputFiles(file)
    await follow(page, '上传并预览')
    expect(await page.locator('h1').textContent()).toContain('核对后确认导入')
    expect(await page.locator('main').textContent()).toContain('缺少必需的列：结案方式')
    await expectAccessible(page, 'batch preview')

    await page.getByLabel('“办结方式”列对应的字段').selectOption({ label: '结案方式' })
    await page.getByLabel('保存为该法院的映射方案').fill('卫东法院执行局-v1')
    await follow(page, '按此对应关系重新预览')
    expect(await page.getByRole('status').textContent()).toContain('映射方案已保存')
    const main = await page.locator('main').textContent()
    expect(main).not.toContain('缺少必需的列')
    expect(main).toContain('编号不能为 0')
    await expectAccessible(page, 'preview after correction')

    await follow(page, '确认导入')
    expect(await page.getByRole('status').textContent()).toContain('已导入')
    expect(await page.locator('h1').textContent()).toContain('导入报告')
    await expectAccessible(page, 'report')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /下载导入报告/ }).click(),
    ])
    const saved = path.join(dir, 'report.xlsx')
    await download.saveAs(saved)
    const book = await readXlsx((await fs.readFile(saved)).buffer as ArrayBuffer)
    const rejected = book.getWorksheet('被拒绝的行')!
    expect(String(rejected.getRow(2).getCell(3).value)).toContain('编号不能为 0')

    await page.getByRole('link', { name: '（2024）豫0403执101号' }).click()
    await page.waitForLoadState('load')
    expect(await page.locator('main').textContent()).toContain('终结本次执行程序')
    await expectAccessible(page, 'court case')
    expect(problems).toEqual([])
    await context.close()
  })
})
