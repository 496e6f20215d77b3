import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'
import busboy from 'busboy'
import { extensionMatches, FileInspector, FileRefused, type AcceptedType } from './file-checks.js'
import { extensionOf, sanitizeFileName } from './file-name.js'
import { FileTooLargeError, type FileStore } from './file-store.js'
import {
  contentProblem,
  requestProblem,
  UploadRejected,
  type UploadProblem,
} from './upload-errors.js'
import { BodyStalled } from '../http/body-idle.js'
import { cleanText } from '../http/form-text.js'
import {
  fileAllowance,
  nextFileBudget,
  sizeProblem,
  tooManyFilesProblem,
  UPLOAD_LIMITS,
  type Budget,
  type ReceiveOptions,
  type UploadLimits,
} from './upload-limits.js'

export { UPLOAD_LIMITS, type ReceiveOptions, type UploadLimits } from './upload-limits.js'

export type ReceivedFile = {
  fieldName: string
  /** sanitised, for display only */
  originalName: string
  storedId: string
  size: number
  /** hex */
  sha256: string
  /** decided from the bytes */
  detectedType: AcceptedType
  /** of the original name, lower case, '' when none */
  extension: string
  /** a .jpg that is really a PNG: accepted as PNG, worth telling the applicant or staff */
  extensionMismatch: boolean
}

export type ReceivedUploads = {
  fields: Record<string, string | string[]>
  files: ReceivedFile[]
}

/**
 * Streams a multipart/form-data body (docs/product.md §5): every file part goes through the content checks
 * into `store.put`, hashed on the way, one file at a time, never held in memory whole.
 *
 * All or nothing: on any refusal every file this request stored is removed and UploadRejected lists
 * each problem. A limit (size, count) stops reading the body at once; a content refusal (type,
 * empty, password) lets the rest be checked too, so the applicant learns every problem in one go.
 * Errors that are not the applicant's (a full disk) are rethrown as they are, after the clean-up.
 */
export async function receiveUploads(
  request: Request,
  store: FileStore,
  limits: UploadLimits = UPLOAD_LIMITS,
  options: ReceiveOptions = {},
): Promise<ReceivedUploads> {
  const contentType = request.headers.get('content-type') ?? ''
  if (!request.body || !/^multipart\/form-data\s*;/i.test(contentType)) {
    await request.body?.cancel().catch(() => undefined)
    throw new UploadRejected([requestProblem('malformed')])
  }
  return new UploadReceiver(store, limits, options).run(request.body, contentType)
}

class UploadReceiver {
  private readonly problems: UploadProblem[] = []
  private readonly stored: ReceivedFile[] = []
  private readonly fields = new Map<string, string[]>()
  private readonly openFiles = new Set<Readable>()
  private failure: unknown
  private stopped = false
  /** file bytes read from this request so far, stored or not */
  private bytes = 0
  private fileCount = 0
  /** files are handled strictly one after another, so each knows what the earlier ones used */
  private queue: Promise<void> = Promise.resolve()
  private source!: Readable
  private parser!: busboy.Busboy
  private parsed!: () => void

  constructor(
    private readonly store: FileStore,
    private readonly limits: UploadLimits,
    private readonly options: ReceiveOptions,
  ) {}

  async run(body: ReadableStream<Uint8Array>, contentType: string): Promise<ReceivedUploads> {
    this.source = Readable.fromWeb(body as NodeReadableStream<Uint8Array>)
    this.parser = busboy({
      headers: { 'content-type': contentType },
      defParamCharset: 'utf8', // browsers send UTF-8 file names raw: 判决书.pdf, not latin1
      limits: {
        fields: this.limits.maxFields,
        fieldSize: this.limits.maxFieldBytes,
        parts: 2 * (this.limits.maxFiles + this.limits.maxFields),
      },
    })
    const parsed = new Promise<void>((resolve) => (this.parsed = resolve))
    this.parser.on('close', () => this.parsed())
    this.parser.on('file', (field, file, info) => this.onFile(field, file, info.filename))
    this.parser.on('field', (name, value, info) => this.onField(name, value, info.valueTruncated))
    this.parser.on('fieldsLimit', () => this.stop(requestProblem('too_many_fields')))
    this.parser.on('partsLimit', () => this.stop(requestProblem('too_many_fields')))
    this.parser.on('error', () => this.stop(requestProblem('malformed')))
    // The client went away (or the body stream failed) before the form was complete. A stalled
    // body (http/body-idle.ts) is not the applicant's refusal: it is thrown on, after the clean-up.
    this.source.on('error', (err) =>
      err instanceof BodyStalled ? this.fail(err) : this.stop(requestProblem('aborted')),
    )
    this.source.pipe(this.parser)
    await parsed
    await this.queue
    return this.conclude()
  }

  private onField(name: string, value: string, truncated: boolean): void {
    if (truncated) return this.stop(requestProblem('too_many_fields'))
    const values = this.fields.get(name) ?? []
    values.push(cleanText(value))
    this.fields.set(name, values)
  }

  private onFile(field: string, file: Readable, rawName: string | undefined): void {
    this.openFiles.add(file)
    file.once('close', () => this.openFiles.delete(file))
    // Busboy destroys a part's stream with an error when the body breaks off; the reader of the
    // part sees it, but a part still waiting its turn has no reader yet.
    file.on('error', () => undefined)
    if (this.stopped) return void file.destroy()
    const name = sanitizeFileName(rawName)
    // A file input left empty is sent as a part with no name and no bytes: not an upload.
    const counted = !!rawName && (this.options.fileFields?.includes(field) ?? true)
    if (counted && ++this.fileCount > fileAllowance(this.limits, this.options)) {
      return this.stop(tooManyFilesProblem(this.limits, this.options))
    }
    this.queue = this.queue.then(() =>
      counted ? this.receiveFile(field, file, name) : this.discard(field, file, name),
    )
  }

  private async receiveFile(field: string, file: Readable, name: string): Promise<void> {
    if (this.stopped) return void file.destroy()
    // Pulled by hand so a content refusal can keep reading the part without storing it.
    const chunks = file[Symbol.asyncIterator]() as AsyncIterator<Buffer>
    const inspector = new FileInspector()
    const verdict: { type?: AcceptedType } = {}
    const budget = nextFileBudget(this.limits, this.options, this.bytes)
    try {
      const saved = await this.store.put(this.inspected(chunks, inspector, verdict), budget)
      const extension = extensionOf(name)
      this.stored.push({
        fieldName: field,
        originalName: name,
        storedId: saved.id,
        size: saved.size,
        sha256: saved.sha256,
        detectedType: verdict.type!,
        extension,
        extensionMismatch: !extensionMatches(verdict.type!, extension),
      })
    } catch (err) {
      if (this.stopped) return // the reason it stopped is reported already
      if (err instanceof FileTooLargeError) return this.stop(this.tooLarge(budget, field, name))
      if (!(err instanceof FileRefused)) return this.fail(err)
      this.problems.push(contentProblem(err, field, name))
      await this.drain(chunks, inspector.size, budget, field, name)
    }
  }

  private async *inspected(
    chunks: AsyncIterator<Buffer>,
    inspector: FileInspector,
    verdict: { type?: AcceptedType },
  ): AsyncGenerator<Uint8Array> {
    for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
      this.bytes += next.value.byteLength
      await inspector.push(next.value)
      yield next.value
    }
    verdict.type = await inspector.finish()
  }

  /** Reads the rest of a part that will not be stored, still within the size limits. */
  private async drain(
    chunks: AsyncIterator<Buffer>,
    alreadyRead: number,
    budget: Budget,
    field: string,
    name: string,
  ): Promise<void> {
    let size = alreadyRead
    try {
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) {
        this.bytes += next.value.byteLength
        size += next.value.byteLength
        if (size > budget.maxBytes) return this.stop(this.tooLarge(budget, field, name))
      }
    } catch (err) {
      if (!this.stopped) this.fail(err)
    }
  }

  private discard(field: string, file: Readable, name: string): Promise<void> {
    if (this.stopped) return Promise.resolve(void file.destroy())
    return this.drain(
      file[Symbol.asyncIterator](),
      0,
      nextFileBudget(this.limits, this.options, this.bytes),
      field,
      name,
    )
  }

  private tooLarge(budget: Budget, fieldName: string, fileName: string): UploadProblem {
    return sizeProblem(budget, this.limits, this.options, { fieldName, fileName })
  }

  /** Stops reading the request at once: nothing more is taken from the client. */
  private stop(problem?: UploadProblem): void {
    if (this.stopped) return
    this.stopped = true
    if (problem) this.problems.push(problem)
    this.source.unpipe(this.parser)
    this.source.destroy()
    this.parser.destroy()
    for (const file of this.openFiles) file.destroy()
    this.parsed()
  }

  private fail(err: unknown): void {
    this.failure ??= err
    this.stop()
  }

  private async conclude(): Promise<ReceivedUploads> {
    if (this.problems.length === 0 && this.failure === undefined) {
      const fields = [...this.fields].map(([k, v]) => [k, v.length === 1 ? v[0]! : v] as const)
      // fromEntries defines own properties: a field named "__proto__" stays a plain key
      return { fields: Object.fromEntries(fields), files: this.stored }
    }
    // Best effort: a file that cannot be removed now is an orphan the daily sweep removes (docs/product.md §6).
    await Promise.allSettled(this.stored.map((f) => this.store.remove(f.storedId)))
    if (this.failure !== undefined) throw this.failure
    throw new UploadRejected(this.problems)
  }
}
