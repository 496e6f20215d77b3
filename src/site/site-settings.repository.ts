import type { Db } from '../db/database.js'
import type { ProceduralReplyUnit } from '../kernel/procedural-reply.js'
import type { SiteSettingsRow, SupervisedCourtRow } from './site-settings.table.js'

export async function getSiteSettingsRow(db: Db): Promise<SiteSettingsRow> {
  return db
    .selectFrom('site_settings')
    .select([
      'id',
      'procuratorate_name',
      'short_name',
      'upper_procuratorate_name',
      'address',
      'phone',
      'office_hours',
      'supplement_period_days',
      'procedural_reply_unit',
      'updated_at',
    ])
    .where('id', '=', 1)
    .executeTakeFirstOrThrow(() => new Error('site_settings row is missing (migrations not run?)'))
}

export async function findSupervisedCourts(db: Db): Promise<SupervisedCourtRow[]> {
  return db
    .selectFrom('supervised_courts')
    .select(['court_code', 'court_name', 'sort_order', 'created_at'])
    .orderBy('sort_order')
    .orderBy('court_code')
    .execute()
}

export type SiteSettingsUpdate = {
  procuratorate_name: string
  short_name: string
  upper_procuratorate_name: string
  address: string
  phone: string
  office_hours: string
  supplement_period_days: number
  procedural_reply_unit: ProceduralReplyUnit
}

export async function updateSiteSettingsRow(
  db: Db,
  values: SiteSettingsUpdate,
  now: Date,
): Promise<void> {
  await db
    .updateTable('site_settings')
    .set({ ...values, updated_at: now })
    .where('id', '=', 1)
    .execute()
}

/** The whole list at once, in the order given (nothing references a court row by key). */
export async function replaceSupervisedCourts(
  db: Db,
  courts: { code: string; name: string }[],
): Promise<void> {
  await db.deleteFrom('supervised_courts').execute()
  if (courts.length === 0) return
  await db
    .insertInto('supervised_courts')
    .values(courts.map((c, i) => ({ court_code: c.code, court_name: c.name, sort_order: i + 1 })))
    .execute()
}
