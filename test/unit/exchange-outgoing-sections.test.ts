import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { replyStatus } from '../../src/exchange/outgoing/outgoing-sections.js'
import { writeOutgoingWorkbook } from '../../src/exchange/outgoing/outgoing-workbook.js'
import type { IssuedRecommendationRow } from '../../src/exchange/outgoing/outgoing.repository.js'

const row = (over: Partial<IssuedRecommendationRow>): IssuedRecommendationRow => ({
  application_id: '00000000-0000-4000-8000-000000000001',
  case_number: '(2025)豫0403执1号',
  court_name: '平顶山市卫东区人民法院',
  decided_at: new Date('2026-10-15T02:00:00Z'),
  number: '卫东检民执监建〔2026〕1号',
  reply_due: '2027-01-15',
  reply_clock_open: true,
  replied_on: null,
  outcome: null,
  ...over,
})

describe('the reply status of a 检察建议 on the outgoing list', () => {
  it.each([
    ['the court answered', { outcome: 'adopted', reply_clock_open: false }, '已回复（采纳）'],
    ['partly', { outcome: 'partly_adopted', reply_clock_open: false }, '已回复（部分采纳）'],
    ['not adopted', { outcome: 'not_adopted', reply_clock_open: false }, '已回复（不采纳）'],
    ['time still running', {}, '待回复'],
    ['due today: still on time', { reply_due: '2026-12-03' }, '待回复'],
    ['due yesterday', { reply_due: '2026-12-02' }, '逾期未回复'],
    ['clock stopped without an answer', { reply_clock_open: false }, '未回复'],
    [
      'no clock yet: the court has not received it (D6)',
      { reply_clock_open: null, reply_due: null },
      '待送达法院',
    ],
  ] as const)('%s', (_, over, expected) => {
    expect(replyStatus(row(over as Partial<IssuedRecommendationRow>), '2026-12-03')).toBe(expected)
  })
})

describe('the outgoing workbook', () => {
  it('writes real date cells that read back as the same day, and text that stays text', async () => {
    const bytes = await writeOutgoingWorkbook(
      {
        procuratorate: '平顶山市卫东区人民检察院',
        court: '平顶山市卫东区人民法院',
        from: '2026-10-01',
        to: '2026-10-31',
        responsible: '李检察',
        producedOn: '2026-11-02',
      },
      [
        {
          sheetName: '表',
          description: '说明',
          columns: [
            { header: '日期', width: 12 },
            { header: '文字', width: 12 },
            { header: '空', width: 6 },
          ],
          rows: [[{ day: '2026-10-31' }, '=1+1', null]],
        },
      ],
    )
    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer)
    const cell = workbook.getWorksheet('表')!.getRow(2)
    expect(cell.getCell(1).value).toEqual(new Date('2026-10-31T00:00:00Z'))
    expect(cell.getCell(1).numFmt).toBe('yyyy-mm-dd')
    // a typed value that looks like a formula is stored as a string, never evaluated
    expect(cell.getCell(2).value).toBe('=1+1')
    expect(cell.getCell(2).type).toBe(ExcelJS.ValueType.String)
    expect(cell.getCell(3).value).toBeNull()
  })
})
