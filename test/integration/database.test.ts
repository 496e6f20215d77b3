import fs from 'node:fs/promises'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { prepared } from '../../src/db/database.js'
import { MIGRATIONS_DIR, migrateToLatest } from '../../src/db/migrate.js'
import { createSiteSettings, isSupervisedCourt } from '../../src/site/site-settings.service.js'
import { systemClock } from '../../src/clock.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'

let db: TestDb
beforeAll(async () => {
  db = await createTestDb()
})
afterAll(() => db.close())

describe('migrations', () => {
  it('are recorded and applying them again changes nothing', async () => {
    const { rows } = await sql<{
      name: string
    }>`select name from kysely_migration order by name`.execute(db.db)
    const files = (await fs.readdir(MIGRATIONS_DIR)).filter((f) => f.endsWith('.sql')).sort()
    expect(files.length).toBeGreaterThan(0)
    expect(rows.map((r) => r.name)).toEqual(files.map((f) => f.replace(/\.sql$/, '')))
    expect(await migrateToLatest(db.db)).toEqual({ applied: [] })
  })
})

describe('column types behave the same on PGlite and PostgreSQL', () => {
  it('reads date and bigint as text and timestamptz as Date', async () => {
    const { rows } = await sql<{ d: unknown; n: unknown; ts: unknown }>`
      select date '2026-10-01' as d, 9007199254740993::bigint as n, now() as ts`.execute(db.db)
    expect(rows[0]!.d).toBe('2026-10-01')
    expect(rows[0]!.n).toBe('9007199254740993')
    expect(rows[0]!.ts).toBeInstanceOf(Date)
  })
})

describe('prepared statements', () => {
  it('run with their parameters on both drivers; PostgreSQL keeps them by name', async () => {
    const double = (n: number) =>
      prepared('test_double', sql<{ d: number }>`select ${n}::int * 2 as d`)
    await db.db.connection().execute(async (conn) => {
      for (const n of [1, 2, 3])
        expect((await double(n).execute(conn)).rows).toEqual([{ d: n * 2 }])
      if (db.kind !== 'postgres') return
      const { rows } = await sql<{ name: string }>`select name from pg_prepared_statements`.execute(
        conn,
      )
      expect(rows.map((r) => r.name)).toEqual(['test_double'])
    })
    expect(() => prepared('x; drop table y', sql`select 1`)).toThrow('invalid statement name')
  })
})

describe('site settings', () => {
  it('are seeded for the reference procuratorate and read through one module', async () => {
    const site = await createSiteSettings(db.db, systemClock).load()
    expect(site.name).toBe('平顶山市卫东区人民检察院')
    expect(site.courts).toEqual([{ code: '豫0403', name: '平顶山市卫东区人民法院' }])
    expect(isSupervisedCourt(site, '豫0403')).toBe(true)
    expect(isSupervisedCourt(site, '豫04')).toBe(false)
  })

  it('refuse a second settings row and malformed court codes', async () => {
    const second = db.db
      .insertInto('site_settings')
      .values({
        id: 2,
        procuratorate_name: '某某检察院',
        short_name: '某检',
        address: '某地',
        phone: '123',
      })
      .execute()
    await expect(second).rejects.toMatchObject({ code: '23514' })
    for (const code of ['豫403', 'XX0403', '豫040301']) {
      const bad = db.db
        .insertInto('supervised_courts')
        .values({ court_code: code, court_name: '某法院' })
        .execute()
      await expect(bad).rejects.toMatchObject({ code: '23514' })
    }
  })
})

describe('staff accounts', () => {
  it('accept only the five roles', async () => {
    const insert = (roles: string[]) =>
      db.db
        .insertInto('staff_accounts')
        .values({
          username: `u${roles.length}x`,
          display_name: '测试',
          password_hash: 'x',
          roles: roles as never,
        })
        .execute()
    await expect(insert(['intake', 'superuser'])).rejects.toMatchObject({ code: '23514' })
    await expect(insert(['intake', 'reviewer', 'leader'])).resolves.toBeDefined()
  })
})
