import { PassThrough, type Readable } from 'node:stream'
import type { Db } from '../../db/database.js'
import { findRejectedRows } from './exchange-batch.repository.js'
import type { ImportReport } from './exchange-confirm.service.js'
import { findRule } from '../../leads/rules/index.js'

/** The report's counts as label/value lines, in the order the page and the spreadsheet show them. */
export function reportLines(r: ImportReport): [string, number][] {
  return [
    ['读取的数据行', r.rowsRead],
    ['接受的记录（案件、节点、台账）', r.accepted],
    ['被拒绝的行', r.rejected],
    ['新增案件', r.newCases],
    ['更新的案件', r.updatedCases],
    ['内容未变的案件', r.unchangedCases],
    ['新增执行节点', r.newEvents],
    ['已存在的执行节点', r.repeatedEvents],
    ['新增执行款台账', r.newLedgerRows],
    ['已存在的执行款台账', r.repeatedLedgerRows],
    ...flagLines(r),
  ]
}

/** "flags raised": new leads, and per rule the court's cases it raises after this batch. */
function flagLines(r: ImportReport): [string, number][] {
  if (!r.flags) return []
  const f = r.flags
  return [
    ['新增线索', f.newLeads],
    ['证据变化、重新待初筛的无效线索', f.reopened],
    ...Object.entries(f.raised)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([id, n]): [string, number] => [
        `触发 ${id} ${findRule(id)?.name ?? ''}的案件（该法院全部案件）`,
        n,
      ]),
  ]
}

/** "rules not evaluable (missing columns)", one line per rule. */
export function notEvaluableLines(r: ImportReport): string[] {
  return (r.flags?.notEvaluable ?? []).map(
    (n) => `${n.rule} ${n.name}：缺少${n.missing.join('、')}`,
  )
}

/**
 * The import report as an .xlsx Excel and WPS open: a summary sheet and every rejected row with its
 * reason and the cells as the court sent them. Written by exceljs' streaming writer, a thousand
 * rejected rows at a time, so a large batch never sits in memory.
 */
export function importReportXlsx(
  db: Db,
  batch: { id: string; file_name: string; court_name: string },
  report: ImportReport,
): Readable {
  const out = new PassThrough()
  void (async () => {
    const { default: ExcelJS } = await import('exceljs') // loaded on first use, see workbook-read.ts
    const book = new ExcelJS.stream.xlsx.WorkbookWriter({
      stream: out,
      useSharedStrings: false,
      useStyles: false,
    })
    const summary = book.addWorksheet('导入报告')
    summary.addRow(['法院', batch.court_name]).commit()
    summary.addRow(['文件', batch.file_name]).commit()
    for (const [label, value] of reportLines(report)) summary.addRow([label, value]).commit()
    for (const line of notEvaluableLines(report)) summary.addRow(['无法评估的规则', line]).commit()
    summary.commit()
    const rejected = book.addWorksheet('被拒绝的行')
    rejected.addRow(['工作表', '行号', '原因', '原始内容']).commit()
    let after: { sheet: string; row: number } | undefined
    for (;;) {
      const rows = await findRejectedRows(db, batch.id, after)
      for (const r of rows) {
        rejected.addRow([r.sheet, r.row_number, r.reason, ...((r.raw as string[]) ?? [])]).commit()
      }
      if (rows.length < 1000) break
      const last = rows[rows.length - 1]!
      after = { sheet: last.sheet, row: last.row_number }
    }
    rejected.commit()
    await book.commit()
  })().catch((err: unknown) => out.destroy(err as Error))
  return out
}
