import type { Db } from '../db/database.js'
import type { CalendarOverrideRow, NewCalendarOverrideRow } from './calendar-override.table.js'

const COLUMNS = ['day', 'kind', 'name', 'note', 'created_at', 'created_by'] as const

/** Overrides for the calendar years fromYear..toYear (inclusive), by day. */
export async function findCalendarOverrides(
  db: Db,
  fromYear: number,
  toYear: number,
): Promise<CalendarOverrideRow[]> {
  return db
    .selectFrom('calendar_overrides')
    .select(COLUMNS)
    .where('day', '>=', `${fromYear}-01-01`)
    .where('day', '<=', `${toYear}-12-31`)
    .orderBy('day')
    .execute()
}

/**
 * Sets the override for one day, replacing an earlier one: created_at/created_by then name the
 * latest decision (the audit log keeps the history).
 */
export async function upsertCalendarOverride(
  db: Db,
  override: Omit<NewCalendarOverrideRow, 'created_at'>,
): Promise<CalendarOverrideRow> {
  return db
    .insertInto('calendar_overrides')
    .values(override)
    .onConflict((oc) =>
      oc.column('day').doUpdateSet((eb) => ({
        kind: eb.ref('excluded.kind'),
        name: eb.ref('excluded.name'),
        note: eb.ref('excluded.note'),
        created_by: eb.ref('excluded.created_by'),
        created_at: eb.fn('now'),
      })),
    )
    .returning(COLUMNS)
    .executeTakeFirstOrThrow()
}

/** True when there was an override for that day. */
export async function deleteCalendarOverride(db: Db, day: string): Promise<boolean> {
  const result = await db.deleteFrom('calendar_overrides').where('day', '=', day).executeTakeFirst()
  return result.numDeletedRows > 0n
}
