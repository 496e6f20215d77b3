/**
 * A synthetic court export for bench/exchange-import.ts, written straight to disk (exceljs'
 * streaming writer, or plain CSV lines) so the bench process never holds it.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import ExcelJS from 'exceljs'

export type ExportSize = { cases: number; eventsPerCase: number; ledgerPerCase: number }

const CASE_HEADER = [
  '案号',
  '立案日期',
  '申请执行人',
  '被执行人',
  '被执行人证件号码',
  '申请执行标的额',
  '实际到位金额',
  '结案方式',
  '结案日期',
  '承办人',
]
const EVENT_KINDS = ['执行通知', '报告财产令', '网络查控', '限制消费', '冻结', '约谈']
const FLAT_DATES = [
  '执行通知日期',
  '报告财产令日期',
  '首次网络查控日期',
  '限制消费日期',
  '纳入失信日期',
  '约谈日期',
]

const caseNo = (i: number) => `（${2019 + (i % 6)}）豫0403执${i + 1}号`
const day = (i: number, offset: number) => {
  const d = new Date(Date.UTC(2019 + (i % 6), 0, 1) + ((i * 7 + offset * 11) % 300) * 86_400_000)
  return d.toISOString().slice(0, 10)
}

/** `changed` (0–1): the share of cases whose 结案方式 differs from the first export (未结 → 终本). */
function caseRow(i: number, changed: number): string[] {
  // a changed case flips between 未结 and 终本, so exactly that share of the cases differs
  const flipped = changed > 0 && i % Math.round(1 / changed) === 1
  const closed = (i % 3 === 0) !== flipped
  return [
    caseNo(i),
    day(i, 0),
    `申请人${i % 997}`,
    `被执行人${i}、担保人${i % 89}`,
    `4104**********${String(i % 10000).padStart(4, '0')}`,
    `${(i % 500) * 1000 + 1234.5}`,
    '0',
    closed ? '终本' : '未结',
    closed ? day(i, 30) : '',
    `法官${i % 40}`,
  ]
}

export async function writeXlsxExport(file: string, size: ExportSize, changed = 0): Promise<void> {
  const book = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: file,
    useSharedStrings: true,
    useStyles: false,
  })
  const cases = book.addWorksheet('执行案件')
  cases.addRow(CASE_HEADER).commit()
  for (let i = 0; i < size.cases; i++) cases.addRow(caseRow(i, changed)).commit()
  cases.commit()
  const events = book.addWorksheet('执行措施')
  events.addRow(['案号', '措施类型', '日期', '届满日期', '金额']).commit()
  for (let i = 0; i < size.cases; i++) {
    for (let e = 0; e < size.eventsPerCase; e++) {
      const kind = EVENT_KINDS[e % EVENT_KINDS.length]!
      events
        .addRow([
          caseNo(i),
          kind,
          day(i, e + 1),
          kind === '冻结' ? day(i, e + 40) : '',
          kind === '冻结' ? '10000' : '',
        ])
        .commit()
    }
  }
  events.commit()
  const ledger = book.addWorksheet('执行款台账')
  ledger.addRow(['案号', '款项类别', '进账时间', '进账金额', '交款人']).commit()
  for (let i = 0; i < size.cases; i++) {
    for (let l = 0; l < size.ledgerPerCase; l++)
      ledger.addRow([caseNo(i), '到账', day(i, 20 + l), '500.25', `被执行人${i}`]).commit()
  }
  ledger.commit()
  await book.commit()
}

/** The flat one-sheet layout: one date column per measure, so each case row carries its events. */
export async function writeCsvExport(file: string, size: ExportSize): Promise<void> {
  const out = createWriteStream(file)
  const line = (cells: string[]) =>
    `${cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')}\r\n`
  const dates = FLAT_DATES.slice(0, size.eventsPerCase)
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain')
  }
  await write(line([...CASE_HEADER, ...dates]))
  for (let i = 0; i < size.cases; i++)
    await write(line([...caseRow(i, 0), ...dates.map((_, e) => day(i, e + 1))]))
  out.end()
  await once(out, 'finish')
}
