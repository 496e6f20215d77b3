import crypto from 'node:crypto'
import { createReadStream, openSync } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import type { Readable } from 'node:stream'
import { systemClock, type Clock } from '../clock.js'

/**
 * Where uploaded files live. Storage-agnostic on purpose: the local driver below writes under
 * DATA_DIR/files, an S3-compatible driver comes later (docs/product.md §1) behind the same interface. Ids are
 * generated here, never taken from a user, so no name the applicant chose ever reaches a path.
 */
export interface FileStore {
  /** Streams `source` to storage while hashing it; nothing is visible under the id until complete. */
  put(
    source: AsyncIterable<Uint8Array> | Readable,
    options: { maxBytes: number },
  ): Promise<StoredFile>
  /** Throws FileNotFoundError when there is no such file. */
  open(id: string): Readable
  stat(id: string): Promise<FileStat | undefined>
  /** Idempotent: removing a file that is not there is not an error. */
  remove(id: string): Promise<void>
  list(): AsyncIterable<{ id: string; createdAt: Date }>
  /**
   * As put(), under an id given by the caller: only `npm run restore` uses it, to bring back a
   * backup's files under the ids its database rows name. Replaces a file of that id.
   */
  putAs(
    id: string,
    source: AsyncIterable<Uint8Array> | Readable,
    options: { maxBytes: number },
  ): Promise<StoredFile>
  /** Drops partial writes a crashed process left behind (S3: abort stale multipart uploads). */
  purgeIncomplete?(olderThan: Date): Promise<number>
}

export type StoredFile = { id: string; size: number; sha256: string }
export type FileStat = { id: string; size: number; createdAt: Date }

/** The source was longer than `maxBytes`; reading stopped there and nothing was kept. */
export class FileTooLargeError extends Error {
  readonly code = 'file_too_large'
  constructor(readonly maxBytes: number) {
    super(`file exceeds ${maxBytes} bytes`)
    this.name = 'FileTooLargeError'
  }
}

export class FileNotFoundError extends Error {
  readonly code = 'file_not_found'
  constructor(readonly id: string) {
    super(`no stored file ${JSON.stringify(id)}`)
    this.name = 'FileNotFoundError'
  }
}

/** 128 random bits as 32 lowercase hex digits. */
const ID_PATTERN = /^[0-9a-f]{32}$/
const PART_SUFFIX = '.part'

export function newFileId(): string {
  return crypto.randomBytes(16).toString('hex')
}

export function isFileId(id: string): boolean {
  return ID_PATTERN.test(id)
}

/** DATA_DIR/files: beside the database, never under a folder the web server serves. */
export function defaultFileStoreDir(dataDir: string): string {
  return path.join(dataDir, 'files')
}

/**
 * Files go to `<dir>/<first two hex digits>/<id>` (256 shards keep directories small); partial writes
 * to `<dir>/tmp/<id>.part` and are renamed into place only once complete and flushed, so a crash
 * never leaves a truncated file under a real id. `dir` must not be inside any folder the web server
 * serves. The clock stamps each file's mtime, which `list()` reports as `createdAt`.
 */
export function createLocalFileStore(dir: string, options: { clock?: Clock } = {}): FileStore {
  const clock = options.clock ?? systemClock
  const root = path.resolve(dir)
  const tmpDir = path.join(root, 'tmp')
  const pathOf = (id: string) => {
    if (!isFileId(id)) throw new FileNotFoundError(id)
    return path.join(root, id.slice(0, 2), id)
  }

  async function put(
    source: AsyncIterable<Uint8Array> | Readable,
    options: { maxBytes: number },
  ): Promise<StoredFile> {
    return putAs(newFileId(), source, options)
  }

  async function putAs(
    id: string,
    source: AsyncIterable<Uint8Array> | Readable,
    { maxBytes }: { maxBytes: number },
  ): Promise<StoredFile> {
    if (!isFileId(id)) throw new FileNotFoundError(id)
    const partial = path.join(tmpDir, `${id}${PART_SUFFIX}`)
    await fs.mkdir(tmpDir, { recursive: true })
    const handle = await fs.open(partial, 'wx', 0o600)
    const hash = crypto.createHash('sha256')
    const out = batchedWriter(handle)
    let size = 0
    try {
      for await (const chunk of source as AsyncIterable<Uint8Array>) {
        size += chunk.byteLength
        // Checked before writing: leaving the loop stops reading from `source` at once.
        if (size > maxBytes) throw new FileTooLargeError(maxBytes)
        hash.update(chunk)
        await out.write(chunk)
      }
      await out.flush()
      // Flushed before it gets its final name: a receipt may quote this hash (docs/product.md §6).
      await handle.sync()
      const now = clock.now()
      await handle.utimes(now, now)
      await handle.close()
      await fs.mkdir(path.dirname(pathOf(id)), { recursive: true })
      await fs.rename(partial, pathOf(id))
      await syncDir(path.dirname(pathOf(id)))
    } catch (err) {
      await handle.close().catch(() => undefined)
      await fs.rm(partial, { force: true })
      throw err
    }
    return { id, size, sha256: hash.digest('hex') }
  }

  function open(id: string): Readable {
    // Opened synchronously so "not there" is a plain throw, not a stream error, and the path stays
    // out of any error a caller might show.
    let fd: number
    try {
      fd = openSync(pathOf(id), 'r')
    } catch (err) {
      if (isMissing(err)) throw new FileNotFoundError(id)
      throw err
    }
    return createReadStream('', { fd })
  }

  async function stat(id: string): Promise<FileStat | undefined> {
    if (!isFileId(id)) return undefined
    try {
      const s = await fs.stat(pathOf(id))
      return { id, size: s.size, createdAt: s.mtime }
    } catch (err) {
      if (isMissing(err)) return undefined
      throw err
    }
  }

  async function remove(id: string): Promise<void> {
    if (!isFileId(id)) return
    await fs.rm(pathOf(id), { force: true })
  }

  async function* list(): AsyncIterable<{ id: string; createdAt: Date }> {
    for (const shard of await readDirOrEmpty(root)) {
      if (!/^[0-9a-f]{2}$/.test(shard)) continue
      for (const id of await readDirOrEmpty(path.join(root, shard))) {
        const found = isFileId(id) && id.startsWith(shard) ? await stat(id) : undefined
        if (found) yield { id, createdAt: found.createdAt }
      }
    }
  }

  async function purgeIncomplete(olderThan: Date): Promise<number> {
    let removed = 0
    for (const name of await readDirOrEmpty(tmpDir)) {
      if (!name.endsWith(PART_SUFFIX)) continue
      const file = path.join(tmpDir, name)
      const s = await fs.stat(file).catch(() => undefined)
      if (s && s.mtime < olderThan) {
        await fs.rm(file, { force: true })
        removed += 1
      }
    }
    return removed
  }

  return { put, putAs, open, stat, remove, list, purgeIncomplete }
}

/**
 * Network chunks are small (often 16–64 KB); copying them into one 256 KB buffer per upload and
 * writing that saves most of the thread-pool round trips. A copy, not references: a source may
 * reuse its buffer once we have taken a chunk.
 */
const WRITE_BATCH_BYTES = 256 * 1024

function batchedWriter(handle: fs.FileHandle) {
  const batch = Buffer.allocUnsafe(WRITE_BATCH_BYTES)
  let used = 0
  const flush = async () => {
    if (used === 0) return
    const filled = used
    used = 0
    await writeAll(handle, batch.subarray(0, filled))
  }
  const write = async (chunk: Uint8Array) => {
    if (used + chunk.byteLength > WRITE_BATCH_BYTES) await flush()
    if (chunk.byteLength >= WRITE_BATCH_BYTES) return writeAll(handle, chunk)
    batch.set(chunk, used)
    used += chunk.byteLength
  }
  return { write, flush }
}

async function writeAll(handle: fs.FileHandle, chunk: Uint8Array): Promise<void> {
  let offset = 0
  while (offset < chunk.byteLength) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.byteLength - offset)
    offset += bytesWritten
  }
}

/** The rename itself survives a power cut only once its directory is flushed. */
async function syncDir(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

async function readDirOrEmpty(dir: string): Promise<string[]> {
  try {
    return (await fs.readdir(dir)).sort()
  } catch (err) {
    if (isMissing(err)) return []
    throw err
  }
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT'
}
