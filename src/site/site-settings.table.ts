import type { Generated, Selectable } from 'kysely'

export interface SiteSettingsTable {
  id: Generated<number>
  procuratorate_name: string
  short_name: string
  address: string
  phone: string
  supplement_period_days: Generated<number>
  updated_at: Generated<Date>
}

export interface SupervisedCourtsTable {
  court_code: string
  court_name: string
  sort_order: Generated<number>
  created_at: Generated<Date>
}

export type SiteSettingsRow = Selectable<SiteSettingsTable>
export type SupervisedCourtRow = Selectable<SupervisedCourtsTable>
