import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  GENERATED_PDF_MAX_BYTES,
  storeGeneratedPdf,
  storeIssuedPdf,
  transactionWithFiles,
} from '../../src/documents/issued-document.service.js'
import { FileTooLargeError } from '../../src/uploads/file-store.js'
import { insertQueueApplication } from '../helpers/queue-rows.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes } from '../helpers/upload-fixtures.js'

/** Generated PDFs are stored with one size cap, and an issued one only inside a file transaction. */
let t: TestApp
let applicationId: string
beforeAll(async () => {
  t = await createTestApp()
  applicationId = (await insertQueueApplication(t.db.db)).id
})
afterAll(() => t.close())

async function fileIds(): Promise<string[]> {
  const ids: string[] = []
  for await (const f of t.deps.fileStore.list()) ids.push(f.id)
  return ids
}

const receipt = (pdf: Uint8Array) => ({
  applicationId,
  kind: 'evidence_receipt' as const,
  title: '证据材料收据',
  pdf,
  at: t.clock.now(),
})

describe('issued documents', () => {
  it('stores the PDF and records it with its hash and size', async () => {
    const pdf = await pdfBytes()
    const { documentId, file } = await transactionWithFiles(t.deps, (trx) =>
      storeIssuedPdf(trx, t.deps.fileStore, receipt(pdf)),
    )
    const row = await t.db.db
      .selectFrom('issued_documents')
      .select(['kind', 'title', 'file_id', 'sha256', 'byte_size', 'number'])
      .where('id', '=', documentId)
      .executeTakeFirstOrThrow()
    expect(row).toEqual({
      kind: 'evidence_receipt',
      title: '证据材料收据',
      file_id: file.id,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      byte_size: String(pdf.length),
      number: null,
    })
    expect(await t.deps.fileStore.stat(file.id)).toMatchObject({ size: pdf.length })
  })

  it('removes the file and the row when the transaction does not commit', async () => {
    const before = await fileIds()
    let fileId = ''
    await expect(
      transactionWithFiles(t.deps, async (trx) => {
        fileId = (await storeIssuedPdf(trx, t.deps.fileStore, receipt(await pdfBytes()))).file.id
        throw new Error('the action failed after the document')
      }),
    ).rejects.toThrow('the action failed')
    expect(fileId).not.toBe('')
    expect(await t.deps.fileStore.stat(fileId)).toBeUndefined()
    expect(await fileIds()).toEqual(before)
    const rows = await t.db.db
      .selectFrom('issued_documents')
      .select('id')
      .where('file_id', '=', fileId)
      .execute()
    expect(rows).toEqual([])
  })

  it('refuses to store outside transactionWithFiles, before writing any file', async () => {
    const before = await fileIds()
    await expect(
      t.deps.db
        .transaction()
        .execute(async (trx) => storeIssuedPdf(trx, t.deps.fileStore, receipt(await pdfBytes()))),
    ).rejects.toThrow('transactionWithFiles')
    expect(await fileIds()).toEqual(before)
  })

  it('refuses a generated PDF above the cap', async () => {
    const before = await fileIds()
    await expect(
      storeGeneratedPdf(t.deps.fileStore, new Uint8Array(GENERATED_PDF_MAX_BYTES + 1)),
    ).rejects.toBeInstanceOf(FileTooLargeError)
    expect(await fileIds()).toEqual(before)
  })
})
