import type { SupplementView } from '../../views/pages/track/supplement-panel.js'
import { daysBetween } from '../calendar/workdays.js'
import { todayInChina } from '../calendar/calendar.service.js'
import { formatCalendarDay } from '../kernel/china-time.js'
import type { OpenSupplement, StatusMaterial } from './status.repository.js'

/** The open 补正 request, if any, with what has been answered so far. */
export function supplementView(
  open: OpenSupplement | undefined,
  materials: StatusMaterial[],
  now: Date,
): SupplementView | undefined {
  if (!open) return undefined
  const items = open.items.map((i) => ({
    ...i,
    files: materials
      .filter((m) => m.supplementRequestId === open.id && m.supplementItem === i.key)
      .map((m) => m.originalName),
  }))
  // The period runs from service (docs/decisions/042-service-of-notices.md): no date before then.
  const due = open.deadline
    ? {
        deadline: formatCalendarDay(open.deadline),
        daysLeft: Math.max(0, daysBetween(todayInChina(now), open.deadline)),
        explanation: open.deadlineExplanation ?? '',
      }
    : undefined
  return {
    due,
    periodDays: open.periodDays ?? undefined,
    items,
    allAnswered: items.every((i) => i.files.length > 0),
  }
}
