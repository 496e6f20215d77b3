import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import busboy from 'busboy'
import { formatSizeLimit } from '../../kernel/file-size.js'
import { sanitizeFileName } from '../../uploads/file-name.js'
import { FileTooLargeError, type FileStore, type StoredFile } from '../../uploads/file-store.js'

/** One exchange file per batch; .xls is read whole, so it gets a smaller ceiling (decision 032). */
export const EXCHANGE_UPLOAD_LIMITS = {
  maxFileBytes: 100 * 1024 * 1024,
  maxXlsBytes: 30 * 1024 * 1024,
}

export type ReceivedExchangeFile = StoredFile & { name: string }

export type ExchangeUpload =
  | { ok: true; fields: Record<string, string>; file: ReceivedExchangeFile | undefined }
  | { ok: false; status: 400 | 413; message: string }

/**
 * Streams the upload form (the court, the file) straight into the file store, hashed on the way and
 * never held in memory, like applicants' files (src/uploads/multipart.ts); what the file is, is
 * decided afterwards from the stored bytes. On a refusal nothing stays stored.
 */
export async function receiveExchangeUpload(
  request: Request,
  store: FileStore,
): Promise<ExchangeUpload> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!request.body || !/^multipart\/form-data\s*;/i.test(contentType)) {
    await request.body?.cancel().catch(() => undefined)
    return { ok: false, status: 400, message: '上传的数据不完整或格式不正确，请重新选择文件后上传' }
  }
  const fields: Record<string, string> = {}
  let file: ReceivedExchangeFile | undefined
  let problem: ExchangeUpload | undefined
  const stored: string[] = []
  const source = Readable.fromWeb(request.body as NodeReadableStream<Uint8Array>)
  const parser = busboy({
    headers: { 'content-type': contentType },
    defParamCharset: 'utf8',
    limits: { files: 1, fields: 20, fieldSize: 4096, parts: 30 },
  })
  let pending: Promise<void> = Promise.resolve()
  let finish = () => {}
  const done = new Promise<void>((resolve) => {
    finish = resolve
    parser.on('close', resolve)
    parser.on('error', () => {
      problem ??= { ok: false, status: 400, message: '上传的数据不完整，请检查网络后重新上传' }
      resolve()
    })
    source.on('error', () => {
      problem ??= { ok: false, status: 400, message: '上传中断，没有保存任何文件，请重新上传' }
      resolve()
    })
  })
  parser.on('field', (name, value) => (fields[name] = value))
  parser.on('file', (field, stream, info) => {
    if (field !== 'file' || !info.filename || file) return void stream.resume()
    const name = sanitizeFileName(info.filename)
    pending = store
      .put(stream, { maxBytes: EXCHANGE_UPLOAD_LIMITS.maxFileBytes })
      .then((saved) => {
        stored.push(saved.id)
        file = { ...saved, name }
      })
      .catch((err: unknown) => {
        stream.resume()
        if (!(err instanceof FileTooLargeError)) throw err
        problem = {
          ok: false,
          status: 413,
          message: `文件“${name}”超过 ${formatSizeLimit(EXCHANGE_UPLOAD_LIMITS.maxFileBytes)}，请按年度分成几个文件分批导入`,
        }
        source.unpipe(parser)
        source.destroy()
        finish()
      })
  })
  source.pipe(parser)
  await done
  await pending
  if (problem) {
    await Promise.allSettled(stored.map((id) => store.remove(id)))
    return problem
  }
  if (file && file.size === 0) {
    await store.remove(file.id)
    return { ok: true, fields, file: undefined }
  }
  return { ok: true, fields, file }
}
