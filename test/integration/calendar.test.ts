import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  deleteCalendarOverride,
  findCalendarOverrides,
  upsertCalendarOverride,
} from '../../src/calendar/calendar-override.repository.js'
import { createCalendar, type Calendar } from '../../src/calendar/calendar.service.js'
import { fixedClock } from '../../src/clock.js'
import { createTestDb, type TestDb } from '../helpers/test-db.js'

const NOTE_2027 = '2027 年法定节假日安排尚未公布，暂按周一至周五计算，公布后期限可能相差几天'

let db: TestDb
let calendar: Calendar
let adminId: string

beforeAll(async () => {
  db = await createTestDb()
  const admin = await db.db
    .insertInto('staff_accounts')
    .values({ username: 'cal.admin', display_name: '管理员', password_hash: 'x', roles: ['admin'] })
    .returning('id')
    .executeTakeFirstOrThrow()
  adminId = admin.id
  calendar = createCalendar(db.db)
  await calendar.load()
})
afterAll(() => db.close())

describe('calendar overrides in the database', () => {
  it('are stored, read back as plain dates and change a computed due date', async () => {
    expect(calendar.addWorkingDays('2026-09-30', 7).due).toBe('2026-10-15')
    const saved = await calendar.setOverride(
      { day: '2026-10-08', kind: 'holiday', name: ' 国庆节 ', note: '示例：延长放假一天' },
      adminId,
    )
    expect(saved).toEqual({
      day: '2026-10-08',
      kind: 'holiday',
      name: '国庆节',
      note: '示例：延长放假一天',
    })
    const [row] = await findCalendarOverrides(db.db, 2026, 2026)
    expect(row).toMatchObject({ day: '2026-10-08', kind: 'holiday', created_by: adminId })
    expect(row!.created_at).toBeInstanceOf(Date)
    expect(await findCalendarOverrides(db.db, 2025, 2025)).toEqual([])
    expect(calendar.addWorkingDays('2026-09-30', 7)).toEqual({
      due: '2026-10-16',
      explanation:
        '自 2026-09-30 起 7 个工作日：10-01 至 10-08 国庆节放假，10-10（周六）调休上班，另有周末 1 天不计 → 2026-10-16',
    })
    expect(calendar.addCalendarDays('2026-10-01', 7).due).toBe('2026-10-09')
  })

  it('replace the earlier decision for the same day, and removing one restores the package', async () => {
    await calendar.setOverride({ day: '2026-10-08', kind: 'workday', name: '调休上班' }, null)
    const rows = await findCalendarOverrides(db.db, 2026, 2026)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      kind: 'workday',
      name: '调休上班',
      note: null,
      created_by: null,
    })
    expect(await calendar.removeOverride('2026-10-08')).toBe(true)
    expect(await calendar.removeOverride('2026-10-08')).toBe(false)
    expect(calendar.addWorkingDays('2026-09-30', 7).due).toBe('2026-10-15')
  })

  it('fill in a year the package does not know; other instances see them after reload()', async () => {
    expect(calendar.addWorkingDays('2026-12-31', 1)).toEqual({
      due: '2027-01-01',
      explanation: `自 2026-12-31 起 1 个工作日 → 2027-01-01。注意：${NOTE_2027}`,
    })
    const other = createCalendar(db.db)
    await other.load()
    await upsertCalendarOverride(db.db, { day: '2027-01-01', kind: 'holiday', name: '元旦' })
    expect(other.coverage(2027).known).toBe(false)
    await other.reload()
    expect(other.coverage(2027)).toMatchObject({ known: true, source: 'overrides' })
    expect(other.knownYears().at(-1)).toBe(2027)
    expect(other.addWorkingDays('2026-12-31', 1)).toEqual({
      due: '2027-01-04',
      explanation: '自 2026-12-31 起 1 个工作日：2027-01-01 至 2027-01-03 元旦放假 → 2027-01-04',
    })
    expect(other.overrides()).toEqual([
      { day: '2027-01-01', kind: 'holiday', name: '元旦', note: null },
    ])
    expect(await deleteCalendarOverride(db.db, '2027-01-01')).toBe(true)
  })

  it('another process’s edit counts here within a minute, without a reload (decision 093)', async () => {
    const clock = fixedClock(new Date('2026-12-03T02:00:00Z'))
    const here = createCalendar(db.db, clock)
    await here.load()
    await upsertCalendarOverride(db.db, { day: '2027-01-01', kind: 'holiday', name: '元旦' })
    expect(here.refreshIfStale()).toBeUndefined()
    expect(here.overrides()).toEqual([])
    clock.advance(61_000)
    await here.refreshIfStale()
    expect(here.overrides().map((o) => o.day)).toEqual(['2027-01-01'])
    expect(here.refreshIfStale()).toBeUndefined()
    expect(await deleteCalendarOverride(db.db, '2027-01-01')).toBe(true)
  })
})

describe('calendar overrides refuse bad data', () => {
  const insert = (values: Record<string, unknown>) =>
    db.db
      .insertInto('calendar_overrides')
      .values({ day: '2026-05-06', kind: 'holiday', name: '劳动节', ...values } as never)
      .execute()

  it('in the database', async () => {
    await expect(insert({ kind: 'weekend' })).rejects.toMatchObject({ code: '23514' })
    await expect(insert({ name: '  ' })).rejects.toMatchObject({ code: '23514' })
    await expect(
      insert({ created_by: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toMatchObject({ code: '23503' })
    await expect(insert({ day: '2026-02-30' })).rejects.toMatchObject({ code: '22008' })
    await insert({})
    await expect(insert({})).rejects.toMatchObject({ code: '23505' })
  })

  it('in the service, before the database', async () => {
    await expect(
      calendar.setOverride({ day: '2026-02-30', kind: 'holiday', name: '春节' }),
    ).rejects.toThrow(RangeError)
    await expect(
      calendar.setOverride({ day: '2026-05-07', kind: 'holiday', name: ' ' }),
    ).rejects.toThrow(RangeError)
    await expect(calendar.removeOverride('2026/05/06')).rejects.toThrow(RangeError)
    expect(() => createCalendar(db.db).addWorkingDays('2026-09-30', 7)).toThrow(/not loaded/)
  })
})
