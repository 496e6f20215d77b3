import ExcelJS from 'exceljs'

/** A cell: text, a whole number, or a China calendar day ('YYYY-MM-DD', written as a date). */
export type OutgoingCell = string | number | { day: string } | null

/**
 * One sheet of the outgoing list. The 检察建议 and the accepted 执行监督 cases are the sections
 * today; the 涉执信访 items join as one more section when the service records them
 * (docs/decisions/035-exchange-log.md), with no change to the cover or the writer.
 */
export type OutgoingSection = {
  sheetName: string
  /** one line on the cover: what the sheet holds */
  description: string
  columns: { header: string; width: number }[]
  rows: OutgoingCell[][]
}

export type OutgoingCover = {
  procuratorate: string
  court: string
  from: string
  to: string
  responsible: string
  producedOn: string
}

export const COVER_SHEET = '封面'

/**
 * The list as an .xlsx workbook: plain cells, one bold header row, real date cells, no formulas
 * and no macros, so Excel and WPS open it alike. Held in memory: a period's list is a few hundred
 * rows (about 5,000 items a year in 16 exchanges, docs/decisions/035-exchange-log.md).
 */
export async function writeOutgoingWorkbook(
  cover: OutgoingCover,
  sections: readonly OutgoingSection[],
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = cover.procuratorate
  workbook.created = dateOf(cover.producedOn)
  writeCover(workbook.addWorksheet(COVER_SHEET), cover, sections)
  for (const section of sections) writeSection(workbook.addWorksheet(section.sheetName), section)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

function writeCover(
  sheet: ExcelJS.Worksheet,
  cover: OutgoingCover,
  sections: readonly OutgoingSection[],
) {
  sheet.columns = [{ width: 16 }, { width: 48 }, { width: 10 }]
  const title = sheet.addRow(['法检信息交换清单（本院→法院）'])
  title.font = { bold: true, size: 16 }
  sheet.mergeCells(title.number, 1, title.number, 3)
  sheet.addRow([])
  const facts: [string, string][] = [
    ['提供单位', cover.procuratorate],
    ['接收单位', cover.court],
    ['清单期间', `${cover.from} 至 ${cover.to}`],
    ['负责人', cover.responsible],
    ['制表日期', cover.producedOn],
  ]
  for (const fact of facts) sheet.addRow(fact).getCell(1).font = { bold: true }
  sheet.addRow([])
  sheet.addRow(['工作表', '内容', '条数']).font = { bold: true }
  for (const s of sections) sheet.addRow([s.sheetName, s.description, s.rows.length])
  const total = sheet.addRow(['合计', '', sections.reduce((n, s) => n + s.rows.length, 0)])
  total.font = { bold: true }
  sheet.addRow([])
  sheet.addRow(['说明', '本清单不含申请人的身份证号码、联系电话等个人信息。'])
}

function writeSection(sheet: ExcelJS.Worksheet, section: OutgoingSection) {
  sheet.columns = section.columns.map((c) => ({ width: c.width }))
  const header = sheet.addRow(section.columns.map((c) => c.header))
  header.font = { bold: true }
  sheet.views = [{ state: 'frozen', ySplit: 1 }]
  for (const cells of section.rows) {
    const row = sheet.addRow(cells.map(cellValue))
    cells.forEach((cell, i) => {
      if (cell && typeof cell === 'object') row.getCell(i + 1).numFmt = 'yyyy-mm-dd'
    })
  }
}

function cellValue(cell: OutgoingCell): ExcelJS.CellValue {
  if (cell && typeof cell === 'object') return dateOf(cell.day)
  return cell
}

/** Midnight UTC of the day: Excel keeps no time zone, so the cell shows exactly this day. */
function dateOf(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}
