import { insertAuditEvent } from '../audit/audit.repository.js'
import type { Deps } from '../deps.js'
import { maskName } from '../queue/mask-name.js'
import { STAGE_TEXT } from '../workflow/stages.js'
import type { Figure } from './figures/figure.js'
import { rangeOf, type Period } from './period.js'
import { findFigureRecords } from './stats-records.repository.js'
import { findFigureCases } from './stats.repository.js'
import { contextOf, type StatsViewer } from './stats.service.js'

export type FigureCaseLine = {
  id: string
  code: string
  applicant: string
  court: string
  caseNumber: string
  stage: string
  day: string
}

/** A record other than an application: its page, what identifies it, a masked name where it has one. */
export type FigureRecordLine = {
  href: string
  day: string
  title: string
  detail: string
  person: string
}

export type FigureCasesView = {
  figure: { id: string; label: string; basis: string; subject: Figure['subject'] }
  period: Period
  cases: FigureCaseLine[]
  records: FigureRecordLine[]
  shown: number
  truncated: boolean
}

const CASE_LIST_MAX = 500

const RECORD_PAGE: Record<Exclude<Figure['subject'], 'application' | 'exchange'>, string> = {
  recommendation: '/staff/recommendations/',
  lead: '/staff/leads/',
  ex_officio: '/staff/ex-officio/',
  meeting: '/staff/meetings/',
  referral: '/staff/referrals/',
  petition: '/staff/petitions/',
}

/** The masked applications (or records) behind one figure, audited (it is a list of cases). */
export async function figureCases(
  deps: Deps,
  viewer: StatsViewer,
  figure: Figure,
  period: Period,
): Promise<FigureCasesView> {
  const ctx = contextOf(deps)
  const rows = figure.rows(deps.db, rangeOf(period), ctx.today)
  const subject = figure.subject
  let cases: FigureCaseLine[] = []
  let records: FigureRecordLine[] = []
  if (subject === 'application') {
    cases = (await findFigureCases(deps.db, rows, CASE_LIST_MAX + 1)).map((r) => ({
      id: r.id,
      code: r.tracking_code,
      applicant: maskName(r.applicant_name, r.applicant_type),
      court: r.court_name,
      caseNumber: r.case_number,
      stage: STAGE_TEXT[r.stage].label,
      day: r.day,
    }))
  } else if (subject !== 'exchange') {
    records = (await findFigureRecords(deps.db, subject, rows, CASE_LIST_MAX + 1)).map((r) => ({
      href: RECORD_PAGE[subject] + r.id,
      day: r.day,
      title: r.title,
      detail: r.detail,
      person: r.person ? maskName(r.person, r.person_type ?? 'person') : '',
    }))
  }
  const found = cases.length + records.length
  await insertAuditEvent(deps.db, {
    actor: { type: 'staff', id: viewer.id, roles: viewer.roles },
    ip: viewer.ip,
    action: 'stats.cases_view',
    object: { type: 'stats' },
    result: 'success',
    details: {
      figure: figure.id,
      from: period.from,
      to: period.to,
      shown: Math.min(found, CASE_LIST_MAX),
    },
    at: deps.clock.now(),
  })
  return {
    figure: { id: figure.id, label: figure.label, basis: figure.basis, subject },
    period,
    truncated: found > CASE_LIST_MAX,
    shown: Math.min(found, CASE_LIST_MAX),
    cases: cases.slice(0, CASE_LIST_MAX),
    records: records.slice(0, CASE_LIST_MAX),
  }
}
