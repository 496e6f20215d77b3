import type { Db } from '../../db/database.js'
import type { Stage } from '../../workflow/stages.js'

/** Instants bounding a period of China calendar days: [start, end). */
export type PeriodBounds = { start: Date; end: Date }

export type IssuedRecommendationRow = {
  application_id: string
  case_number: string
  court_name: string
  decided_at: Date
  number: string | null
  reply_due: string | null
  reply_clock_open: boolean | null
  replied_on: string | null
  outcome: 'adopted' | 'partly_adopted' | 'not_adopted' | null
}

/**
 * The 检察建议 approved in the period on applications about this court, with the number of the
 * notice that announced them, the court's reply (两高规定 第十三条) and the reply clock. Nothing
 * about the applicant: the court holds the case already.
 */
export async function findIssuedRecommendations(
  db: Db,
  courtCode: string,
  period: PeriodBounds,
): Promise<IssuedRecommendationRow[]> {
  return db
    .selectFrom('recommendation_drafts as r')
    .innerJoin('applications as a', 'a.id', 'r.application_id')
    .leftJoin('court_replies as cr', 'cr.application_id', 'a.id')
    .select((eb) => [
      'a.id as application_id',
      'a.case_number',
      'r.court_name',
      'r.decided_at',
      eb
        .selectFrom('issued_documents as d')
        .select('d.number')
        .whereRef('d.application_id', '=', 'a.id')
        .where('d.kind', '=', 'recommendation_notice')
        .orderBy('d.issued_at', 'desc')
        .limit(1)
        .as('number'),
      eb
        .selectFrom('application_clocks as k')
        .select('k.due')
        .whereRef('k.application_id', '=', 'a.id')
        .where('k.kind', '=', 'court_reply')
        .orderBy('k.created_at', 'desc')
        .limit(1)
        .as('reply_due'),
      eb
        .selectFrom('application_clocks as k')
        .select((k) => k('k.stopped_at', 'is', null).as('open'))
        .whereRef('k.application_id', '=', 'a.id')
        .where('k.kind', '=', 'court_reply')
        .orderBy('k.created_at', 'desc')
        .limit(1)
        .as('reply_clock_open'),
      'cr.replied_on',
      'cr.outcome',
    ])
    .where('r.status', '=', 'approved')
    .where('r.decided_at', '>=', period.start)
    .where('r.decided_at', '<', period.end)
    .where('a.court_code', '=', courtCode)
    .orderBy('r.decided_at')
    .orderBy('a.id')
    .execute() as Promise<IssuedRecommendationRow[]>
}

export type AcceptedCaseRow = {
  case_number: string
  court_name: string
  accepted_at: Date
  stage: Stage
}

/** The 执行监督 applications about this court accepted (受理) in the period, with their stage now. */
export async function findAcceptedCases(
  db: Db,
  courtCode: string,
  period: PeriodBounds,
): Promise<AcceptedCaseRow[]> {
  return db
    .selectFrom('application_events as e')
    .innerJoin('applications as a', 'a.id', 'e.application_id')
    .select(['a.case_number', 'a.court_name', 'e.occurred_at as accepted_at', 'a.stage'])
    .where('e.action', '=', 'accept')
    .where('e.occurred_at', '>=', period.start)
    .where('e.occurred_at', '<', period.end)
    .where('a.court_code', '=', courtCode)
    .orderBy('e.occurred_at')
    .orderBy('e.id')
    .execute() as Promise<AcceptedCaseRow[]>
}
