import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bootstrapAdmin } from '../../src/staff/bootstrap-admin.js'
import { verifyPassword } from '../../src/staff/password.js'
import { findStaffPasswordHash } from '../../src/staff/staff-account.repository.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'

let db: TestDb
beforeAll(async () => {
  db = await createTestDb()
})
afterAll(() => db.close())

describe('first administrator', () => {
  it('is created once, on an empty database, even when two processes start together', async () => {
    const results = await Promise.all([bootstrapAdmin(db.db), bootstrapAdmin(db.db)])
    const created = results.filter((r) => r.created)
    expect(created).toHaveLength(1)
    const first = created[0]!
    if (!first.created) throw new Error('unreachable')
    expect(first.username).toBe('admin')
    expect(first.password).toMatch(/^[a-km-zA-HJ-NP-Z2-9]{20}$/)

    const row = await findStaffPasswordHash(db.db, 'admin')
    expect(row?.must_change_password).toBe(true)
    // 三员分立: the first account administers and does nothing else
    const roles = await db.db
      .selectFrom('staff_accounts')
      .select('roles')
      .where('username', '=', 'admin')
      .executeTakeFirstOrThrow()
    expect(roles.roles).toEqual(['admin'])
    expect(row?.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/)
    expect(row?.password_hash).not.toContain(first.password)
    expect(await verifyPassword(first.password, row!.password_hash)).toBe(true)
    expect(await verifyPassword(`${first.password}x`, row!.password_hash)).toBe(false)

    expect(await bootstrapAdmin(db.db)).toEqual({ created: false })
  })
})
