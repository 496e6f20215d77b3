import crypto from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { buffer } from 'node:stream/consumers'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createEncryptedFileStore } from '../../src/uploads/encrypted-file-store.js'
import {
  CHUNK_BYTES,
  FileIntegrityError,
  MAGIC,
  fileKeyring,
  sealedSize,
} from '../../src/uploads/file-cipher.js'
import {
  createLocalFileStore,
  type FileStat,
  type FileStore,
  type StoredFile,
} from '../../src/uploads/file-store.js'
import { sealExistingFiles } from '../../src/uploads/seal-existing-files.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import { signedInStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes, sha256 } from '../helpers/upload-fixtures.js'

/**
 * Security review F17: stored files are encrypted at rest (docs/decisions/098). The store-level
 * tests run on a local directory (the contract test runs the same wrapper on S3); the app-level
 * ones submit through the wizard and look at the bytes the backend actually holds.
 */
const keyring = fileKeyring(crypto.randomBytes(32))
const MOBILE_LINE = Buffer.from('联系电话：13700001234\n'.repeat(50))

describe('encrypted file store', () => {
  let dir: string
  let raw: FileStore
  let store: FileStore
  const rawPath = (id: string) => path.join(dir, id.slice(0, 2), id)
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-sealed-'))
    raw = createLocalFileStore(dir)
    store = createEncryptedFileStore(raw, keyring)
  })
  afterAll(() => fs.rm(dir, { recursive: true }))

  it('keeps only ciphertext on disk and reports the plaintext size and SHA-256', async () => {
    const saved = await store.put(Readable.from([MOBILE_LINE]), { maxBytes: MOBILE_LINE.length })
    expect(saved).toMatchObject({ size: MOBILE_LINE.length, sha256: sha256(MOBILE_LINE) })
    const onDisk = await fs.readFile(rawPath(saved.id))
    expect(onDisk.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true)
    expect(onDisk.includes(Buffer.from('13700001234'))).toBe(false)
    expect(onDisk.length).toBe(sealedSize(MOBILE_LINE.length))
    expect((await buffer(store.open(saved.id))).equals(MOBILE_LINE)).toBe(true)
    expect((await store.stat(saved.id))?.size).toBe(MOBILE_LINE.length)
  })

  it.each([0, 1, CHUNK_BYTES - 1, CHUNK_BYTES, CHUNK_BYTES + 1, 3 * CHUNK_BYTES])(
    'round-trips %i bytes, with stat() giving the plaintext size',
    async (n) => {
      const bytes = crypto.randomBytes(n)
      const saved = await store.put(Readable.from(n ? [bytes] : []), { maxBytes: n })
      expect((await buffer(store.open(saved.id))).equals(bytes)).toBe(true)
      expect((await store.stat(saved.id))?.size).toBe(n)
      expect((await raw.stat(saved.id))?.size).toBe(sealedSize(n))
    },
  )

  it('refuses a file whose ciphertext was changed, cut off, or sealed under another key', async () => {
    const bytes = crypto.randomBytes(3 * CHUNK_BYTES + 100)
    const cases: [string, (b: Buffer) => Buffer][] = [
      ['a byte in the first chunk', (b) => flip(b, 200)],
      ['a byte in the last chunk', (b) => flip(b, b.length - 5)],
      ['the wrapped key', (b) => flip(b, MAGIC.length + 14)],
      ['the last chunk dropped', (b) => b.subarray(0, sealedSize(3 * CHUNK_BYTES) - 16)],
      ['two chunks swapped', (b) => swapChunks(b)],
    ]
    for (const [what, tamper] of cases) {
      const saved = await store.put(Readable.from([bytes]), { maxBytes: bytes.length })
      await fs.writeFile(rawPath(saved.id), tamper(await fs.readFile(rawPath(saved.id))))
      const err = await buffer(store.open(saved.id)).catch((e: unknown) => e)
      expect(err, what).toBeInstanceOf(FileIntegrityError)
    }
    const saved = await store.put(Readable.from([bytes]), { maxBytes: bytes.length })
    const otherKey = createEncryptedFileStore(raw, fileKeyring(crypto.randomBytes(32)))
    await expect(buffer(otherKey.open(saved.id))).rejects.toBeInstanceOf(FileIntegrityError)
  })

  it('keeps a refusal found before anyone reads (e.g. while the download is audited) for the reader, not the process', async () => {
    const small = crypto.randomBytes(1000)
    const saved = await store.put(Readable.from([small]), { maxBytes: small.length })
    await fs.writeFile(rawPath(saved.id), flip(await fs.readFile(rawPath(saved.id)), 200))
    const stream = store.open(saved.id)
    // the whole (small) file is read and refused while nothing consumes the stream yet; without a
    // listener that error would be an uncaught exception and take the server down (CI, PostgreSQL)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(stream.errored).toBeInstanceOf(FileIntegrityError)
    await expect(buffer(stream)).rejects.toBeInstanceOf(FileIntegrityError)
  })

  it('reads files stored before encryption, and seals them in place on request', async () => {
    const legacy = await raw.put(Readable.from([MOBILE_LINE]), { maxBytes: MOBILE_LINE.length })
    const tiny = await raw.put(Readable.from([Buffer.from('ab')]), { maxBytes: 2 })
    expect((await buffer(store.open(legacy.id))).equals(MOBILE_LINE)).toBe(true)
    expect((await buffer(store.open(tiny.id))).toString()).toBe('ab')
    expect((await store.stat(legacy.id))?.size).toBe(MOBILE_LINE.length)

    const before = await countFiles(raw)
    const report = await sealExistingFiles(raw, keyring)
    expect(report).toEqual({ sealed: 2, alreadySealed: before - 2, gone: 0 })
    const onDisk = await fs.readFile(rawPath(legacy.id))
    expect(onDisk.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true)
    expect(onDisk.includes(Buffer.from('13700001234'))).toBe(false)
    expect(sha256(await buffer(store.open(legacy.id)))).toBe(legacy.sha256)
    expect((await buffer(store.open(tiny.id))).toString()).toBe('ab')
    expect(await sealExistingFiles(raw, keyring)).toEqual({
      sealed: 0,
      alreadySealed: before,
      gone: 0,
    })
  })

  it('streams a large upload through with one chunk in flight, never the whole file', async () => {
    // The backend consumes at its own pace; the encryption may run ahead of it by at most one
    // 64 KiB chunk plus the source chunk being cut, whatever the file's size (here 32 MiB).
    let produced = 0
    let consumed = 0
    let maxAhead = 0
    const inner = recordingStore((n) => {
      consumed += n
    })
    async function* source() {
      for (let i = 0; i < 512; i++) {
        produced += CHUNK_BYTES
        maxAhead = Math.max(maxAhead, produced - consumed)
        yield Buffer.alloc(CHUNK_BYTES, i)
      }
    }
    const saved = await createEncryptedFileStore(inner, keyring).put(source(), {
      maxBytes: 512 * CHUNK_BYTES,
    })
    expect(saved.size).toBe(512 * CHUNK_BYTES)
    expect(consumed).toBe(sealedSize(512 * CHUNK_BYTES))
    expect(maxAhead).toBeLessThanOrEqual(2 * CHUNK_BYTES + 200)
  })
})

describe('files of a submitted application (申请书, uploads, issued documents)', () => {
  let t: TestApp
  let code: string
  let appId: string
  beforeAll(async () => {
    t = await createTestApp()
    code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
    appId = await applicationIdOf(t.db.db, code)
  })
  afterAll(() => t.close())

  const materials = () =>
    t.db.db
      .selectFrom('application_materials')
      .select(['id', 'file_id', 'sha256', 'slot'])
      .where('application_id', '=', appId)
      .execute()
  const diskPath = (id: string) => path.join(t.config.dataDir, 'files', id.slice(0, 2), id)

  it('stores every file sealed, and the listed SHA-256 is the plaintext the staff download', async () => {
    const rows = await materials()
    expect(rows.map((r) => r.slot)).toContain('application_letter')
    const { browser: staff } = await signedInStaff(t.app, t.deps, ['intake'])
    for (const row of rows) {
      const onDisk = await fs.readFile(diskPath(row.file_id))
      expect(onDisk.subarray(0, MAGIC.length).equals(MAGIC)).toBe(true)
      expect(onDisk.includes(Buffer.from('%PDF-'))).toBe(false)
      const res = await staff.get(`/staff/applications/${appId}/materials/${row.id}/download`)
      expect(res.status).toBe(200)
      expect(sha256(Buffer.from(await res.arrayBuffer()))).toBe(row.sha256)
    }
    const { receipt_mac } = await t.db.db
      .selectFrom('applications')
      .select('receipt_mac')
      .where('id', '=', appId)
      .executeTakeFirstOrThrow()
    const verify = await t.app.request(`/verify?c=${code}&v=${encodeURIComponent(receipt_mac)}`)
    expect(await verify.text()).toContain('回执真实有效')
  })

  it('refuses to serve a material whose stored bytes were altered, with a Chinese page', async () => {
    const [row] = await materials()
    const file = diskPath(row!.file_id)
    await fs.writeFile(file, flip(await fs.readFile(file), 120))
    const { browser: staff } = await signedInStaff(t.app, t.deps, ['intake'])
    const res = await staff.get(`/staff/applications/${appId}/materials/${row!.id}/download`)
    expect(res.status).toBe(500)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain('未通过完整性校验')
    expect(t.logs.some((l) => JSON.stringify(l).includes('file_integrity'))).toBe(true)
  })
})

function flip(b: Buffer, at: number): Buffer {
  const copy = Buffer.from(b)
  copy[at] = copy[at]! ^ 0x01
  return copy
}

function swapChunks(b: Buffer): Buffer {
  const size = CHUNK_BYTES + 16
  const start = sealedSize(0) - 16
  const first = b.subarray(start, start + size)
  const second = b.subarray(start + size, start + 2 * size)
  return Buffer.concat([b.subarray(0, start), second, first, b.subarray(start + 2 * size)])
}

async function countFiles(store: FileStore): Promise<number> {
  let n = 0
  for await (const _ of store.list()) n += 1
  return n
}

/** A backend that only counts what it is given, slowly enough for the source to run ahead. */
function recordingStore(onBytes: (n: number) => void): FileStore {
  const putAs = async (
    id: string,
    source: AsyncIterable<Uint8Array> | Readable,
  ): Promise<StoredFile> => {
    let size = 0
    for await (const chunk of source as AsyncIterable<Uint8Array>) {
      await new Promise((r) => setImmediate(r))
      size += chunk.byteLength
      onBytes(chunk.byteLength)
    }
    return { id, size, sha256: '' }
  }
  return {
    put: (source) => putAs(crypto.randomBytes(16).toString('hex'), source),
    putAs,
    open: () => Readable.from([]),
    stat: async (): Promise<FileStat | undefined> => undefined,
    remove: async () => {},
    list: async function* () {},
  }
}
