import ExcelJS from 'exceljs'
import type { RegisterEntryView } from './register-view.service.js'

const COLUMNS: { header: string; width: number; value: (e: RegisterEntryView) => string }[] = [
  { header: '文号', width: 28, value: (e) => e.number },
  { header: '类别', width: 16, value: (e) => e.kind },
  { header: '被建议单位', width: 26, value: (e) => e.addressee },
  { header: '所涉案件', width: 40, value: (e) => e.caseNumbers },
  { header: '决定日期', width: 12, value: (e) => e.decidedOn },
  { header: '状态', width: 16, value: (e) => e.status },
  { header: '期限', width: 36, value: (e) => e.clock?.text ?? '' },
  { header: '跟进监督', width: 30, value: (e) => e.followUp ?? '' },
]

/**
 * A cell that a spreadsheet would read as a formula (=, +, -, @, tab, CR) is written with a leading
 * apostrophe: the register holds text typed by staff and case numbers from courts (CSV injection).
 */
function safe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

/** UTF-8 with a BOM so Excel and WPS open the Chinese text correctly; CRLF line ends (RFC 4180). */
export function registerCsv(entries: readonly RegisterEntryView[]): Buffer {
  const quote = (s: string) => `"${safe(s).replace(/"/g, '""')}"`
  const lines = [
    COLUMNS.map((c) => quote(c.header)).join(','),
    ...entries.map((e) => COLUMNS.map((c) => quote(c.value(e))).join(',')),
  ]
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8')
}

/** The same rows as one plain sheet: a bold header row, text cells, no formulas. */
export async function registerWorkbook(
  entries: readonly RegisterEntryView[],
  creator: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = creator
  const sheet = workbook.addWorksheet('检察建议台账')
  sheet.columns = COLUMNS.map((c) => ({ header: c.header, width: c.width }))
  sheet.getRow(1).font = { bold: true }
  for (const e of entries) sheet.addRow(COLUMNS.map((c) => safe(c.value(e))))
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
