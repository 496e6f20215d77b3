import { Readable } from 'node:stream'
import type { Db } from '../db/database.js'
import type { Deps } from '../deps.js'
import type { FileStore, StoredFile } from '../uploads/file-store.js'
import type { IssuedDocumentKind } from './document-kinds.js'
import type { PdfSigner } from './signing/pdf-signer.js'
import { insertIssuedDocument } from './issued-document.repository.js'

/**
 * The ceiling for a PDF the service writes itself, the same as for one uploaded file: it is stored
 * and served like one. Real documents stay far below it; it stops a runaway layout, nothing else.
 */
export const GENERATED_PDF_MAX_BYTES = 20 * 1024 * 1024

const pendingFiles = new WeakMap<object, string[]>()

/**
 * One transaction in which issued documents may be stored. A document's PDF must be stored before
 * the commit (so a committed row never points at a missing file); if the transaction then fails,
 * the files stored inside it are removed again here.
 */
export async function transactionWithFiles<T>(
  deps: Pick<Deps, 'db' | 'fileStore'>,
  fn: (trx: Db) => Promise<T>,
): Promise<T> {
  const files: string[] = []
  try {
    return await deps.db.transaction().execute(async (trx) => {
      pendingFiles.set(trx, files)
      return fn(trx)
    })
  } catch (err) {
    await Promise.all(files.map((id) => deps.fileStore.remove(id).catch(() => undefined)))
    throw err
  }
}

export function inTransactionWithFiles(trx: Db): boolean {
  return pendingFiles.has(trx)
}

/** Stores a PDF the service generated (a notice, a receipt, the 监督申请书) like an upload. */
export function storeGeneratedPdf(fileStore: FileStore, pdf: Uint8Array): Promise<StoredFile> {
  return fileStore.put(Readable.from([pdf]), { maxBytes: GENERATED_PDF_MAX_BYTES })
}

export type IssuedPdf = {
  applicationId: string
  kind: IssuedDocumentKind
  title: string
  pdf: Uint8Array
  at: Date
  /** 文号 of a formal notice */
  number?: string
}

/**
 * Stores an issued document's PDF and records it with its hash, inside `trx`, which must come from
 * transactionWithFiles: the file is removed again if `trx` does not commit. With a signer the PDF
 * is signed first, so the stored file, its recorded hash (what /verify checks) and the bytes
 * returned (the email attachment) are all the signed document.
 */
export async function storeIssuedPdf(
  trx: Db,
  fileStore: FileStore,
  doc: IssuedPdf,
  signer?: PdfSigner,
): Promise<{ documentId: string; file: StoredFile; pdf: Uint8Array }> {
  const files = pendingFiles.get(trx)
  if (!files) {
    throw new Error(
      'issued documents must be stored inside transactionWithFiles (src/documents/issued-document.service.ts)',
    )
  }
  const pdf = signer ? await signer.sign(doc.pdf, doc.at) : doc.pdf
  const file = await storeGeneratedPdf(fileStore, pdf)
  files.push(file.id)
  const documentId = await insertIssuedDocument(trx, {
    applicationId: doc.applicationId,
    kind: doc.kind,
    title: doc.title,
    fileId: file.id,
    sha256: file.sha256,
    size: file.size,
    at: doc.at,
    number: doc.number,
  })
  return { documentId, file, pdf }
}
