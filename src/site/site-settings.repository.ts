import type { Db } from '../db/database.js'
import type { SiteSettingsRow, SupervisedCourtRow } from './site-settings.table.js'

export async function getSiteSettingsRow(db: Db): Promise<SiteSettingsRow> {
  return db
    .selectFrom('site_settings')
    .select(['id', 'procuratorate_name', 'short_name', 'address', 'phone', 'updated_at'])
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
