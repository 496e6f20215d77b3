import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBrowser } from '../helpers/applicant.js'
import {
  batchIdFrom,
  CASE_HEADER,
  caseRows,
  encryptedWorkbookBytes,
  gb18030Csv,
  uploadExchangeFile,
  utf8BomCsv,
  xlsOf,
  xlsxOf,
  zipBombBytes,
} from '../helpers/exchange-import-fixtures.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes } from '../helpers/upload-fixtures.js'

/** Every accepted format and layout, and every refused file, through the upload form. */
let t: TestApp
let reviewer: TestBrowser
beforeAll(async () => {
  t = await createTestApp({
    now: new Date('2026-12-03T02:00:00Z'),
    config: { exchangeMaxRows: 50 },
  })
  reviewer = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['reviewer'] }))
})
afterAll(() => t.close())

const rowsWith = (prefix: string, n = 2, closing: (i: number) => string = () => '终本') =>
  caseRows(n, closing).map((r, i) => {
    r[0] = `（2023）豫0403执${prefix}${i + 1}号`
    return r
  })

async function importFile(bytes: Uint8Array, name: string) {
  const res = await uploadExchangeFile(reviewer, bytes, name)
  expect(res.status, await res.clone().text()).toBe(303)
  const id = batchIdFrom(res)!
  expect((await reviewer.post(`/staff/exchange/batches/${id}/confirm`, {})).status).toBe(303)
  return id
}

const casesOf = (batchId: string) =>
  t.db.db
    .selectFrom('court_cases')
    .select(['case_no', 'respondents', 'closing_method'])
    .where('batch_id', '=', batchId)
    .orderBy('case_no')
    .execute()

describe('accepted formats', () => {
  it('reads an Excel 97–2003 .xls', async () => {
    const id = await importFile(
      xlsOf([{ name: '执行案件', rows: [CASE_HEADER, ...rowsWith('1')] }]),
      '清单.xls',
    )
    expect((await casesOf(id)).map((c) => c.case_no)).toEqual([
      '（2023）豫0403执11号',
      '（2023）豫0403执12号',
    ])
  })

  it('reads a GB18030 CSV and a UTF-8 CSV with BOM, detecting the encoding', async () => {
    const gbk = await importFile(gb18030Csv([CASE_HEADER, ...rowsWith('2')]), '清单.csv')
    expect((await casesOf(gbk))[0]!.respondents).toEqual(['被执行人1'])
    const bom = await importFile(utf8BomCsv([CASE_HEADER, ...rowsWith('3')]), '清单-utf8.csv')
    expect(await casesOf(bom)).toHaveLength(2)
    const batch = await t.db.db
      .selectFrom('exchange_batches')
      .select('encoding')
      .where('id', '=', gbk)
      .executeTakeFirstOrThrow()
    expect(batch.encoding).toBe('gb18030')
  })

  it('reads a two-row header (labels over court codes) and a sheet headed by court codes only', async () => {
    const codes = [
      'C_AH',
      'D_LARQ',
      'C_SQZXR',
      'C_BZXR',
      'C_ZJHM',
      'N_YZXBDJE',
      'N_SJDWJE',
      'C_JAFS',
      'D_JARQ',
    ]
    const twoRow = await importFile(
      await xlsxOf([
        {
          name: '数据要素模版',
          rows: [['执行案件信息'], CASE_HEADER.map((h) => `${h}*`), codes, ...rowsWith('4')],
        },
      ]),
      '模版.xlsx',
    )
    expect(await casesOf(twoRow)).toHaveLength(2)
    const coded = await importFile(
      await xlsxOf([{ name: 'T_SCZX', rows: [codes, ...rowsWith('5')] }]),
      'T_SCZX.xlsx',
    )
    expect(await casesOf(coded)).toHaveLength(2)
  })

  it('reads the flat one-sheet layout, turning each measure date into an event', async () => {
    const header = [...CASE_HEADER, '执行通知日期', '限制消费日期', '约谈日期']
    const rows = rowsWith('6', 1).map((r) => [...r, '2024-01-06', '2024/1/10', '2024年6月1日'])
    const id = await importFile(
      await xlsxOf([{ name: '终本案件', rows: [header, ...rows] }]),
      'flat.xlsx',
    )
    const events = await t.db.db
      .selectFrom('court_case_events')
      .select(['event_type', 'event_date'])
      .where('batch_id', '=', id)
      .orderBy('event_date')
      .execute()
    expect(events).toEqual([
      { event_type: '执行通知', event_date: '2024-01-06' },
      { event_type: '限制消费', event_date: '2024-01-10' },
      { event_type: '约谈申请执行人', event_date: '2024-06-01' },
    ])
  })
})

describe('sheet order', () => {
  it('reads an events sheet placed before the case sheet in a second pass', async () => {
    const id = await importFile(
      await xlsxOf([
        {
          name: '执行措施',
          rows: [
            ['案号', '措施类型', '日期'],
            ['（2023）豫0403执991号', '约谈', '2024-03-01'],
          ],
        },
        { name: '执行案件', rows: [CASE_HEADER, ...rowsWith('99')] },
      ]),
      'events-first.xlsx',
    )
    const events = await t.db.db
      .selectFrom('court_case_events')
      .select('event_type')
      .where('batch_id', '=', id)
      .execute()
    expect(events).toEqual([{ event_type: '约谈申请执行人' }])
    const report = await t.db.db
      .selectFrom('exchange_batches')
      .select('report')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(report.report).toMatchObject({ rejected: 0, newEvents: 1, cases: 2 })
  })
})

describe('refused files: 422 with a specific reason, and nothing stored', () => {
  it.each([
    ['not a spreadsheet', async () => pdfBytes(), '清单.xlsx', '不是 Excel 表格'],
    ['an encrypted workbook', async () => encryptedWorkbookBytes(), '加密.xlsx', '设有打开密码'],
    ['a zip bomb', async () => zipBombBytes(), 'bomb.xlsx', '压缩炸弹'],
    [
      'too many rows',
      async () => xlsxOf([{ name: '案件', rows: [CASE_HEADER, ...rowsWith('7', 60)] }]),
      'big.xlsx',
      '超过 50 行',
    ],
    [
      'no case sheet',
      async () =>
        xlsxOf([
          {
            name: 'Sheet1',
            rows: [
              ['姓名', '电话'],
              ['a', 'b'],
            ],
          },
        ]),
      'other.xlsx',
      '没有找到执行案件表',
    ],
  ])('%s', async (_label, make, name, message) => {
    const batches = await t.db.db.selectFrom('exchange_batches').select('id').execute()
    const res = await uploadExchangeFile(reviewer, await make(), name)
    expect(res.status).toBe(422)
    expect(await res.text()).toContain(message)
    expect(await t.db.db.selectFrom('exchange_batches').select('id').execute()).toHaveLength(
      batches.length,
    )
    const kept = await t.db.db.selectFrom('exchange_batches').select('file_key').execute()
    const files: string[] = []
    for await (const f of t.deps.fileStore.list()) files.push(f.id)
    expect(files.sort()).toEqual(kept.map((k) => k.file_key).sort())
  })
})

describe('who may import, and two confirmations at once', () => {
  it('lets intake read but not upload; admin and auditor see nothing', async () => {
    const intake = await staffBrowser(
      t.app,
      t.deps,
      await createStaff(t.deps, { roles: ['intake'] }),
    )
    expect((await intake.get('/staff/exchange')).status).toBe(200)
    expect(
      (
        await uploadExchangeFile(
          intake,
          await xlsxOf([{ name: 'a', rows: [CASE_HEADER] }]),
          'a.xlsx',
        )
      ).status,
    ).toBe(403)
    for (const role of ['admin', 'auditor'] as const) {
      const b = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: [role] }))
      expect((await b.get('/staff/exchange')).status).toBe(403)
    }
  })

  it('stores a batch once when two confirmations race', async () => {
    const res = await uploadExchangeFile(
      reviewer,
      await xlsxOf([{ name: '案件', rows: [CASE_HEADER, ...rowsWith('8')] }]),
      'race.xlsx',
    )
    const id = batchIdFrom(res)!
    const [a, b] = await Promise.all([
      reviewer.post(`/staff/exchange/batches/${id}/confirm`, {}),
      reviewer.post(`/staff/exchange/batches/${id}/confirm`, {}),
    ])
    expect([a.status, b.status].sort()).toEqual([303, 409])
    expect(
      await t.db.db.selectFrom('exchange_log').select('id').where('batch_id', '=', id).execute(),
    ).toHaveLength(1)
  })

  it('saves a corrected mapping as the court profile and uses it on the next file', async () => {
    const header = ['执行案号', '立案日期', '申请执行人', '被执行人', '办结方式', '结案日期']
    const rows = [['（2023）豫0403执91号', '2024-01-02', '甲', '乙', '终本', '2024-05-01']]
    const res = await uploadExchangeFile(
      reviewer,
      await xlsxOf([{ name: '案件', rows: [header, ...rows] }]),
      'p1.xlsx',
    )
    const id = batchIdFrom(res)!
    expect(await (await reviewer.get(`/staff/exchange/batches/${id}`)).text()).toContain(
      '缺少必需的列：结案方式',
    )
    const saved = await reviewer.post(`/staff/exchange/batches/${id}/mapping`, {
      'col.cases.4': 'closingMethod',
      profileName: '卫东法院-v1',
    })
    expect(saved.status).toBe(303)
    const next = await uploadExchangeFile(
      reviewer,
      await xlsxOf([
        {
          name: '案件',
          rows: [header, ['（2023）豫0403执92号', '2024-01-02', '甲', '乙', '终本', '2024-05-01']],
        },
      ]),
      'p2.xlsx',
    )
    const page = await (await reviewer.get(`/staff/exchange/batches/${batchIdFrom(next)!}`)).text()
    expect(page).toContain('卫东法院-v1')
    expect(page).not.toContain('缺少必需的列：结案方式')
  })
})
