import type { SupplementView } from '../../views/pages/track/supplement-panel.js'
import type { ApplicationRow, MaterialRow } from '../applications/application.table.js'
import { daysBetween } from '../calendar/workdays.js'
import { todayInChina } from '../calendar/calendar.service.js'
import type { Deps } from '../deps.js'
import { formatChineseDate } from '../documents/format.js'
import { findOpenSupplement } from '../supplements/supplement.repository.js'

/** The open 补正 request, if any, with what has been answered so far. */
export async function supplementView(
  deps: Deps,
  app: ApplicationRow,
  materials: MaterialRow[],
): Promise<SupplementView | undefined> {
  if (app.stage !== 'supplement_requested') return undefined
  const open = await findOpenSupplement(deps.db, app.id)
  if (!open) return undefined
  const items = open.items.map((i) => ({
    ...i,
    files: materials
      .filter((m) => m.supplement_request_id === open.id && m.supplement_item === i.key)
      .map((m) => m.original_name),
  }))
  return {
    deadline: formatChineseDate(new Date(`${open.deadline}T12:00:00+08:00`)),
    daysLeft: Math.max(0, daysBetween(todayInChina(deps.clock.now()), open.deadline)),
    explanation: open.deadline_explanation,
    items,
    allAnswered: items.every((i) => i.files.length > 0),
  }
}
