import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDb, type DbHandle } from '../../src/db/database.js'
import { completeSupplement, requestSupplement } from '../../src/supplements/supplement.service.js'
import { applicationIdOf, submitApplication } from '../helpers/applicant.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { pdfBytes, pngBytes } from '../helpers/upload-fixtures.js'

/**
 * The status_version triggers update the application row whenever a 补正 request, material, event
 * or document of it is written. A transaction that also changes the stage must therefore lock the
 * row first (lockApplicationRow): had completeSupplement closed the request first, its trigger would
 * hold the row while a concurrent upload's foreign-key lock waits, and its own FOR UPDATE would then
 * wait for that upload — a deadlock. PostgreSQL only: PGlite has a single connection.
 */
describe.skipIf(!process.env.DATABASE_URL)('lock order with the status_version triggers', () => {
  let t: TestApp
  let other: DbHandle
  let observer: DbHandle
  beforeAll(async () => {
    t = await createTestApp({ now: new Date('2026-11-02T02:00:00Z') })
    other = createDb({ databaseUrl: t.db.url!, poolSize: 1 })
    observer = createDb({ databaseUrl: t.db.url!, poolSize: 1 })
  })
  afterAll(async () => {
    await other.close()
    await observer.close()
    await t.close()
  })

  it('completing a 补正 takes the application row before it touches the request', async () => {
    const code = await submitApplication(t.app, { pdf: await pdfBytes(), png: pngBytes() })
    const id = await applicationIdOf(t.db.db, code)
    const staff = await t.db.db
      .insertInto('staff_accounts')
      .values({
        username: 'lock.order',
        display_name: '测试',
        password_hash: 'x',
        roles: ['intake'],
      })
      .returning('id')
      .executeTakeFirstOrThrow()
    await requestSupplement(t.deps, {
      applicationId: id,
      items: [{ key: 'ruling', label: '执行裁定书' }],
      staff: { id: staff.id, roles: ['intake'] },
    })
    const open = await t.db.db
      .selectFrom('supplement_requests')
      .select('id')
      .where('application_id', '=', id)
      .executeTakeFirstOrThrow()
    await t.db.db
      .insertInto('application_materials')
      .values({
        application_id: id,
        slot: 'supplement',
        original_name: '执行裁定书.pdf',
        detected_type: 'application/pdf',
        file_id: 'lock-order-answer',
        sha256: 'e'.repeat(64),
        byte_size: 1024,
        uploaded_at: t.clock.now(),
        uploaded_by: 'applicant',
        position: 10,
        supplement_request_id: open.id,
        supplement_item: 'ruling',
      })
      .execute()

    // An upload in flight: its foreign key holds a key-share lock on the application row.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let locked!: () => void
    const upload = other.db.transaction().execute(async (trx) => {
      await sql`select id from applications where id = ${id} for key share`.execute(trx)
      locked()
      await held
    })
    await new Promise<void>((resolve) => (locked = resolve))

    const completing = completeSupplement(t.deps, id, null)
    await waitForLockWait(observer)
    // completeSupplement waits for the row and has not yet written the request: its row is free.
    const request = await observer.db.transaction().execute(async (trx) => {
      const row = await sql<{ id: string }>`
        select id from supplement_requests where id = ${open.id} for update nowait`.execute(trx)
      return row.rows[0]?.id
    })
    expect(request).toBe(open.id)

    release()
    await upload
    await completing
    const after = await t.db.db
      .selectFrom('applications')
      .select('stage')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
    expect(after.stage).toBe('submitted')
  })
})

/** Until a session of this database waits for a row lock (at most 5 s). */
async function waitForLockWait(db: DbHandle): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const { rows } = await sql<{ n: number }>`
      select count(*)::int as n from pg_stat_activity
      where datname = current_database() and wait_event_type = 'Lock'`.execute(db.db)
    if (rows[0]!.n > 0) return
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error('no session ever waited for a lock')
}
