import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AuditAction } from '../../src/audit/audit-action.js'
import { findAuditEventsForObject, insertAuditEvent } from '../../src/audit/audit.repository.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'

let db: TestDb
beforeAll(async () => {
  db = await createTestDb()
})
afterAll(() => db.close())

describe('audit log', () => {
  it('records who did what to which object, in order', async () => {
    await insertAuditEvent(db.db, {
      actor: { type: 'staff', id: 'staff-1', roles: ['intake'] },
      ip: '127.0.0.1',
      action: 'application.reveal_identifier',
      object: { type: 'application', id: 'app-1' },
      result: 'success',
      details: { field: 'id_number' },
      at: new Date('2026-11-26T02:00:00Z'),
    })
    await insertAuditEvent(db.db, {
      actor: { type: 'system' },
      action: 'application.deem_withdrawn',
      object: { type: 'application', id: 'app-1' },
      result: 'success',
    })
    const rows = await findAuditEventsForObject(db.db, 'application', 'app-1')
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatchObject({
      actor_type: 'staff',
      actor_id: 'staff-1',
      actor_roles: ['intake'],
      ip: '127.0.0.1',
      action: 'application.reveal_identifier',
      result: 'success',
      details: { field: 'id_number' },
      occurred_at: new Date('2026-11-26T02:00:00Z'),
    })
    expect(rows[1]).toMatchObject({ actor_type: 'system', actor_id: null, details: {} })
  })

  it('refuses updates, deletes and truncation', async () => {
    await expect(
      sql`update audit_events set result = 'failure'`.execute(db.db),
    ).rejects.toMatchObject({
      code: '42501',
    })
    await expect(sql`delete from audit_events`.execute(db.db)).rejects.toMatchObject({
      code: '42501',
    })
    await expect(sql`truncate audit_events`.execute(db.db)).rejects.toMatchObject({ code: '42501' })
    expect(await findAuditEventsForObject(db.db, 'application', 'app-1')).toHaveLength(2)
  })

  it('refuses malformed action names', async () => {
    const bad = insertAuditEvent(db.db, {
      actor: { type: 'system' },
      // past the type, as a bug or a hand-written row would be: the database still refuses it
      action: 'Drop Table' as AuditAction,
      object: { type: 'x' },
      result: 'success',
    })
    await expect(bad).rejects.toMatchObject({ code: '23514' })
  })
})
