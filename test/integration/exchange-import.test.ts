import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { TestBrowser } from '../helpers/applicant.js'
import {
  batchIdFrom,
  CASE_HEADER,
  caseRows,
  ID_NUMBER,
  readXlsx,
  uploadExchangeFile,
  xlsxOf,
} from '../helpers/exchange-import-fixtures.js'
import { createStaff, staffBrowser } from '../helpers/staff.js'
import { isFileReferenced } from '../../src/maintenance/maintenance.repository.js'
import { sweepOrphans } from '../../src/uploads/orphan-sweep.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * The court's execution-case list through the HTTP door: upload, preview, confirm, and what is
 * stored — on PGlite, and on PostgreSQL when DATABASE_URL is set.
 */
let t: TestApp
let reviewer: TestBrowser
beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-03T02:00:00Z') })
  reviewer = await staffBrowser(t.app, t.deps, await createStaff(t.deps, { roles: ['reviewer'] }))
})
afterAll(() => t.close())

const threeSheets = (closing: (i: number) => string = () => '终本') =>
  xlsxOf([
    {
      name: '执行案件',
      rows: [
        CASE_HEADER,
        ...caseRows(3, closing),
        ['（2024）豫0403执〔9〕号', '2024-01-05', '王五', '赵六', '', '', '', '终本', '2024-02-30'],
      ],
    },
    {
      name: '执行措施',
      rows: [
        ['案号', '措施类型', '日期', '届满日期', '金额'],
        ['（2024）豫0403执1号', '发出执行通知书', '2024/1/6', '', ''],
        ['（2024）豫0403执1号', '限高', 45300, '', ''],
        ['（2024）豫0403执2号', '冻结', '2024.2.1', '2025.2.1', '5万元'],
        ['（2024）豫0403执77号', '查封', '2024-03-01', '', ''],
      ],
    },
    {
      name: '执行款台账',
      rows: [
        ['案号', '款项类别', '进账时间', '进账金额', '交款人'],
        ['（2024）豫0403执1号', '进账', '2024-03-01', '1,000.50', '被执行人1'],
      ],
    },
  ])

async function confirm(browser: TestBrowser, batchId: string) {
  return browser.post(`/staff/exchange/batches/${batchId}/confirm`, {})
}

describe('a workbook with the case sheet, the events sheet and the ledger', () => {
  let batchId: string
  it('is previewed with each column mapped and every rejected row with its reason, storing nothing', async () => {
    const res = await uploadExchangeFile(reviewer, await threeSheets(), '执行案件清单.xlsx')
    expect(res.status).toBe(303)
    batchId = batchIdFrom(res)!
    const page = await (await reviewer.get(`/staff/exchange/batches/${batchId}`)).text()
    expect(page).toContain('执行案件表')
    expect(page).toContain('执行款台账')
    expect(page).toContain('日期“2024-02-30”不存在')
    expect(page).toContain('案号“（2024）豫0403执77号”不在执行案件表中')
    expect(page).toContain('1234.5600 元')
    const stored = await t.db.db.selectFrom('court_cases').select('id').execute()
    expect(stored).toEqual([])
  })

  it('is stored on confirmation, with the exchange log entry and the audit event', async () => {
    const res = await confirm(reviewer, batchId)
    expect(res.status).toBe(303)
    const cases = await t.db.db
      .selectFrom('court_cases')
      .select([
        'case_no',
        'closing_method',
        'closing_date',
        'claim_amount',
        'applicants',
        'source_row',
        'batch_id',
      ])
      .orderBy('case_no')
      .execute()
    expect(cases.map((c) => c.case_no)).toEqual([
      '（2024）豫0403执1号',
      '（2024）豫0403执2号',
      '（2024）豫0403执3号',
    ])
    expect(cases[0]).toMatchObject({
      closing_method: '终结本次执行程序',
      closing_date: '2024-06-30',
      claim_amount: '1234.5600',
      applicants: ['张三', '李四'],
      source_row: 2,
      batch_id: batchId,
    })
    const events = await t.db.db
      .selectFrom('court_case_events')
      .select(['event_type', 'event_date', 'end_date', 'amount'])
      .orderBy('event_date')
      .execute()
    expect(events).toEqual(
      [
        { event_type: '执行通知', event_date: '2024-01-06', end_date: null, amount: null },
        {
          event_type: '冻结',
          event_date: '2024-02-01',
          end_date: '2025-02-01',
          amount: '50000.0000',
        },
        { event_type: '限制消费', event_date: '2024-01-09', end_date: null, amount: null },
      ].sort((a, b) => a.event_date.localeCompare(b.event_date)),
    )
    const ledger = await t.db.db
      .selectFrom('court_ledger_rows')
      .select(['direction', 'amount'])
      .execute()
    expect(ledger).toEqual([{ direction: '到账', amount: '1000.5000' }])
    const ids = await t.db.db
      .selectFrom('court_case_identifiers')
      .select(['kind', 'value_encrypted', 'value_hash'])
      .execute()
    expect(ids.find((i) => i.kind === 'id_number')?.value_hash).toBe(
      t.deps.fieldCrypto.keyedHash(ID_NUMBER),
    )
    expect(Buffer.from(ids[0]!.value_encrypted).toString('latin1')).not.toContain(ID_NUMBER)
    const log = await t.db.db.selectFrom('exchange_log').selectAll().execute()
    expect(log).toHaveLength(1)
    expect(log[0]).toMatchObject({
      direction: 'from_court',
      source: 'import',
      batch_id: batchId,
      item_count: 3 + 3 + 1,
      counterpart: '平顶山市卫东区人民法院',
    })
    const audit = await t.db.db
      .selectFrom('audit_events')
      .select('action')
      .where('object_id', '=', batchId)
      .execute()
    expect(audit.map((a) => a.action)).toContain('exchange.confirm')
  })

  it('gives a downloadable report listing every rejected row with its reason', async () => {
    const res = await reviewer.get(`/staff/exchange/batches/${batchId}/report.xlsx`)
    expect(res.status).toBe(200)
    const book = await readXlsx(await res.arrayBuffer())
    const rejected = book.getWorksheet('被拒绝的行')!
    const rows = rejected.getSheetValues().filter(Boolean) as unknown[][]
    expect(rows[0]!.slice(1, 4)).toEqual(['工作表', '行号', '原因'])
    const reasons = rows.slice(1).map((r) => String(r[3]))
    expect(reasons).toHaveLength(2)
    expect(reasons.some((r) => r.includes('2024-02-30'))).toBe(true)
    expect(reasons.some((r) => r.includes('执77号'))).toBe(true)
  })

  it('refuses the same file a second time, changing nothing', async () => {
    const before = await t.db.db.selectFrom('exchange_batches').select('id').execute()
    const res = await uploadExchangeFile(reviewer, await threeSheets(), '执行案件清单.xlsx')
    // exceljs stamps the time into the package, so the bytes differ: the rows decide
    if (res.status === 422) {
      expect(await res.text()).toContain('完全相同')
    } else {
      const id = batchIdFrom(res)!
      expect((await confirm(reviewer, id)).status).toBe(303)
      const batch = await t.db.db
        .selectFrom('exchange_batches')
        .select('report')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      expect(batch.report).toMatchObject({
        newCases: 0,
        updatedCases: 0,
        unchangedCases: 3,
        newEvents: 0,
        newLedgerRows: 0,
      })
    }
    const history = await t.db.db.selectFrom('court_case_history').select('id').execute()
    expect(history).toEqual([])
    expect(before.length).toBeGreaterThan(0)
  })

  it('refuses an identical file by its SHA-256', async () => {
    // a sheet of its own keeps these bytes apart from the files above (exceljs stamps only seconds)
    const bytes = await xlsxOf([
      { name: '执行案件', rows: [CASE_HEADER, ...caseRows(1)] },
      { name: '说明', rows: [['同一文件再次上传的测试']] },
    ])
    const first = await uploadExchangeFile(reviewer, bytes, 'a.xlsx')
    expect((await confirm(reviewer, batchIdFrom(first)!)).status).toBe(303)
    const again = await uploadExchangeFile(reviewer, bytes, 'a.xlsx')
    expect(again.status).toBe(422)
    expect(await again.text()).toContain('SHA-256 一致')
  })

  it('updates a case whose 结案方式 changed and keeps the history with both batches', async () => {
    const firstRes = await uploadExchangeFile(
      reviewer,
      await xlsxOf([
        {
          name: '案件',
          rows: [
            CASE_HEADER,
            ...caseRows(1, () => '未结').map((r) => {
              r[0] = '（2025）豫0403执5号'
              return r
            }),
          ],
        },
      ]),
      'b1.xlsx',
    )
    const first = batchIdFrom(firstRes)!
    await confirm(reviewer, first)
    const secondRes = await uploadExchangeFile(
      reviewer,
      await xlsxOf([
        {
          name: '案件',
          rows: [
            CASE_HEADER,
            ...caseRows(1, () => '终本').map((r) => {
              r[0] = '（2025）豫0403执5号'
              return r
            }),
          ],
        },
      ]),
      'b2.xlsx',
    )
    const second = batchIdFrom(secondRes)!
    await confirm(reviewer, second)
    const kase = await t.db.db
      .selectFrom('court_cases')
      .select(['id', 'closing_method', 'first_batch_id', 'batch_id'])
      .where('case_no', '=', '（2025）豫0403执5号')
      .executeTakeFirstOrThrow()
    expect(kase).toMatchObject({
      closing_method: '终结本次执行程序',
      first_batch_id: first,
      batch_id: second,
    })
    const history = await t.db.db
      .selectFrom('court_case_history')
      .select(['field', 'old_value', 'new_value', 'batch_id'])
      .where('case_id', '=', kase.id)
      .execute()
    expect(history).toContainEqual({
      field: 'closingMethod',
      old_value: '未结',
      new_value: '终结本次执行程序',
      batch_id: second,
    })
    const page = await (await reviewer.get(`/staff/exchange/cases/${kase.id}`)).text()
    expect(page).toContain('b2.xlsx')
    expect(page).toContain('终结本次执行程序')
  })
})

describe('imported data is internal: masked, audited, never public', () => {
  it('shows identifiers masked, reveals them only through an audited POST, and audits every read', async () => {
    const kase = await t.db.db
      .selectFrom('court_cases')
      .select(['id', 'batch_id'])
      .where('case_no', '=', '（2024）豫0403执1号')
      .executeTakeFirstOrThrow()
    const masked = await (await reviewer.get(`/staff/exchange/cases/${kase.id}`)).text()
    expect(masked).not.toContain(ID_NUMBER)
    expect(masked).toContain('4104**********1232')
    const revealed = await (
      await reviewer.post(`/staff/exchange/cases/${kase.id}/reveal`, {})
    ).text()
    expect(revealed).toContain(ID_NUMBER)
    await reviewer.get(`/staff/exchange/batches/${kase.batch_id}/original`)
    const actions = await t.db.db
      .selectFrom('audit_events')
      .select(['action', 'details'])
      .where('object_id', 'in', [kase.id, kase.batch_id])
      .execute()
    const names = actions.map((a) => a.action)
    for (const a of [
      'exchange.case_view',
      'exchange.reveal_identifier',
      'exchange.batch_view',
      'exchange.report_download',
      'exchange.original_download',
    ]) {
      expect(names).toContain(a)
    }
    expect(JSON.stringify(actions)).not.toContain(ID_NUMBER)
    expect(JSON.stringify(t.logs)).not.toContain(ID_NUMBER)
  })

  it('serves no route outside /staff that reads court data', () => {
    const outside = t.app.routes.filter((r) => !r.path.startsWith('/staff'))
    expect(outside.filter((r) => /exchange|court/.test(r.path))).toEqual([])
  })
})

describe('housekeeping', () => {
  it('keeps the original of every batch, pending or imported, when orphaned files are swept', async () => {
    // Content of its own: an identical workbook made within the same second has the same SHA-256
    // as one confirmed above and is refused as a duplicate, as it should be.
    const pending = await uploadExchangeFile(
      reviewer,
      await threeSheets(() => '终结执行'),
      'pending.xlsx',
    )
    expect(pending.status).toBe(303)
    const later = new Date(Date.now() + 7 * 24 * 3600 * 1000)
    await sweepOrphans(t.deps.fileStore, (id) => isFileReferenced(t.db.db, id), later)
    const batches = await t.db.db
      .selectFrom('exchange_batches')
      .select(['file_key', 'status'])
      .execute()
    expect(batches.some((b) => b.status === 'pending')).toBe(true)
    for (const b of batches) expect(await t.deps.fileStore.stat(b.file_key)).toBeDefined()
  })
})
