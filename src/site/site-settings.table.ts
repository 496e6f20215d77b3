import type { ProceduralReplyUnit } from '../kernel/procedural-reply.js'
import type { Generated, Selectable } from 'kysely'

export interface SiteSettingsTable {
  id: Generated<number>
  procuratorate_name: string
  short_name: string
  upper_procuratorate_name: Generated<string>
  address: string
  phone: string
  /** 办公时间, '' until an administrator sets it */
  office_hours: Generated<string>
  supplement_period_days: Generated<number>
  procedural_reply_unit: Generated<ProceduralReplyUnit>
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
