import { Transform, type Readable } from 'node:stream'
import { parse as parseCsv } from 'csv-parse'
import type ExcelJS from 'exceljs'
import type { Cell } from './cell-values.js'
import { ImportRefused, refusalText } from './import-refusal.js'
import { checkZipEntries } from './zip-guard.js'

export type FileFormat = 'xlsx' | 'xls' | 'csv'

/** One row of a sheet: its number as Excel shows it (1-based) and its cells from column A on. */
export type SheetRow = { rowNumber: number; cells: Cell[] }

export type SheetSource = { name: string; rows: AsyncIterable<SheetRow> }

/** How to read the stored original again (every pass over the file opens it afresh). */
export type FileSource = {
  name: string
  size: number
  open(): Readable
  /** the whole file, for the .xls reader (bounded by the size limit for .xls) */
  readAll(): Promise<Buffer>
}

/**
 * Streams the sheets of an exchange file. `.xlsx` is read by exceljs' streaming reader and CSV by
 * csv-parse, row by row (decision 032); `.xls` (BIFF8, at most 65,536 rows a sheet) is read whole by
 * SheetJS. `maxRows` counts data rows over all sheets: past it the whole file is refused.
 */
export async function* readSheets(
  source: FileSource,
  format: FileFormat,
  encoding: string | undefined,
  maxRows: number,
): AsyncGenerator<SheetSource> {
  const counter = { rows: 0, maxRows, name: source.name }
  if (format === 'csv') {
    yield { name: csvSheetName(source.name), rows: counted(csvRows(source, encoding), counter) }
    return
  }
  if (format === 'xls') {
    const { xlsSheets } = await import('./xls-read.js')
    for (const sheet of await xlsSheets(source)) {
      yield { name: sheet.name, rows: counted(sheet.rows, counter) }
    }
    return
  }
  await checkZipEntries(source)
  yield* xlsxSheets(source, counter)
}

type Counter = { rows: number; maxRows: number; name: string }

async function* counted(rows: AsyncIterable<SheetRow>, counter: Counter) {
  for await (const row of rows) {
    if (++counter.rows > counter.maxRows) {
      throw new ImportRefused(
        'too_many_rows',
        refusalText.tooManyRows(counter.name, counter.maxRows),
      )
    }
    yield row
  }
}

export function csvSheetName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || 'CSV'
}

async function* csvRows(
  source: FileSource,
  encoding: string | undefined,
): AsyncGenerator<SheetRow> {
  const decoder = new TextDecoder(encoding ?? 'utf-8')
  const decode = new Transform({
    readableObjectMode: false,
    transform(chunk: Buffer, _enc, done) {
      done(null, decoder.decode(chunk, { stream: true }))
    },
    flush(done) {
      done(null, decoder.decode())
    },
  })
  const input = source.open()
  const parser = parseCsv({ relax_column_count: true, relax_quotes: true, bom: true })
  input.on('error', (err) => parser.destroy(err))
  input.pipe(decode).pipe(parser)
  let rowNumber = 0
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      rowNumber += 1
      yield { rowNumber, cells: record }
    }
  } catch (err) {
    if (err instanceof ImportRefused) throw err
    throw new ImportRefused('unreadable', refusalText.unreadable(source.name))
  } finally {
    input.destroy()
    parser.destroy()
  }
}

async function* xlsxSheets(source: FileSource, counter: Counter): AsyncGenerator<SheetSource> {
  // loaded on first use: exceljs takes about a second to load, which no process start should pay
  const { Utf8SafeWorkbookReader } = await import('./xlsx-reader.js')
  const reader = new Utf8SafeWorkbookReader(source.open(), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  })
  try {
    for await (const sheet of reader) {
      const name = (sheet as unknown as { name: string }).name
      yield { name, rows: counted(xlsxRows(sheet as AsyncIterable<ExcelJS.Row>), counter) }
    }
  } catch (err) {
    if (err instanceof ImportRefused) throw err
    throw new ImportRefused('unreadable', refusalText.unreadable(source.name))
  }
}

async function* xlsxRows(sheet: AsyncIterable<ExcelJS.Row>): AsyncGenerator<SheetRow> {
  for await (const row of sheet) {
    const values = row.values as unknown[]
    const cells: Cell[] = []
    for (let i = 1; i < values.length; i++) cells.push(xlsxCell(values[i]))
    yield { rowNumber: row.number, cells }
  }
}

/** Rich text, formulas and hyperlinks as the value Excel shows; error cells as empty. */
function xlsxCell(value: unknown): Cell {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value !== 'object') return value as Cell
  const v = value as Record<string, unknown>
  if (Array.isArray(v.richText))
    return (v.richText as { text: string }[]).map((t) => t.text).join('')
  if ('result' in v) return xlsxCell(v.result)
  if ('text' in v) return xlsxCell(v.text)
  return null
}
