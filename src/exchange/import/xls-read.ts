import * as XLSX from '@e965/xlsx'
import type { Cell } from './cell-values.js'
import { ImportRefused, refusalText } from './import-refusal.js'
import type { FileSource, SheetRow } from './workbook-read.js'

/**
 * Excel 97–2003 (.xls, BIFF8) through SheetJS 0.20.3 (decision 032): the only maintained JavaScript
 * reader of the format. The file is read whole, which the .xls size limit keeps bounded; dates are
 * read as Excel serial numbers, which the date parser turns into calendar days without a time zone.
 */
export async function xlsSheets(
  source: FileSource,
): Promise<{ name: string; rows: AsyncIterable<SheetRow> }[]> {
  let book: XLSX.WorkBook
  try {
    book = XLSX.read(await source.readAll(), {
      type: 'buffer',
      dense: true,
      cellDates: false,
      cellFormula: false,
      cellHTML: false,
      cellStyles: false,
    })
  } catch (err) {
    if (/password|encrypt/i.test(String((err as Error)?.message ?? err))) {
      throw new ImportRefused('encrypted', refusalText.encrypted(source.name))
    }
    throw new ImportRefused('unreadable', refusalText.unreadable(source.name))
  }
  return book.SheetNames.map((name) => ({ name, rows: sheetRows(book.Sheets[name]!) }))
}

async function* sheetRows(sheet: XLSX.WorkSheet): AsyncGenerator<SheetRow> {
  const rows = XLSX.utils.sheet_to_json<unknown[]>(sheet, {
    header: 1,
    raw: true,
    blankrows: true,
    defval: null,
  })
  const start = sheet['!ref'] ? XLSX.utils.decode_range(sheet['!ref']).s.r : 0
  for (let i = 0; i < rows.length; i++) {
    const cells = (rows[i] ?? []).map((v) => (v === undefined ? null : (v as Cell)))
    yield { rowNumber: start + i + 1, cells }
  }
}
