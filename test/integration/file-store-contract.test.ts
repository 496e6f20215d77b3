import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { Hono } from 'hono'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sendStoredFile } from '../../src/http/send-stored-file.js'
import {
  createLocalFileStore,
  FileNotFoundError,
  FileTooLargeError,
  newFileId,
  type FileStore,
} from '../../src/uploads/file-store.js'
import { createS3FileStore } from '../../src/uploads/file-store-s3.js'
import { createEncryptedFileStore } from '../../src/uploads/encrypted-file-store.js'
import { fileKeyring } from '../../src/uploads/file-cipher.js'
import { sweepOrphans } from '../../src/uploads/orphan-sweep.js'
import { sha256 } from '../helpers/upload-fixtures.js'
import { realS3FromEnv, startLocalS3 } from '../helpers/s3-server.js'

/**
 * One FileStore contract, run against every backend: the local directory, and S3 — an in-process
 * s3rver by default, a real endpoint when S3_TEST_ENDPOINT and S3_TEST_BUCKET are set (README,
 * "File storage"). Times come from each store itself (mtime, LastModified), so the sweep is
 * checked with cutoffs before and after the writes, never by waiting.
 */
type Backend = { name: string; start(): Promise<{ store: FileStore; close(): Promise<void> }> }

const plainBackends: Backend[] = [
  {
    name: 'local directory',
    async start() {
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-contract-'))
      return { store: createLocalFileStore(dir), close: () => fs.rm(dir, { recursive: true }) }
    },
  },
  {
    name: 'S3',
    async start() {
      const real = realS3FromEnv()
      if (real) return { store: createS3FileStore(real), close: async () => {} }
      const s3 = await startLocalS3()
      return { store: createS3FileStore(s3.options), close: s3.close }
    },
  },
]

/** What the app runs: each backend behind the file encryption (security review F17). */
const keyring = fileKeyring(crypto.randomBytes(32))
const backends: Backend[] = [
  ...plainBackends,
  ...plainBackends.map((b) => ({
    name: `${b.name}, encrypted`,
    async start() {
      const started = await b.start()
      return { ...started, store: createEncryptedFileStore(started.store, keyring) }
    },
  })),
]

const MiB = 1024 * 1024

async function listed(store: FileStore): Promise<string[]> {
  const ids: string[] = []
  for await (const f of store.list()) ids.push(f.id)
  return ids.sort()
}

/** open() may refuse at once (local) or through the stream (S3): both count as "not found". */
async function readAll(store: FileStore, id: string): Promise<Buffer> {
  return buffer(store.open(id))
}

describe.each(backends)('FileStore contract: $name', (backend) => {
  let store: FileStore
  let close: () => Promise<void>
  beforeAll(async () => {
    ;({ store, close } = await backend.start())
  })
  afterAll(async () => {
    for (const id of await listed(store)) await store.remove(id)
    await close()
  })

  it('stores a small file and a 12 MB one byte for byte, with size and SHA-256', async () => {
    const small = Buffer.from('hello 执监通')
    const large = crypto.randomBytes(12 * MiB)
    const before = Date.now()
    const a = await store.put(Readable.from([small]), { maxBytes: 100 })
    // 64 KiB chunks, as a network body arrives; 12 MB crosses the S3 part size twice
    const chunks = Array.from({ length: 12 * 16 }, (_, i) =>
      large.subarray(i * 65536, (i + 1) * 65536),
    )
    const b = await store.put(Readable.from(chunks), { maxBytes: 12 * MiB })
    expect(a).toEqual({ id: a.id, size: small.length, sha256: sha256(small) })
    expect(b).toEqual({ id: b.id, size: large.length, sha256: sha256(large) })
    expect(a.id).toMatch(/^[0-9a-f]{32}$/)
    expect((await readAll(store, a.id)).equals(small)).toBe(true)
    expect(sha256(await readAll(store, b.id))).toBe(b.sha256)
    const stat = await store.stat(b.id)
    expect(stat).toMatchObject({ id: b.id, size: large.length })
    // S3's LastModified has whole seconds
    expect(stat!.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1000)
    expect(stat!.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1000)
    await Promise.all([store.remove(a.id), store.remove(b.id)])
  })

  it('stores an empty file', async () => {
    const empty = await store.put(Readable.from([]), { maxBytes: 10 })
    expect(empty.size).toBe(0)
    expect((await readAll(store, empty.id)).length).toBe(0)
    await store.remove(empty.id)
  })

  it('stops reading past maxBytes, keeps nothing visible, and throws a typed error', async () => {
    let produced = 0
    async function* endless(chunkBytes: number) {
      for (;;) {
        produced += 1
        yield Buffer.alloc(chunkBytes, 1)
      }
    }
    const err = await store.put(endless(10), { maxBytes: 25 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FileTooLargeError)
    expect(produced).toBe(3)
    // past one S3 part: a multipart upload is under way when the limit strikes
    produced = 0
    const big = await store.put(endless(MiB), { maxBytes: 7 * MiB }).catch((e: unknown) => e)
    expect(big).toBeInstanceOf(FileTooLargeError)
    expect(produced).toBe(8)
    expect(await listed(store)).toEqual([])
  })

  it('keeps nothing when the source fails half-way, and rethrows its error', async () => {
    async function* failing() {
      yield crypto.randomBytes(6 * MiB)
      throw new Error('connection lost')
    }
    await expect(store.put(failing(), { maxBytes: 20 * MiB })).rejects.toThrow('connection lost')
    expect(await listed(store)).toEqual([])
  })

  it('lists what it holds and removes idempotently', async () => {
    const a = await store.put(Readable.from([Buffer.from('a')]), { maxBytes: 1 })
    const b = await store.put(Readable.from([Buffer.from('b')]), { maxBytes: 1 })
    expect(await listed(store)).toEqual([a.id, b.id].sort())
    await store.remove(a.id)
    await store.remove(a.id)
    expect(await store.stat(a.id)).toBeUndefined()
    expect(await store.stat(b.id)).toMatchObject({ size: 1 })
    expect(await listed(store)).toEqual([b.id])
    await store.remove(b.id)
  })

  it('refuses foreign ids and reports a missing file as FileNotFoundError', async () => {
    for (const id of ['../../etc/passwd', 'A'.repeat(32), '', `${'a'.repeat(31)}/`]) {
      expect(() => store.open(id)).toThrow(FileNotFoundError)
      expect(await store.stat(id)).toBeUndefined()
      await store.remove(id)
    }
    const missing = newFileId()
    await expect(readAll(store, missing)).rejects.toBeInstanceOf(FileNotFoundError)
    expect(await store.stat(missing)).toBeUndefined()
  })

  it('lets the orphan sweep remove unreferenced old files and keep the rest', async () => {
    const longAgo = new Date(Date.now() - 24 * 3600_000)
    const orphan = await store.put(Readable.from([Buffer.from('orphan')]), { maxBytes: 10 })
    const kept = await store.put(Readable.from([Buffer.from('kept')]), { maxBytes: 10 })
    const asked: string[] = []
    const isReferenced = async (id: string) => (asked.push(id), id === kept.id)
    // cutoff before the writes: both are too young, and nobody is asked about them
    expect(await sweepOrphans(store, isReferenced, longAgo)).toMatchObject({ removed: 0, kept: 2 })
    expect(asked).toEqual([])
    const later = new Date(Date.now() + 60_000)
    expect(await sweepOrphans(store, isReferenced, later)).toMatchObject({
      checked: 2,
      removed: 1,
      kept: 1,
      incomplete: 0,
    })
    expect(await listed(store)).toEqual([kept.id])
    await store.remove(kept.id)
  })

  it('stores under a given id for a restore, and refuses an id that is not one', async () => {
    const id = newFileId()
    const bytes = Buffer.from('restored 材料')
    expect(await store.putAs(id, Readable.from([bytes]), { maxBytes: 100 })).toEqual({
      id,
      size: bytes.length,
      sha256: sha256(bytes),
    })
    expect((await readAll(store, id)).equals(bytes)).toBe(true)
    await expect(store.putAs('../x', Readable.from([bytes]), { maxBytes: 100 })).rejects.toThrow(
      FileNotFoundError,
    )
    expect(await listed(store)).toEqual([id])
    await store.remove(id)
  })

  it('purges partial writes without touching complete files', async () => {
    const kept = await store.put(Readable.from([Buffer.from('kept')]), { maxBytes: 10 })
    const removed = await store.purgeIncomplete?.(new Date(Date.now() + 60_000))
    expect(removed).toBe(0)
    expect(await listed(store)).toEqual([kept.id])
    await store.remove(kept.id)
  })

  it('streams a download with the same headers, Content-Length from stat', async () => {
    const bytes = crypto.randomBytes(3 * MiB)
    const saved = await store.put(Readable.from([bytes]), { maxBytes: bytes.length })
    const app = new Hono().get('/f/:id', async (c) => {
      const size = (await store.stat(c.req.param('id')))?.size
      const stream = store.open(c.req.param('id'))
      return sendStoredFile(
        c,
        { stream, type: 'application/pdf', name: '裁定书.pdf', size },
        'inline',
      )
    })
    const res = await app.request(`/f/${saved.id}`)
    expect(res.status).toBe(200)
    expect(Object.fromEntries(res.headers)).toMatchObject({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    expect(res.headers.get('content-security-policy')).toContain('sandbox')
    expect(Buffer.from(await res.arrayBuffer()).equals(bytes)).toBe(true)
    await store.remove(saved.id)
  })
})
