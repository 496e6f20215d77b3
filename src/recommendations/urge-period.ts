import type { Db } from '../db/database.js'

/** The row of collab_period_settings that holds the 督促回复 period (migrations/202612051510_…). */
export const URGE_PERIOD_KEY = 'urge_reply'
/** What the basis says while the period is the procuratorate's own choice. */
export const OWN_CHOICE_BASIS = '本院自定的工作期限，法律和司法解释未规定督促回复的期限'
/** Used if the row is missing (a database restored from before the setting). */
const FALLBACK = { days: 15, basis: OWN_CHOICE_BASIS, ownChoice: true }

export type UrgePeriod = { days: number; basis: string; ownChoice: boolean }

/** The days a 督促回复函 gives the court, and what they rest on (the administrator's setting). */
export async function findUrgePeriod(db: Db): Promise<UrgePeriod> {
  const row = await db
    .selectFrom('collab_period_settings')
    .select(['days', 'basis', 'own_choice'])
    .where('key', '=', URGE_PERIOD_KEY)
    .executeTakeFirst()
  return row ? { days: row.days, basis: row.basis, ownChoice: row.own_choice } : FALLBACK
}

/** "15 日（本院自定的工作期限，非法定）" or "10 日（依据：…）", as pages and the step's clock say it. */
export function urgePeriodText(p: UrgePeriod): string {
  return p.ownChoice
    ? `${p.days} 日（本院自定的工作期限，非法定）`
    : `${p.days} 日（依据：${p.basis}）`
}
