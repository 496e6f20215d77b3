import { Readable } from 'node:stream'
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  PutObjectCommand,
  S3Client,
  type PutObjectCommandInput,
} from '@aws-sdk/client-s3'
import {
  createLocalFileStore,
  FileNotFoundError,
  isFileId,
  newFileId,
  type FileStat,
  type FileStore,
  type StoredFile,
} from './file-store.js'
import { listS3Files, purgeS3Incomplete, purgeSpool } from './file-store-s3-listing.js'
import { withRetries } from './file-store-s3-retry.js'

export type S3FileStoreOptions = {
  /** https://… of the object store; undefined: AWS's own endpoint for `region` */
  endpoint: string | undefined
  bucket: string
  region: string
  accessKeyId: string
  readSecretAccessKey(): string
  /** key prefix, e.g. `files/`; the id follows it */
  prefix: string
  /** bucket in the path, not the host name: MinIO, Ceph RGW and most 政务云 stores want this */
  forcePathStyle: boolean
  /** local directory an upload is spooled to before its PUT (DATA_DIR/spool) */
  spoolDir: string
  /** server-side encryption asked of the store for every object */
  serverSideEncryption:
    { type: 'AES256' } | { type: 'aws:kms'; kmsKeyId: string | undefined } | undefined
}

/**
 * Files as objects `<prefix><id>` in one bucket of an S3-compatible store (docs/decisions/080).
 *
 * An upload is first spooled to `spoolDir` by the local store — the same size limit, SHA-256 and
 * flush as on disk — then sent as one PUT with its length and SHA-256, which the store checks
 * (x-amz-checksum-sha256; stores that predate it ignore the header and the size check after the
 * PUT remains). Spooling keeps an upload's memory at a few buffers: S3 multipart needs whole 5 MiB
 * parts in memory, which for twenty 20 MB uploads at once was 330 MiB of RSS growth
 * (bench/file-store-s3.ts). An object is visible only once its PUT completes, so nothing appears
 * under an id before the whole file is there. `createdAt` is the store's LastModified: the server's
 * clock, free to list (no HEAD per object in the hourly sweep).
 */
export function createS3FileStore(options: S3FileStoreOptions): FileStore {
  const client = createS3Client(options)
  const { bucket, prefix } = options
  const keyOf = (id: string) => `${prefix}${id}`
  const spool = createLocalFileStore(options.spoolDir)

  async function put(
    source: AsyncIterable<Uint8Array> | Readable,
    limits: { maxBytes: number },
  ): Promise<StoredFile> {
    return putAs(newFileId(), source, limits)
  }

  async function putAs(
    id: string,
    source: AsyncIterable<Uint8Array> | Readable,
    limits: { maxBytes: number },
  ): Promise<StoredFile> {
    if (!isFileId(id)) throw new FileNotFoundError(id)
    const spooled = await spool.put(source, limits)
    const send = () =>
      client.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: keyOf(id),
          Body: spool.open(spooled.id),
          ContentLength: spooled.size,
          ChecksumSHA256: Buffer.from(spooled.sha256, 'hex').toString('base64'),
          ...sseOf(options),
        }),
      )
    try {
      await withRetries(send)
      await checkStoredSize(id, spooled.size)
    } finally {
      await spool.remove(spooled.id)
    }
    return { ...spooled, id }
  }

  /** A store that silently lost bytes on the way must not yield a hash that a receipt quotes. */
  async function checkStoredSize(id: string, size: number): Promise<void> {
    const found = await stat(id)
    if (found?.size === size) return
    await remove(id).catch(() => undefined)
    throw new Error(`object store kept ${found?.size ?? 'nothing'} of ${size} bytes`)
  }

  /**
   * The GET starts at the first read, not here: a caller may do other work (an audit row) before
   * it reads, and an error of a request nobody listens to yet would be an unhandled 'error' event.
   */
  function open(id: string): Readable {
    if (!isFileId(id)) throw new FileNotFoundError(id)
    let body: Readable | undefined
    let requested = false
    const out = new Readable({
      read() {
        if (body) return void body.resume()
        if (requested) return
        requested = true
        client.send(new GetObjectCommand({ Bucket: bucket, Key: keyOf(id) })).then(
          (res) => {
            body = res.Body as Readable
            body.on('data', (chunk: Buffer) => out.push(chunk) || body!.pause())
            body.once('end', () => out.push(null))
            body.once('error', (err) => out.destroy(err))
            if (out.destroyed) body.destroy()
          },
          (err: unknown) => out.destroy(isNotFound(err) ? new FileNotFoundError(id) : toError(err)),
        )
      },
      destroy(err, done) {
        body?.destroy()
        done(err)
      },
    })
    return out
  }

  async function stat(id: string): Promise<FileStat | undefined> {
    if (!isFileId(id)) return undefined
    try {
      const res = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: keyOf(id) }))
      return { id, size: res.ContentLength ?? 0, createdAt: res.LastModified ?? new Date(0) }
    } catch (err) {
      if (isNotFound(err)) return undefined
      throw err
    }
  }

  async function remove(id: string): Promise<void> {
    if (!isFileId(id)) return
    await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: keyOf(id) }))
  }

  return {
    put,
    putAs,
    open,
    stat,
    remove,
    list: () => listS3Files(client, bucket, prefix),
    // spool files of a crashed process, then multipart uploads other tools left in the prefix
    purgeIncomplete: async (olderThan) =>
      (await purgeSpool(spool, olderThan)) +
      (await purgeS3Incomplete(client, bucket, prefix, olderThan)),
  }
}

function createS3Client(options: S3FileStoreOptions): S3Client {
  return new S3Client({
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: {
      accessKeyId: options.accessKeyId,
      secretAccessKey: options.readSecretAccessKey(),
    },
    // The SDK's default CRC32 trailers are an AWS extension most S3-compatible stores refuse;
    // integrity is our own SHA-256 plus the size check after each upload.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  })
}

function sseOf(options: S3FileStoreOptions): Partial<PutObjectCommandInput> {
  const sse = options.serverSideEncryption
  if (!sse) return {}
  if (sse.type === 'AES256') return { ServerSideEncryption: 'AES256' }
  return { ServerSideEncryption: 'aws:kms', ...(sse.kmsKeyId ? { SSEKMSKeyId: sse.kmsKeyId } : {}) }
}

export function isNotFound(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | undefined
  return e?.name === 'NoSuchKey' || e?.name === 'NotFound' || e?.$metadata?.httpStatusCode === 404
}

function toError(err: unknown): Error {
  return err instanceof Error ? err : new Error(String(err))
}
