import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertDraftFile } from '../../src/applications/draft.repository.js'
import { startDraft } from '../../src/applications/draft.service.js'
import { fixedClock } from '../../src/clock.js'
import { createFieldCrypto } from '../../src/crypto/field-encryption.js'
import { createLogger } from '../../src/logging/logger.js'
import { runMaintenance } from '../../src/maintenance/maintenance-job.js'
import { createLocalFileStore, type FileStore } from '../../src/uploads/file-store.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'

let db: TestDb
let dir: string
let store: FileStore
const clock = fixedClock(new Date('2026-11-01T00:00:00Z'))
const fieldCrypto = createFieldCrypto(Buffer.alloc(32, 3))

beforeAll(async () => {
  db = await createTestDb()
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-maint-'))
  store = createLocalFileStore(dir, { clock })
})
afterAll(async () => {
  await db.close()
  await fs.rm(dir, { recursive: true, force: true })
})

const put = (text: string) => store.put(Readable.from([Buffer.from(text)]), { maxBytes: 1024 })

describe('housekeeping', () => {
  it('deletes expired drafts, then removes day-old files nothing refers to', async () => {
    const ctx = { db: db.db, fieldCrypto, now: clock.now() }
    const old = await startDraft(ctx, {}, 'online')
    const kept = await put('kept: belongs to a live draft')
    const ofExpired = await put('belonged to the expired draft')
    const orphan = await put('nobody refers to this')
    const live = await startDraft({ ...ctx, now: new Date('2026-11-25T00:00:00Z') }, {}, 'online')
    const file = (id: string, draft: string) => ({
      draft_id: draft,
      slot: 'identity' as const,
      description: null,
      original_name: 'x.pdf',
      byte_size: 10,
      detected_type: 'application/pdf',
      sha256: 'a'.repeat(64),
      file_id: id,
      uploaded_at: clock.now(),
    })
    await insertDraftFile(db.db, file(kept.id, live.id))
    await insertDraftFile(db.db, file(ofExpired.id, old.id))

    clock.set(new Date('2026-12-02T00:00:00Z')) // 31 days later: the first draft has expired
    const fresh = await put('uploaded a minute ago, not yet referenced')
    const result = await runMaintenance({
      db: db.db,
      fileStore: store,
      clock,
      logger: createLogger('silent'),
    })
    expect(result).toEqual({ drafts: 1, files: 2, deemedWithdrawn: 0 })
    expect(await store.stat(kept.id)).toBeDefined()
    expect(await store.stat(fresh.id)).toBeDefined()
    expect(await store.stat(ofExpired.id)).toBeUndefined()
    expect(await store.stat(orphan.id)).toBeUndefined()
    expect(
      await runMaintenance({ db: db.db, fileStore: store, clock, logger: createLogger('silent') }),
    ).toEqual({ drafts: 0, files: 0, deemedWithdrawn: 0 })
  })

  it('still deletes expired drafts when the deadline jobs before it fail', async () => {
    const ctx = { db: db.db, fieldCrypto, now: clock.now() }
    const draft = await startDraft(ctx, {}, 'online')
    clock.advance(31 * 24 * 3600_000)
    const logs: string[] = []
    const result = await runMaintenance(
      { db: db.db, fileStore: store, clock, logger: createLogger('warn', (l) => logs.push(l)) },
      () => Promise.reject(new Error('calendar not loaded yet')),
    )
    expect(result).toMatchObject({ deemedWithdrawn: 0 })
    expect(result.drafts).toBeGreaterThanOrEqual(1)
    const left = await db.db
      .selectFrom('application_drafts')
      .select('id')
      .where('id', '=', draft.id)
      .execute()
    expect(left).toEqual([])
    expect(logs.join('\n')).toContain('deadline jobs failed')
  })
})
