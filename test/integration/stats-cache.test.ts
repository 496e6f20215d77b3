import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertExchangeLogEntry } from '../../src/exchange/log/exchange-log.repository.js'
import { FIGURES } from '../../src/stats/figures/index.js'
import { periodOf, rangeOf } from '../../src/stats/period.js'
import type { TestBrowser } from '../helpers/applicant.js'
import { figureRows } from '../helpers/stats-page.js'
import { createStaff, staffBrowser, type TestStaff } from '../helpers/staff.js'
import { createTestApp, type TestApp } from '../helpers/test-app.js'

/**
 * The statistics page keeps what it computed until a write to a table its figures read commits
 * (decision 094): a second view is served from memory, a change made through the staff forms shows
 * on the next view, and every table any figure reads carries the trigger that records such a write.
 */
let t: TestApp
let leader: TestStaff
let reviewer: TestStaff
const as = (s: TestStaff): Promise<TestBrowser> => staffBrowser(t.app, t.deps, s)
const YEAR = 'period=year&year=2026'

const entry = (day: string, n: number) => ({
  exchanged_on: day,
  direction: 'from_court' as const,
  source: 'paper' as const,
  counterpart: '平顶山市卫东区人民法院',
  content: '执行案件清单',
  item_count: n,
  handled_by: reviewer.id,
  recorded_at: t.clock.now(),
})

beforeAll(async () => {
  t = await createTestApp({ now: new Date('2026-12-03T02:00:00Z') })
  leader = await createStaff(t.deps, { roles: ['leader'] })
  reviewer = await createStaff(t.deps, { roles: ['reviewer'] })
  await insertExchangeLogEntry(t.db.db, entry('2026-03-01', 100))
})
afterAll(() => t.close())

async function figure(id: string): Promise<string> {
  const html = await (await (await as(leader)).get(`/staff/stats?${YEAR}`)).text()
  return figureRows(html)[id]![0]
}

describe('the statistics cache', () => {
  it('serves a second view from memory while no write has committed', async () => {
    expect(await figure('exchange.items')).toBe('100')
    // a write the trigger does not see (switched off for this test) cannot invalidate the page
    await sql`alter table exchange_log disable trigger stats_changes`.execute(t.db.db)
    try {
      await insertExchangeLogEntry(t.db.db, entry('2026-04-01', 5))
    } finally {
      await sql`alter table exchange_log enable trigger stats_changes`.execute(t.db.db)
    }
    expect(await figure('exchange.items')).toBe('100')
  })

  it('shows a change made through the staff forms on the next view', async () => {
    expect(await figure('collaboration.meetings')).toBe('0')
    const form = new FormData()
    for (const [k, v] of Object.entries({
      kind: 'chiefs',
      heldOn: '2026-11-20',
      place: '卫东区人民法院第三会议室',
      chair: '赵检察长',
      participants: '卫东区人民法院：王院长\n卫东区人民检察院：赵检察长',
      agenda: '通报执行监督情况',
    }))
      form.append(k, v)
    expect((await (await as(reviewer)).upload('/staff/meetings/new', form)).status).toBe(303)
    expect(await figure('collaboration.meetings')).toBe('1')
    // the recount also picked up the entry written while the trigger was off
    expect(await figure('exchange.items')).toBe('105')
  })

  it('does not count a write that rolled back as a change', async () => {
    const changes = async () =>
      (
        await sql<{ x: string }>`select xid::text as x from stats_changes order by 1`.execute(
          t.db.db,
        )
      ).rows
    const before = await changes()
    await expect(
      t.db.db.transaction().execute(async (trx) => {
        await insertExchangeLogEntry(trx, entry('2026-05-01', 7))
        throw new Error('rolled back')
      }),
    ).rejects.toThrow('rolled back')
    expect(await changes()).toEqual(before)
    expect(await figure('exchange.items')).toBe('105')
  })

  it('has the change trigger on every table a figure reads', async () => {
    const range = rangeOf(periodOf({ kind: 'year', year: 2026 }))
    const read = new Set<string>(['leads', 'calendar_overrides'])
    for (const f of FIGURES) {
      const text = f.rows(t.db.db, range, '2026-12-03').compile().sql
      for (const m of text.matchAll(/\b(?:from|join)\s+"?([a-z_]+)"?/gi)) read.add(m[1]!)
    }
    const { rows } = await sql<{ table: string }>`
      select c.relname as table from pg_trigger g join pg_class c on c.oid = g.tgrelid
      where g.tgname = 'stats_changes'`.execute(t.db.db)
    const triggered = new Set(rows.map((r) => r.table))
    expect([...read].filter((x) => !triggered.has(x))).toEqual([])
    expect(read.size).toBeGreaterThan(10)
  })
})
