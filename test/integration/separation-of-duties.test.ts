import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrateToLatest, MIGRATIONS_DIR } from '../../src/db/migrate.js'
import { SEPARATION_OF_DUTIES_MESSAGE } from '../../src/staff/roles.js'
import { adminSession } from '../helpers/admin.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { auditRowsFor } from '../helpers/audit.js'
import { summaryErrors } from '../helpers/http.js'
import { createStaff, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'
import { createTestDb } from '../helpers/test-db.js'

/** 三员分立: admin, auditor and the case roles are never held by one account, on any path. */
let t: TestApp
let admin: TestStaff
let browser: TestBrowser
beforeAll(async () => {
  t = await createTestApp()
  ;({ staff: admin, browser } = await adminSession(t))
})
afterAll(() => t.close())

const THIS_MIGRATION = '202612031600_separate_staff_duties'
const rolesOf = async (id: string) =>
  (
    await t.db.db
      .selectFrom('staff_accounts')
      .select('roles')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).roles

describe('the administrator pages', () => {
  it.each([
    [['admin', 'auditor']],
    [['admin', 'leader']],
    [['auditor', 'reviewer']],
    [['intake', 'reviewer', 'leader', 'admin', 'auditor']],
  ])('refuse to create an account with %j, storing nothing', async (roles) => {
    const before = await t.db.db.selectFrom('staff_accounts').select('id').execute()
    const res = await browser.post('/staff/admin/accounts', {
      username: `mixed${roles.length}${roles[0]}`,
      displayName: '兼任',
      roles,
    })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual([SEPARATION_OF_DUTIES_MESSAGE])
    expect(await t.db.db.selectFrom('staff_accounts').select('id').execute()).toHaveLength(
      before.length,
    )
  })

  it('create an account holding several case roles', async () => {
    const res = await browser.post('/staff/admin/accounts', {
      username: 'revlead',
      displayName: '审查兼审批',
      roles: ['reviewer', 'leader'],
    })
    expect(res.status).toBe(200)
  })

  it('refuse to give another account a second duty', async () => {
    const other = await createStaff(t.deps, { roles: ['reviewer'] })
    const res = await browser.post(`/staff/admin/accounts/${other.id}/roles`, {
      roles: ['reviewer', 'auditor'],
    })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual([SEPARATION_OF_DUTIES_MESSAGE])
    expect(await rolesOf(other.id)).toEqual(['reviewer'])
  })

  it('refuse an administrator who gives themselves the auditor and case roles, audited', async () => {
    const res = await browser.post(`/staff/admin/accounts/${admin.id}/roles`, {
      roles: ['admin', 'auditor', 'leader', 'intake'],
    })
    expect(res.status).toBe(422)
    expect(summaryErrors(await res.text())).toEqual([SEPARATION_OF_DUTIES_MESSAGE])
    expect(await rolesOf(admin.id)).toEqual(['admin'])
    expect((await browser.get('/staff/audit')).status).toBe(403)
    expect((await browser.get('/staff')).status).toBe(403)
    const rows = await auditRowsFor(t.deps, 'staff_account', admin.id)
    expect(rows.map((r) => [r.action, r.result, r.details])).toEqual([
      ['staff_account.roles_change', 'denied', { why: 'separation_of_duties' }],
    ])
  })
})

describe('the database', () => {
  it('refuses a row that mixes duties, whoever writes it', async () => {
    const err = await createStaff(t.deps, { roles: ['admin', 'auditor'] }).catch((e: unknown) => e)
    expect((err as { code?: string }).code).toBe('23514')
    const update = await t.db.db
      .updateTable('staff_accounts')
      .set({ roles: ['admin', 'reviewer'] })
      .where('id', '=', admin.id)
      .execute()
      .catch((e: unknown) => e)
    expect((update as { code?: string }).code).toBe('23514')
    expect(await rolesOf(admin.id)).toEqual(['admin'])
  })
})

describe(`migration ${THIS_MIGRATION}`, () => {
  it('stops on accounts that already mix duties, naming them, and changes nothing', async () => {
    const db = await createTestDb({ empty: true })
    const earlier = await fs.mkdtemp(path.join(os.tmpdir(), 'zhijian-migrations-'))
    try {
      for (const file of await fs.readdir(MIGRATIONS_DIR))
        if (file.endsWith('.sql') && file < THIS_MIGRATION)
          await fs.copyFile(path.join(MIGRATIONS_DIR, file), path.join(earlier, file))
      await migrateToLatest(db.db, earlier)
      const insert = (username: string, roles: string[]) =>
        sql`insert into staff_accounts (username, display_name, password_hash, roles)
            values (${username}, ${username}, 'x', ${roles}::text[])`.execute(db.db)
      await insert('allinone', ['admin', 'auditor', 'reviewer'])
      await insert('revaud', ['reviewer', 'auditor'])
      await insert('revlead', ['reviewer', 'leader'])
      await insert('sysadmin', ['admin'])

      const failure = await migrateToLatest(db.db).catch((e: Error) => e)
      expect(failure).toBeInstanceOf(Error)
      const message = (failure as Error).message
      expect(message).toContain(THIS_MIGRATION)
      expect(message).toContain(
        '三员分立：以下账号同时持有系统管理员、安全审计员或办案角色中的两类',
      )
      expect(message).toContain('allinone（admin,auditor,reviewer）、revaud（reviewer,auditor）')
      expect(message).not.toContain('revlead')

      const applied = await sql<{ name: string }>`select name from kysely_migration`.execute(db.db)
      expect(applied.rows.map((r) => r.name)).not.toContain(THIS_MIGRATION)
      const constraint = await sql`select 1 from pg_constraint
        where conname = 'staff_accounts_one_duty'`.execute(db.db)
      expect(constraint.rows).toEqual([])
      const rows = await sql<{ username: string; roles: string[] }>`select username, roles
        from staff_accounts order by username`.execute(db.db)
      expect(rows.rows.map((r) => [r.username, r.roles])).toEqual([
        ['allinone', ['admin', 'auditor', 'reviewer']],
        ['revaud', ['reviewer', 'auditor']],
        ['revlead', ['reviewer', 'leader']],
        ['sysadmin', ['admin']],
      ])

      // Once each account keeps one duty, the same migration goes through.
      await sql`update staff_accounts set roles = '{admin}' where username = 'allinone'`.execute(
        db.db,
      )
      await sql`update staff_accounts set roles = '{reviewer}' where username = 'revaud'`.execute(
        db.db,
      )
      expect((await migrateToLatest(db.db)).applied).toContain(THIS_MIGRATION)
    } finally {
      await db.close()
      await fs.rm(earlier, { recursive: true, force: true })
    }
  }, 60_000)
})
