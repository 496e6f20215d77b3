import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fixedClock } from '../../../src/clock.js'
import {
  createLocalFileStore,
  defaultFileStoreDir,
  FileNotFoundError,
  FileTooLargeError,
  type FileStore,
} from '../../../src/uploads/file-store.js'
import { filesUnder, sha256 } from '../../helpers/upload-fixtures.js'

let dir: string
let store: FileStore
const clock = fixedClock(new Date('2026-03-01T08:00:00Z'))

beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-files-'))
  store = createLocalFileStore(dir, { clock })
})
afterEach(() => fs.rm(dir, { recursive: true, force: true }))

async function* chunks(...parts: string[]) {
  for (const p of parts) yield Buffer.from(p)
}

describe('local FileStore', () => {
  it('stores a stream under a random 128-bit id, with its size and SHA-256', async () => {
    const saved = await store.put(chunks('hello ', '执监通'), { maxBytes: 100 })
    expect(saved.id).toMatch(/^[0-9a-f]{32}$/)
    expect(saved.size).toBe(Buffer.byteLength('hello 执监通'))
    expect(saved.sha256).toBe(sha256(Buffer.from('hello 执监通')))
    expect(await text(store.open(saved.id))).toBe('hello 执监通')
    expect(await filesUnder(dir)).toEqual([`${saved.id.slice(0, 2)}/${saved.id}`])
    const other = await store.put(Readable.from([Buffer.from('x')]), { maxBytes: 1 })
    expect(other.id).not.toBe(saved.id)
  })

  it('reports size and creation time from the clock', async () => {
    const saved = await store.put(chunks('abc'), { maxBytes: 3 })
    expect(await store.stat(saved.id)).toEqual({ id: saved.id, size: 3, createdAt: clock.now() })
  })

  it('stops reading at maxBytes, keeps nothing, and throws a typed error', async () => {
    let produced = 0
    async function* endless() {
      for (;;) {
        produced += 1
        yield Buffer.alloc(10, 1)
      }
    }
    const err = await store.put(endless(), { maxBytes: 25 }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(FileTooLargeError)
    expect(err).toMatchObject({ maxBytes: 25 })
    expect(produced).toBe(3)
    expect(await filesUnder(dir)).toEqual([])
  })

  it('removes the partial file when the source fails', async () => {
    async function* failing() {
      yield Buffer.from('part')
      throw new Error('connection lost')
    }
    await expect(store.put(failing(), { maxBytes: 100 })).rejects.toThrow('connection lost')
    expect(await filesUnder(dir)).toEqual([])
  })

  it('lists stored files and removes them idempotently', async () => {
    const a = await store.put(chunks('a'), { maxBytes: 1 })
    const b = await store.put(chunks('b'), { maxBytes: 1 })
    const listed: string[] = []
    for await (const f of store.list()) listed.push(f.id)
    expect(listed.sort()).toEqual([a.id, b.id].sort())
    await store.remove(a.id)
    await store.remove(a.id)
    expect(await store.stat(a.id)).toBeUndefined()
    expect(await store.stat(b.id)).toBeDefined()
  })

  it('never turns a foreign id into a path', async () => {
    for (const id of ['../../etc/passwd', 'A'.repeat(32), '', `${'a'.repeat(31)}/`]) {
      expect(() => store.open(id)).toThrow(FileNotFoundError)
      expect(await store.stat(id)).toBeUndefined()
      await store.remove(id)
    }
    expect(() => store.open('0'.repeat(32))).toThrow(FileNotFoundError)
  })

  it('purges partial writes older than the cutoff', async () => {
    await fs.mkdir(path.join(dir, 'tmp'), { recursive: true })
    const stale = path.join(dir, 'tmp', `${'1'.repeat(32)}.part`)
    await fs.writeFile(stale, 'half')
    const old = new Date('2026-02-01T00:00:00Z')
    await fs.utimes(stale, old, old)
    expect(await store.purgeIncomplete?.(new Date('2026-02-02T00:00:00Z'))).toBe(1)
    expect(await filesUnder(dir)).toEqual([])
  })

  it('lives under DATA_DIR/files by default', () => {
    expect(defaultFileStoreDir('/srv/zhijian/data')).toBe('/srv/zhijian/data/files')
  })
})
