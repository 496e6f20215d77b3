import { OPEN_STAGES, STAGE_TEXT, STAGES } from '../workflow/stages.js'
import { MATTERS } from '../applications/application-answers.js'
import { todayInChina } from '../kernel/china-time.js'
import { addDays, daysBetween } from '../calendar/calendar-date.js'
import type { Calendar } from '../calendar/calendar.service.js'
import type { Deps } from '../deps.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { maskName } from './mask-name.js'
import {
  DEFAULT_PAGE_SIZE,
  encodeCursor,
  parseQueueQuery,
  QUEUE_FLAGS,
  WITHIN_CHOICES,
  type QueueRequest,
  type QueueViewer,
} from './queue-filters.js'
import {
  countAwaitingApproval,
  findCaseStaff,
  findQueuePage,
  findStageCounts,
  NO_DUE,
  type DueBounds,
  type QueueRow,
} from './queue.repository.js'
import { queueHref, type QueueItem, type QueueTabView, type QueueView } from './queue-view.js'

type QueueDeps = Pick<Deps, 'db' | 'calendar' | 'clock' | 'siteSettings'>

/** The queue page for a GET query: filters, one keyset page, tab counts and the form's choices. */
export async function loadQueue(
  deps: QueueDeps,
  query: Record<string, string | undefined>,
  viewer: QueueViewer = { approver: false },
): Promise<QueueView & { invalid: boolean }> {
  const today = todayInChina(deps.clock.now())
  const parsed = parseQueueQuery(query, viewer)
  const request = parsed.ok ? parsed.request : undefined
  const [page, counts, staff, awaiting] = await Promise.all([
    request ? queuePage(deps, request, today) : { items: [] },
    findStageCounts(deps.db),
    findCaseStaff(deps.db),
    viewer.approver ? countAwaitingApproval(deps.db) : undefined,
  ])

  const values = parsed.ok ? parsed.request.values : parsed.values
  const tab = request?.filters.tab ?? 'open'
  return {
    ...page,
    invalid: !parsed.ok,
    tabs: tabsFor(counts, values, tab, awaiting),
    values,
    errors: parsed.ok ? {} : parsed.errors,
    options: optionsFor(deps, staff),
    filtered: Object.keys(values).some((k) => k !== 'stage'),
    today,
  }
}

/** Rows for one page, as the bench measures it: the same call the route makes. */
export async function queuePage(
  deps: Pick<QueueDeps, 'db' | 'calendar'>,
  request: QueueRequest,
  today: string,
): Promise<Pick<QueueView, 'items' | 'nextHref' | 'prevHref'>> {
  const { filters, cursor, pageSize, values } = request
  const due = dueBounds(deps.calendar, today, filters.within)
  const rows = await findQueuePage(deps.db, filters, due, cursor, pageSize + 1)
  const more = rows.length > pageSize
  const shown =
    cursor?.direction === 'before'
      ? rows.slice(Math.max(0, rows.length - pageSize))
      : rows.slice(0, pageSize)
  const keep = { ...values, ...(pageSize !== DEFAULT_PAGE_SIZE ? { size: String(pageSize) } : {}) }
  const first = shown[0]
  const last = shown.at(-1)
  const hasNext = cursor?.direction === 'before' ? true : more
  const hasPrev = cursor?.direction === 'before' ? more : cursor !== undefined
  return {
    items: shown.map((r) => toItem(deps.calendar, r, today)),
    ...(hasNext && last
      ? { nextHref: queueHref(keep, { after: encodeCursor(last.sort_due, last.id) }) }
      : {}),
    ...(hasPrev && first
      ? { prevHref: queueHref(keep, { before: encodeCursor(first.sort_due, first.id) }) }
      : {}),
  }
}

/**
 * "Due within N working days" ends the day before the (N+1)-th working day, so a weekend after the
 * N-th working day is included, exactly as calendar.isDueSoon counts.
 */
export function dueBounds(calendar: Calendar, today: string, within?: number): DueBounds {
  if (within === undefined) return { today }
  return { today, withinUntil: addDays(calendar.addWorkingDays(today, within + 1).due, -1) }
}

function toItem(calendar: Calendar, row: QueueRow, today: string): QueueItem {
  return {
    id: row.id,
    trackingCode: formatTrackingCode(row.tracking_code),
    applicantName: maskName(row.applicant_name, row.applicant_type),
    matters: row.matters,
    courtName: row.court_name,
    caseNumber: row.case_number,
    stageLabel: STAGE_TEXT[row.stage].label,
    flags: row.flags,
    assigneeName: row.assignee_name,
    due: describeDue(calendar, row.next_due, today),
  }
}

export function describeDue(
  calendar: Calendar,
  due: string | null,
  today: string,
): QueueItem['due'] {
  if (!due || due === NO_DUE) return { date: null, text: '无进行中的期限', state: 'none' }
  if (due < today)
    return { date: due, text: `已逾期 ${daysBetween(due, today)} 天`, state: 'overdue' }
  const left = calendar.workingDaysUntil(today, due)
  const text = due === today ? '今天到期' : `还剩 ${left} 个工作日`
  return { date: due, text, state: calendar.isDueSoon(today, due) ? 'soon' : 'normal' }
}

const APPROVAL = 'approval'

function tabsFor(
  counts: Map<string, number>,
  values: Record<string, string>,
  current: string,
  approval: number | undefined,
): QueueTabView[] {
  const { stage: _stage, ...rest } = values
  // 全部在办 is the default tab, except while searching (a search looks through every stage).
  const tab = (key: string, label: string, count: number): QueueTabView => ({
    key,
    label,
    count,
    href: queueHref(rest, { stage: key === 'open' && !values.q ? '' : key }),
    current: key === current,
  })
  const openCount = OPEN_STAGES.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0)
  const all = STAGES.reduce((sum, s) => sum + (counts.get(s) ?? 0), 0)
  return [
    // a leader's own work first, shown even when empty (its count is news too)
    ...(approval === undefined ? [] : [{ ...tab(APPROVAL, '待我审批', approval), keep: true }]),
    tab('open', '全部在办', openCount),
    ...STAGES.map((s) => tab(s, STAGE_TEXT[s].label, counts.get(s) ?? 0)),
    tab('all', '全部', all),
  ]
}

function optionsFor(
  deps: QueueDeps,
  staff: { id: string; display_name: string }[],
): QueueView['options'] {
  const courts = deps.siteSettings.current().courts
  return {
    stages: [
      { value: 'open', label: '全部在办' },
      ...STAGES.map((s) => ({ value: s, label: STAGE_TEXT[s].label })),
      { value: 'all', label: '全部' },
    ],
    matters: MATTERS.map((m) => ({ value: m, label: m })),
    courts: [
      ...courts.map((c) => ({ value: c.code, label: c.name })),
      { value: 'other', label: '其他法院（非本院监督范围）' },
    ],
    assignees: [
      { value: 'none', label: '未分派' },
      ...staff.map((s) => ({ value: s.id, label: s.display_name })),
    ],
    flags: QUEUE_FLAGS.map((f) => ({ value: f, label: f })),
    within: WITHIN_CHOICES.map((n) => ({ value: String(n), label: `${n} 个工作日内` })),
  }
}
