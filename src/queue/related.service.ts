import type { Db } from '../db/database.js'
import { formatTrackingCode } from '../kernel/tracking-code.js'
import { STAGE_TEXT } from '../workflow/stages.js'
import { findRelatedOpenApplications } from './related.repository.js'

/** One possible duplicate, as the case page lists it (no personal data: code, stage, why). */
export type RelatedApplication = {
  id: string
  trackingCode: string
  stageLabel: string
  reasons: string[]
}

export async function relatedApplications(
  db: Db,
  applicationId: string,
): Promise<RelatedApplication[]> {
  const rows = await findRelatedOpenApplications(db, applicationId)
  return rows.map((r) => ({
    id: r.id,
    trackingCode: formatTrackingCode(r.tracking_code),
    stageLabel: STAGE_TEXT[r.stage].label,
    reasons: [
      ...(r.same_case_number ? ['同一执行案号'] : []),
      ...(r.same_applicant ? ['同一申请人'] : []),
    ],
  }))
}
