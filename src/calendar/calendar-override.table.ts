import type { Generated, Insertable, Selectable } from 'kysely'
import type { CalendarOverrideKind } from './official-calendar.js'

export interface CalendarOverridesTable {
  /** `date`, read as text 'YYYY-MM-DD' (see db/database.ts) */
  day: string
  kind: CalendarOverrideKind
  name: string
  note: string | null
  created_at: Generated<Date>
  created_by: string | null
}

export type CalendarOverrideRow = Selectable<CalendarOverridesTable>
export type NewCalendarOverrideRow = Insertable<CalendarOverridesTable>
