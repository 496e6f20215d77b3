import { STAGES, type Stage } from '../workflow/stages.js'
import { MATTERS } from '../applications/application-answers.js'
import { normaliseCaseNumber } from '../applications/validation/case-number.js'
import { isUuid } from '../kernel/ids.js'
import { parseTrackingCode } from '../kernel/tracking-code.js'

/** The flags intake computes (src/applications/submission-rows.ts), offered as a filter. */
export const QUEUE_FLAGS = ['非本院管辖', '前置程序未穷尽', '可能重复', '材料不全'] as const
/** Choices for "due within N working days"; 3 is the due-soon threshold of the calendar. */
export const WITHIN_CHOICES = [1, 3, 5, 10, 20] as const
export const DEFAULT_PAGE_SIZE = 50
const MAX_QUERY_LENGTH = 60

/**
 * `open` = every non-terminal stage (全部在办), `all` = every application, `approval` = what waits
 * for a leader's decision (待我审批; leaders only).
 */
export type QueueTab = 'open' | 'all' | 'approval' | Stage

/** Who looks at the queue, as far as the tabs go. */
export type QueueViewer = { approver: boolean }

export type QueueSearch =
  | { kind: 'code'; value: string }
  | { kind: 'case_number'; value: string }
  | { kind: 'name'; value: string }

export type QueueFilters = {
  tab: QueueTab
  matter?: string
  /** a supervised court's code, or `other` for courts outside the list */
  court?: string
  /** a staff id, or `none` for unassigned */
  assignee?: string
  within?: number
  overdue: boolean
  flag?: string
  search?: QueueSearch
}

/** The position in the sort order (coalesce(next_due, 9999-12-31), id) a page starts after/before. */
export type QueueCursor = { direction: 'after' | 'before'; due: string; id: string }

export type QueueRequest = {
  filters: QueueFilters
  cursor?: QueueCursor
  pageSize: number
  /** the raw text, echoed back into the form */
  values: Record<string, string>
}

export type ParsedQueueQuery =
  | { ok: true; request: QueueRequest }
  | { ok: false; errors: Record<string, string>; values: Record<string, string> }

const CURSOR = /^(\d{4}-\d{2}-\d{2})_([0-9a-f-]{36})$/
const FIELDS = ['stage', 'matter', 'court', 'assignee', 'within', 'overdue', 'flag', 'q'] as const

export function encodeCursor(due: string, id: string): string {
  return `${due}_${id}`
}

/**
 * Reads the GET form. Values only a hand-edited URL could hold (an unknown stage, a malformed
 * cursor) are dropped rather than answered with an error; what a person types (the search box) is
 * checked and explained.
 */
export function parseQueueQuery(
  query: Record<string, string | undefined>,
  viewer: QueueViewer = { approver: false },
): ParsedQueueQuery {
  const values: Record<string, string> = {}
  for (const name of FIELDS) {
    const v = query[name]?.trim()
    if (v) values[name] = v
  }
  const search = values.q ? parseSearch(values.q) : undefined
  if (search && 'error' in search) return { ok: false, errors: { q: search.error }, values }
  const filters: QueueFilters = {
    tab: parseTab(values.stage, search !== undefined, viewer),
    overdue: values.overdue === 'yes',
    ...pick('matter', values.matter, (v) => (MATTERS as readonly string[]).includes(v)),
    ...pick('court', values.court, (v) => v.length <= 20),
    ...pick('assignee', values.assignee, (v) => v === 'none' || isUuid(v)),
    ...pick('flag', values.flag, (v) => (QUEUE_FLAGS as readonly string[]).includes(v)),
    ...(WITHIN_CHOICES.some((n) => String(n) === values.within)
      ? { within: Number(values.within) }
      : {}),
    ...(search ? { search } : {}),
  }
  const cursor = parseCursor(query.after, 'after') ?? parseCursor(query.before, 'before')
  const size = Number(query.size)
  const pageSize = Number.isInteger(size) && size >= 1 && size <= 100 ? size : DEFAULT_PAGE_SIZE
  return { ok: true, request: { filters, pageSize, values, ...(cursor ? { cursor } : {}) } }
}

function pick<K extends string>(key: K, value: string | undefined, valid: (v: string) => boolean) {
  return value !== undefined && valid(value) ? ({ [key]: value } as Record<K, string>) : {}
}

/** A search with no tab chosen looks through every stage: a code is found wherever it is. */
function parseTab(stage: string | undefined, searching: boolean, viewer: QueueViewer): QueueTab {
  if (stage === 'open' || stage === 'all') return stage
  if (stage === 'approval' && viewer.approver) return stage
  if (stage && (STAGES as readonly string[]).includes(stage)) return stage as Stage
  return searching ? 'all' : 'open'
}

function parseCursor(raw: string | undefined, direction: QueueCursor['direction']) {
  const match = raw ? CURSOR.exec(raw) : null
  if (!match || !isUuid(match[2]!)) return undefined
  return { direction, due: match[1]!, id: match[2]! }
}

/**
 * What the search box holds: a tracking code (any case, dashes or spaces), a 执行案号 (brackets in
 * any width, as case-number.ts normalises them) or the start of an applicant's name.
 */
export function parseSearch(input: string): QueueSearch | { error: string } {
  if (input.length > MAX_QUERY_LENGTH) return { error: `搜索内容不能超过 ${MAX_QUERY_LENGTH} 个字` }
  const compact = input.normalize('NFKC').replace(/[\s\-–—_]/g, '')
  if (/^[0-9a-z]{12}$/i.test(compact)) {
    const code = parseTrackingCode(compact)
    return code.ok ? { kind: 'code', value: code.value } : { error: code.message }
  }
  if (/^[(（]/.test(compact) || /执.*\d+号$/.test(compact)) {
    return { kind: 'case_number', value: normaliseCaseNumber(input) }
  }
  return { kind: 'name', value: input.replace(/\s+/g, '') }
}
