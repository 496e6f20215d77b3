import { fileTypeFromBuffer } from 'file-type'
import { kindLabel } from '../../uploads/file-kinds.js'
import { ImportRefused, refusalText } from './import-refusal.js'
import type { FileFormat, FileSource } from './workbook-read.js'

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04])
const CFB = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
/** The stream a password-protected .xlsx keeps its package in (MS-OFFCRYPTO), as its name is stored. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le')

export type Detected = { format: FileFormat; encoding?: string }

/**
 * Decides the format from the bytes, never the name: a ZIP holding xl/workbook.xml is .xlsx, an OLE
 * compound file is .xls (or a password-protected .xlsx, refused), text is CSV in UTF-8 (a BOM is
 * dropped) or, when it is not valid UTF-8, GB18030 — Chinese Excel's default, a superset of GBK.
 */
export async function detectFormat(source: FileSource): Promise<Detected> {
  const head = await readHead(source, 64 * 1024)
  if (head.subarray(0, 4).equals(ZIP)) {
    if (!(await zipHasWorkbook(source))) throw await notSpreadsheet(source.name, head)
    return { format: 'xlsx' }
  }
  if (head.subarray(0, 8).equals(CFB)) {
    if (await contains(source, ENCRYPTED_PACKAGE)) {
      throw new ImportRefused('encrypted', refusalText.encrypted(source.name))
    }
    return { format: 'xls' }
  }
  if (looksLikeText(head)) return { format: 'csv', encoding: await detectEncoding(source) }
  throw await notSpreadsheet(source.name, head)
}

async function notSpreadsheet(name: string, head: Buffer): Promise<ImportRefused> {
  const found = await fileTypeFromBuffer(head)
  const label = found ? kindLabel(found.ext) : undefined
  return new ImportRefused('not_spreadsheet', refusalText.notSpreadsheet(name, label))
}

/** No NUL or other binary control bytes in the first 64 KB. */
function looksLikeText(head: Buffer): boolean {
  if (head.length === 0) return false
  for (const b of head) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) return false
  }
  return true
}

/** A fatal UTF-8 decoder over the whole file: any invalid sequence means GB18030. */
async function detectEncoding(source: FileSource): Promise<string> {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  try {
    for await (const chunk of source.open() as AsyncIterable<Buffer>) {
      decoder.decode(chunk, { stream: true })
    }
    decoder.decode()
    return 'utf-8'
  } catch {
    return 'gb18030'
  }
}

async function readHead(source: FileSource, bytes: number): Promise<Buffer> {
  const chunks: Buffer[] = []
  let size = 0
  const stream = source.open()
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk)
      size += chunk.length
      if (size >= bytes) break
    }
  } finally {
    stream.destroy()
  }
  return Buffer.concat(chunks).subarray(0, bytes)
}

async function contains(source: FileSource, needle: Buffer): Promise<boolean> {
  let carry = Buffer.alloc(0)
  for await (const chunk of source.open() as AsyncIterable<Buffer>) {
    const window = Buffer.concat([carry, chunk])
    if (window.includes(needle)) return true
    carry = window.subarray(Math.max(0, window.length - needle.length))
  }
  return false
}

/** An .xlsx names xl/workbook.xml in its entries; a .docx or a plain ZIP does not. */
async function zipHasWorkbook(source: FileSource): Promise<boolean> {
  return contains(source, Buffer.from('xl/workbook.xml'))
}
