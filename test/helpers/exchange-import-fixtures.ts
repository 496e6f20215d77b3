import zlib from 'node:zlib'
import * as XLSX from '@e965/xlsx'
import ExcelJS from 'exceljs'
import iconv from 'iconv-lite'
import type { App } from '../../src/app.js'
import type { TestBrowser } from './applicant.js'
import { fileOf } from './upload-fixtures.js'

/** Court exchange files, generated with the libraries the import reads them with. */
export const CASE_HEADER = [
  '案号',
  '立案日期',
  '申请执行人',
  '被执行人',
  '被执行人证件号码',
  '申请执行标的额',
  '实际到位金额',
  '结案方式',
  '结案日期',
]

/** A valid 身份证号 (GB 11643 check digit) (the check digit is right). */
export const ID_NUMBER = '410403198001011232'

export function caseRows(n: number, closing: (i: number) => string = () => '终本'): unknown[][] {
  return Array.from({ length: n }, (_, i) => [
    `（2024）豫0403执${i + 1}号`,
    '2024/1/5',
    '张三、李四',
    `被执行人${i + 1}`,
    i === 0 ? ID_NUMBER : '4104**********1234',
    '1,234.56',
    '0',
    closing(i),
    closing(i) === '未结' ? '' : '2024年6月30日',
  ])
}

export type SheetSpec = { name: string; rows: unknown[][] }

export async function xlsxOf(sheets: SheetSpec[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook()
  for (const s of sheets) {
    const sheet = book.addWorksheet(s.name)
    for (const row of s.rows) sheet.addRow(row)
  }
  return Buffer.from(await book.xlsx.writeBuffer())
}

export function xlsOf(sheets: SheetSpec[]): Buffer {
  const book = XLSX.utils.book_new()
  for (const s of sheets)
    XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(s.rows), s.name)
  return XLSX.write(book, { type: 'buffer', bookType: 'xls' }) as Buffer
}

export function csvText(rows: unknown[][]): string {
  return rows
    .map((r) => r.map((c) => `"${String(c ?? '').replace(/"/g, '""')}"`).join(','))
    .join('\r\n')
}

export const gb18030Csv = (rows: unknown[][]) => iconv.encode(csvText(rows), 'gb18030')
export const utf8BomCsv = (rows: unknown[][]) =>
  Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(csvText(rows))])

/**
 * What Excel writes for a workbook with an opening password (MS-OFFCRYPTO): an OLE compound file
 * holding the streams EncryptionInfo and EncryptedPackage instead of the ZIP package.
 */
export function encryptedWorkbookBytes(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new()
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]))
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 0x5a))
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Buffer)
}

/** A ZIP shaped like a workbook whose one sheet inflates ~1000× (64 MB of zeros). */
export function zipBombBytes(): Buffer {
  const entries: [string, Buffer][] = [
    ['[Content_Types].xml', Buffer.from('<Types/>')],
    ['xl/workbook.xml', Buffer.from('<workbook/>')],
    ['xl/worksheets/sheet1.xml', Buffer.alloc(64 * 1024 * 1024)],
  ]
  const locals: Buffer[] = []
  const central: Buffer[] = []
  let offset = 0
  for (const [name, data] of entries) {
    const body = zlib.deflateRawSync(data, { level: 9 })
    const n = Buffer.from(name)
    const crc = zlib.crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(8, 8)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(n.length, 26)
    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE(20, 4)
    dir.writeUInt16LE(20, 6)
    dir.writeUInt16LE(8, 10)
    dir.writeUInt32LE(crc, 16)
    dir.writeUInt32LE(body.length, 20)
    dir.writeUInt32LE(data.length, 24)
    dir.writeUInt16LE(n.length, 28)
    dir.writeUInt32LE(offset, 42)
    locals.push(local, n, body)
    central.push(dir, n)
    offset += 30 + n.length + body.length
  }
  const dirBytes = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(dirBytes.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, dirBytes, end])
}

/** Uploads through the form's door; returns the response (303 to the batch, or 422 with the form). */
export async function uploadExchangeFile(
  browser: TestBrowser,
  bytes: Uint8Array,
  name: string,
  court = '豫0403',
) {
  const form = new FormData()
  form.append('court', court)
  form.append('file', fileOf(bytes, name))
  return browser.upload('/staff/exchange/batches', form)
}

export const batchIdFrom = (res: Response) =>
  /batches\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1]

export async function readXlsx(bytes: ArrayBuffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes)
  return book
}

export type { App }

/** A confirmed batch with one case, for tests that need an existing :batchId and :caseId. */
export async function importedSamples(t: {
  app: App
  deps: import('../../src/deps.js').Deps
}): Promise<{
  batchId: string
  caseId: string
  leadId: string
  ruleId: string
  exCaseId: string
}> {
  const { createStaff, staffBrowser } = await import('./staff.js')
  const browser = await staffBrowser(
    t.app,
    t.deps,
    await createStaff(t.deps, { roles: ['leader'] }),
  )
  const rows = [CASE_HEADER, ...caseRows(1)]
  const res = await uploadExchangeFile(
    browser,
    await xlsxOf([{ name: '案件', rows }]),
    'sample.xlsx',
  )
  const batchId = batchIdFrom(res)!
  await browser.post(`/staff/exchange/batches/${batchId}/confirm`, {})
  const kase = await t.deps.db
    .selectFrom('court_cases')
    .select('id')
    .where('batch_id', '=', batchId)
    .executeTakeFirstOrThrow()
  // a lead to open (the one case raises no rule without an events sheet): as an evaluation writes it
  const lead = await t.deps.db
    .insertInto('leads')
    .values({
      case_id: kase.id,
      court_code: 'sample',
      status: 'pending',
      severity: 3,
      evidence: JSON.stringify([{ rule: 'X01', evidence: '示例证据', fingerprint: '示例证据' }]),
      rule_ids: JSON.stringify(['X01']),
      evidence_hash: 'sample',
      unpaid_amount: '1234.5600',
      unpaid_sort: '1234.5600',
      batch_id: batchId,
      first_raised_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  const opener = await t.deps.db.selectFrom('staff_accounts').select('id').executeTakeFirstOrThrow()
  const exCase = await t.deps.db
    .insertInto('ex_officio_cases')
    .values({
      source: 'other',
      ground: 'follow_up',
      court_name: '示例法院',
      court_case_no: '（2024）豫0403执1号',
      facts: '示例情况',
      stage: 'filed',
      opened_by: opener.id,
      opened_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return { batchId, caseId: kase.id, leadId: lead.id, ruleId: 'X01', exCaseId: exCase.id }
}
