/** What the queue page shows: view models only, no database rows (views import these types). */

export type DueState = 'overdue' | 'soon' | 'normal' | 'none'

export type QueueItem = {
  id: string
  /** formatted XXXX-XXXX-XXXX */
  trackingCode: string
  /** masked, e.g. 张*英 */
  applicantName: string
  matters: string[]
  courtName: string
  caseNumber: string
  stageLabel: string
  flags: string[]
  assigneeName: string | null
  due: { date: string | null; text: string; state: DueState }
}

export type QueueTabView = {
  key: string
  label: string
  count: number
  href: string
  current: boolean
  /** shown even with no application in it (待我审批) */
  keep?: boolean
}

export type Choice = { value: string; label: string }

export type QueueView = {
  tabs: QueueTabView[]
  items: QueueItem[]
  /** the form's current values (text as typed) */
  values: Record<string, string>
  errors: Record<string, string>
  options: {
    stages: Choice[]
    matters: Choice[]
    courts: Choice[]
    assignees: Choice[]
    flags: Choice[]
    within: Choice[]
  }
  nextHref?: string
  prevHref?: string
  /** whether any filter or search narrows the list (for the empty-state text) */
  filtered: boolean
  today: string
}

/** The queue URL for these form values plus extra parameters (a tab, a cursor). */
export function queueHref(values: Record<string, string>, extra: Record<string, string>): string {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries({ ...values, ...extra })) if (v) params.set(k, v)
  const query = params.toString()
  return query ? `/staff?${query}` : '/staff'
}
