import { Transform, type Readable } from 'node:stream'
import ExcelJS from 'exceljs'

/**
 * exceljs 4.4's streaming reader decodes every chunk of a sheet's XML on its own
 * (utils/parse-sax.js), so a Chinese character whose UTF-8 bytes straddle two chunks turns into
 * U+FFFD — "执521号" read as "执521���" in a long sheet. This reader hands exceljs text decoded by
 * one streaming TextDecoder per part instead, which exceljs passes through untouched.
 */
type ReaderInternals = {
  _parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string): Generator<unknown>
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>
}

const Base = ExcelJS.stream.xlsx.WorkbookReader as unknown as new (
  input: Readable,
  options: Partial<ExcelJS.stream.xlsx.WorkbookStreamReaderOptions>,
) => ExcelJS.stream.xlsx.WorkbookReader & ReaderInternals

export class Utf8SafeWorkbookReader extends Base {
  override *_parseWorksheet(iterator: AsyncIterable<unknown>, sheetNo: string) {
    return yield* super._parseWorksheet(decodeText(iterator as AsyncIterable<Uint8Array>), sheetNo)
  }

  override _parseSharedStrings(entry: Readable) {
    return super._parseSharedStrings(entry.pipe(textTransform()))
  }
}

async function* decodeText(chunks: AsyncIterable<Uint8Array | string>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8')
  for await (const chunk of chunks) {
    const text = typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true })
    if (text !== '') yield text
  }
  const tail = decoder.decode()
  if (tail !== '') yield tail
}

function textTransform(): Transform {
  const decoder = new TextDecoder('utf-8')
  return new Transform({
    readableObjectMode: true,
    transform(chunk: Buffer, _encoding, done) {
      const text = decoder.decode(chunk, { stream: true })
      done(null, text === '' ? undefined : text)
    },
    flush(done) {
      const tail = decoder.decode()
      done(null, tail === '' ? undefined : tail)
    },
  })
}
