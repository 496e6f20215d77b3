import { csvText } from '../kernel/csv-cell.js'
import type { StatsTable } from './stats-view.js'

/** One table as CSV (UTF-8 with BOM, formula-safe): its title, the header row, the rows. */
export function tableCsv(table: StatsTable): string {
  return csvText([[table.title], table.header, ...table.rows])
}

/**
 * Every table as one .xlsx workbook, a sheet per table: the title row, a bold header, the rows as
 * plain text cells exactly as the page shows them (no formulas). exceljs is loaded on first use
 * (docs/decisions/032-spreadsheet-libraries.md).
 */
export async function tablesWorkbook(
  tables: readonly StatsTable[],
  author: string,
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs')
  const workbook = new ExcelJS.Workbook()
  workbook.creator = author
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title))
    sheet.addRow([table.title]).font = { bold: true, size: 14 }
    sheet.addRow(table.header).font = { bold: true }
    for (const row of table.rows) sheet.addRow(row)
    sheet.columns.forEach((c, i) => {
      c.width = i === 0 ? 28 : i === table.header.length - 1 && table.header.length > 4 ? 60 : 16
    })
  }
  return Buffer.from(await workbook.xlsx.writeBuffer())
}

/** Excel's sheet names: at most 31 characters, none of : \ / ? * [ ]. */
function sheetName(title: string): string {
  return title.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31)
}
